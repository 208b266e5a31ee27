#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that cannot download it.
// Point PRISMA_SCHEMA_ENGINE_BINARY at this file (scripts/prisma/cli.ts does so when no native
// engine is installed) and the unchanged Prisma CLI runs its schema commands on the official
// WASM build of the same engine, over a PostgreSQL driver adapter.
//
// It speaks the native binary's interface:
//   schema-engine [--datamodels <path>]... [--datasource <json>]
//       JSON-RPC 2.0 server: requests on stdin, responses on stdout, one JSON per line.
//   schema-engine --datasource <json> cli can-connect-to-database | create-database
//       one-shot commands; failure = non-zero exit with a JSON ERROR log line on stderr.
// Log lines go to stderr as JSON. Exit codes: 0 success, 1 error, 101 engine panic.
import { readFile } from 'node:fs/promises';
import { forwardEngineLog, log } from './log.mjs';
import { canConnectToDatabase, createAdapterFactory, createDatabase, toConnectionError } from './postgres.mjs';
import { EnginePanic, serveRpc } from './rpc-server.mjs';
import { checkEngineVersion, loadSchemaEngine } from './wasm-engine.mjs';

function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--datamodels') args.datamodels.push(argv[++i]);
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (arg === 'cli') args.cliCommand = argv[++i];
    else if (arg === '--version') args.cliCommand = 'version';
    // --enabled-preview-features and --extension-types have no PostgreSQL effect here.
    else if (arg === '--enabled-preview-features' || arg === '--extension-types') i++;
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

async function runCliCommand(command, { url }) {
  switch (command) {
    case 'version':
      process.stdout.write(`schema-engine-wasm ${await checkEngineVersion()}\n`);
      return;
    case 'can-connect-to-database':
      await canConnectToDatabase(url);
      return;
    case 'create-database':
      log('INFO', `Database '${await createDatabase(url)}' was successfully created.`);
      return;
    default:
      throw new Error(`Unsupported cli command: ${command}`);
  }
}

async function startEngine({ datamodels, datasource }) {
  await checkEngineVersion();
  if (!datasource.url) return { startupError: new Error('The schema engine was started without a datasource URL.') };
  const adapterFactory = createAdapterFactory(datasource);
  const files = await Promise.all(datamodels.map(async (file) => [file, await readFile(file, 'utf8')]));
  let panicMessage;
  const started = { errorRegistry: adapterFactory.errorRegistry, panicMessage: () => panicMessage };
  try {
    const engine = await loadSchemaEngine({
      datamodels: files.length > 0 ? files : undefined,
      onLog: (line) => forwardEngineLog(line.trimEnd()),
      onPanicMessage: (message) => (panicMessage = message),
      adapterFactory,
    });
    return { ...started, engine };
  } catch (error) {
    // The WASM engine connects when it is constructed, the native one on the first request
    // that needs the database: report a connection failure as the error of each request.
    return { ...started, startupError: await connectionFailure(datasource.url, error) };
  }
}

async function connectionFailure(url, engineError) {
  try {
    await canConnectToDatabase(url);
  } catch (error) {
    const mapped = toConnectionError(error, url);
    if (mapped) return Object.assign(new Error(mapped.message), { code: mapped.error_code });
  }
  return engineError;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.cliCommand) {
    // The CLI skips the first stderr line of a one-shot command.
    log('INFO', 'Starting schema engine (WASM stand-in) CLI command');
    try {
      await runCliCommand(args.cliCommand, args.datasource);
    } catch (error) {
      const known = args.datasource.url && toConnectionError(error, args.datasource.url);
      log('ERROR', known?.message ?? error.message, known ? { error_code: known.error_code } : {});
      return 1;
    }
    return 0;
  }

  log('INFO', 'Starting schema engine RPC server (WASM stand-in)');
  await serveRpc({ ...(await startEngine(args)), url: args.datasource.url });
  return 0;
}

/** Exits once stdout and stderr are flushed (pipes are asynchronous on some platforms). */
function exitWhenFlushed(code) {
  process.stderr.write('', () => process.stdout.write('', () => process.exit(code)));
}

function fail(error) {
  if (error instanceof EnginePanic) return exitWhenFlushed(101); // like the native engine's panic exit
  log('ERROR', error?.stack ?? String(error));
  exitWhenFlushed(1);
}

process.on('uncaughtException', fail);
main().then(exitWhenFlushed, fail);

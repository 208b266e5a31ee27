// Runs the Prisma CLI with a schema engine that works offline.
//
// Every Prisma CLI command needs the native `schema-engine` binary, which Prisma downloads
// from binaries.prisma.sh. Where that download is impossible, this wrapper points the CLI at
// scripts/prisma/schema-engine.mjs, a stand-in running the official WASM build of the engine.
// Where a native engine is installed (the download worked), the CLI keeps using it.
//
//   import { prisma } from './scripts/prisma/cli';  await prisma(['migrate', 'deploy']);
//   tsx scripts/prisma/cli.ts migrate deploy
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ENGINE_ENV = 'PRISMA_SCHEMA_ENGINE_BINARY';
const SHIM = fileURLToPath(new URL('./schema-engine.mjs', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUTPUT_TAIL_CHARS = 4000;

export interface PrismaOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Hand the terminal to the CLI (for prompts); otherwise output is streamed and kept for errors. */
  interactive?: boolean;
}

export interface EngineChoice {
  /** The value for PRISMA_SCHEMA_ENGINE_BINARY, or undefined to let the CLI find its native engine. */
  binary: string | undefined;
  description: string;
}

/** The folders where the Prisma CLI looks for a downloaded `schema-engine-<platform>` file. */
function nativeEngineDirs(): string[] {
  const enginesDir = path.dirname(require.resolve('@prisma/engines/package.json'));
  const prismaDir = path.dirname(require.resolve('prisma/package.json'));
  return [enginesDir, prismaDir, path.dirname(prismaDir), path.join(prismaDir, 'runtime')];
}

async function findNativeEngine(): Promise<string | undefined> {
  for (const dir of nativeEngineDirs()) {
    const names = await readdir(dir).catch(() => [] as string[]);
    const engine = names.find((name) => name.startsWith('schema-engine-'));
    if (engine) return path.join(dir, engine);
  }
  return undefined;
}

export async function chooseSchemaEngine(env: NodeJS.ProcessEnv = process.env): Promise<EngineChoice> {
  const explicit = env[ENGINE_ENV];
  if (explicit) return { binary: explicit, description: `${explicit} (${ENGINE_ENV} is set)` };
  const native = await findNativeEngine();
  if (native) return { binary: undefined, description: `native ${path.basename(native)} (installed at ${native})` };
  return {
    binary: SHIM,
    description: `WASM stand-in ${path.relative(REPO_ROOT, SHIM)} (no native schema-engine was downloaded into node_modules)`,
  };
}

async function prismaBin(): Promise<string> {
  const packageJson = require.resolve('prisma/package.json');
  const { bin } = JSON.parse(await readFile(packageJson, 'utf8')) as { bin: { prisma: string } };
  return path.join(path.dirname(packageJson), bin.prisma);
}

export class PrismaCliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'PrismaCliError';
  }
}

export async function prisma(args: string[], opts: PrismaOptions = {}): Promise<void> {
  const env = { ...process.env, ...opts.env };
  const engine = await chooseSchemaEngine(env);
  if (engine.binary) env[ENGINE_ENV] = engine.binary;
  process.stderr.write(`[prisma] schema engine: ${engine.description}\n`);

  // Async spawn only: PGlite may be serving the database from this very process.
  const child = spawn(process.execPath, [await prismaBin(), ...args], {
    cwd: opts.cwd,
    env,
    stdio: opts.interactive ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', (chunk: Buffer) => (process.stdout.write(chunk), keep(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => (process.stderr.write(chunk), keep(chunk)));

  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  if (code !== 0) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    throw new PrismaCliError(`prisma ${args.join(' ')} ${how}${tail ? `:\n${tail.trimEnd()}` : ''}`, code ?? 1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  prisma(process.argv.slice(2), { interactive: true }).catch((error: Error) => {
    // The CLI has already printed its own error; add only the summary line, keep its exit code.
    process.stderr.write(`${error.message.split('\n')[0]}\n`);
    process.exitCode = error instanceof PrismaCliError ? error.exitCode : 1;
  });
}

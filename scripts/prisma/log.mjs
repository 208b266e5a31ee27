// Log lines in the native engine's format: one JSON object per stderr line. The CLI keeps
// their `fields.message` for error reports, treats level ERROR as the failure reason, and
// shows all of them with DEBUG=prisma:schemaEngine*.

export function log(level, message, fields = {}) {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: 'schema_engine::logger' };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/** Forwards a log line from the WASM engine, which may or may not be JSON already. */
export function forwardEngineLog(line) {
  try {
    JSON.parse(line);
    process.stderr.write(`${line}\n`);
  } catch {
    log('INFO', line);
  }
}

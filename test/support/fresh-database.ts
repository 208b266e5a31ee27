import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A new, empty database on the server `serverUrl` points at, for one test run. */
export async function freshDatabase(serverUrl: string, log: (msg: string) => void) {
  const name = `dealflow_test_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  log(`test database ${name}`);
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => c.end());
    },
  };
}

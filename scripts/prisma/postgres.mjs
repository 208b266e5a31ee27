// PostgreSQL access for the schema-engine stand-in: the driver adapter the WASM engine runs
// on, its shadow databases, and the one-shot database checks the CLI asks for.
import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';

// Catalog types the schema describer reads but adapter-pg cannot map (prisma/orm#27403).
// Their text form is exactly what the engine expects, so they are reported as text.
const TEXT_OID = 25;
const CATALOG_TEXT_TYPES = new Set([18 /* "char" */, 19 /* name */]);

function reportCatalogTypesAsText(result) {
  for (const { fields } of [result].flat()) {
    for (const field of fields ?? []) {
      if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogAwareClient extends pg.Client {
  query(config, values, callback) {
    if (typeof config?.submit === 'function') return super.query(config, values, callback);
    if (typeof values === 'function') [values, callback] = [undefined, values];
    if (callback) {
      return super.query(config, values, (err, res) => callback(err, err ? res : reportCatalogTypesAsText(res)));
    }
    return super.query(config, values).then(reportCatalogTypesAsText);
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

/** The parts of a connection URL the engine and the CLI care about. */
function describeUrl(url) {
  const parsed = new URL(url);
  return {
    database: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
    schema: parsed.searchParams.get('schema') ?? 'public',
    location: `${parsed.hostname}:${parsed.port || 5432}`,
  };
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * A PrismaPg adapter whose scripts run as one simple-protocol query, as the native engine does.
 * (adapter-pg splits scripts on every ";", which breaks on semicolons inside literals or bodies.)
 */
async function connectAdapter(url) {
  const factory = new PrismaPg({ connectionString: url, Client: CatalogAwareClient }, { schema: describeUrl(url).schema });
  const adapter = await factory.connect();
  const pool = adapter.underlyingDriver();
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** Which database a connection reached: PGlite, for one, serves one database whatever the URL names. */
async function identify(queryable, url) {
  const { rows } = await queryable.query('SELECT (SELECT system_identifier FROM pg_control_system())::text AS cluster, current_database() AS database');
  return `${rows[0].cluster}/${rows[0].database}/${describeUrl(url).schema}`;
}

/**
 * The migration-aware adapter factory the WASM engine needs. adapter-pg's own shadow-database
 * support cannot drop the database it creates, so shadow databases are handled here:
 * a configured shadowDatabaseUrl is wiped before use, otherwise a temporary database is
 * created next to the main one and dropped (WITH (FORCE), PostgreSQL 13+) after use.
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  let mainPool;
  return bindMigrationAwareSqlAdapterFactory({
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    connect: async () => {
      const adapter = await connectAdapter(url);
      mainPool ??= adapter.underlyingDriver();
      return adapter;
    },
    connectToShadowDb: async () => {
      if (!shadowDatabaseUrl) return connectTemporaryShadowDb(url);
      // Asked through the engine's own pool: a PGlite socket server may take only one connection.
      const main = mainPool && (await identify(mainPool, url));
      return connectWipedShadowDb(shadowDatabaseUrl, main);
    },
  });
}

async function connectWipedShadowDb(shadowDatabaseUrl, main) {
  const schema = quoteIdent(describeUrl(shadowDatabaseUrl).schema);
  await withClient(shadowDatabaseUrl, async (client) => {
    if (!main || (await identify(client, shadowDatabaseUrl)) === main) {
      throw new Error('shadowDatabaseUrl leads to the main database; refusing to wipe it. Point it at a separate, disposable database.');
    }
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  });
  return connectAdapter(shadowDatabaseUrl);
}

async function connectTemporaryShadowDb(url) {
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  const shadowUrl = withDatabase(url, name);
  const drop = () => withClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
  try {
    await withClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    const reached = await withClient(shadowUrl, async (client) => (await client.query('SELECT current_database() AS db')).rows[0].db);
    if (reached !== name) {
      await drop();
      throw new Error(`connecting to it led to database "${reached}" instead (PGlite serves a single database)`);
    }
  } catch (error) {
    throw new Error(
      `Could not set up a temporary shadow database at ${describeUrl(url).location}: ${error.message}. ` +
        'Set datasource.shadowDatabaseUrl in prisma.config.ts to a separate, disposable database.',
    );
  }
  const adapter = await connectAdapter(shadowUrl);
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await drop();
  };
  return adapter;
}

/** Maps a pg connection error to the Prisma error code and message the native engine would give. */
export function toConnectionError(error, url) {
  const { database, location } = describeUrl(url);
  switch (error.code) {
    case '3D000':
      return { error_code: 'P1003', message: `Database \`${database}\` does not exist on the database server at \`${location}\`.` };
    case '28P01':
    case '28000':
      return { error_code: 'P1000', message: `Authentication failed against database server at \`${location}\`: ${error.message}` };
    case '42501':
      return { error_code: 'P1010', message: `User was denied access on the database \`${database}\`` };
    case '42P04':
      return { error_code: 'P1009', message: `Database \`${database}\` already exists on the database server at \`${location}\`` };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ECONNRESET':
      return {
        error_code: 'P1001',
        message: `Can't reach database server at \`${location}\`\n\nPlease make sure your database server is running at \`${location}\`.`,
      };
    case 'ETIMEDOUT':
      return { error_code: 'P1002', message: `The database server at \`${location}\` was reached but timed out.` };
    default:
      return null;
  }
}

export async function canConnectToDatabase(url) {
  await withClient(url, (client) => client.query('SELECT 1'));
}

/** Creates the URL's database from the server's `postgres` database; returns its name. */
export async function createDatabase(url) {
  const { database } = describeUrl(url);
  await withClient(withDatabase(url, 'postgres'), (client) => client.query(`CREATE DATABASE ${quoteIdent(database)}`));
  return database;
}

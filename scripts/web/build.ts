import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = join(ROOT, 'web');
const STAMP = join(WEB, 'dist', '.sources');

/** A digest of everything the build reads: the app's sources and the locked dependencies. */
async function sourcesDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(WEB, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !relative(WEB, join(e.parentPath, e.name)).startsWith('dist'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, join(ROOT, 'package-lock.json')])
    hash
      .update(relative(ROOT, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

/** Builds web/dist when it is missing or older than its sources; `npm start` and `npm test` call it. */
export async function ensureWebBuild(say: (line: string) => void): Promise<void> {
  const digest = await sourcesDigest();
  const built = await readFile(STAMP, 'utf8').catch(() => '');
  if (built === digest) return;
  say(built ? 'the web app changed: building it' : 'building the web app');
  const { build } = await import('vite');
  // Vite builds React's development bundle when NODE_ENV says so, and vitest sets it to "test".
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(STAMP, digest);
}

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const historyFixtures = fileURLToPath(new URL('../fixtures/histories/', import.meta.url));

/** A recorded history is what old workflows look like: it is added once (with RECORD_HISTORY set) and never rewritten. */
export async function recordHistory(file: string, history: unknown) {
  if (!process.env.RECORD_HISTORY) return;
  await writeFile(`${historyFixtures}${file}`, JSON.stringify(history), { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
}

import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE, renderApiTypes } from './render';

await writeFile(SCHEMA_FILE, await renderApiTypes());
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);

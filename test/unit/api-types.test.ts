import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, renderApiTypes } from '../../scripts/api-types/render';

describe('the typed client', () => {
  it('is generated from the current document: run `npm run api:types` after changing a route', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(await renderApiTypes());
  }, 30_000);
});

import openapiTS, { astToString } from 'openapi-typescript';
import { apiDocument } from '../../api/app';

export const SCHEMA_FILE = new URL('../../web/src/api/schema.d.ts', import.meta.url);

const HEADER = '// Generated from the OpenAPI document by `npm run api:types`; do not edit.\n\n';

/** The TypeScript types of the API, from the document the app serves. */
export async function renderApiTypes(): Promise<string> {
  // A field with a default may be left out of a request; the server fills it in.
  const ast = await openapiTS(apiDocument() as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
  return HEADER + astToString(ast);
}

/** The parts of an OpenAPI 3.1 document the contract test reads. */
export type Schema = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  /** As documented, e.g. `/api/v1/deals/{id}`. */
  path: string;
  parameters: Parameter[];
  body?: { required?: boolean; mediaType: string; schema: Schema };
  /** Status → the media type and schema it answers with, if any. */
  responses: Record<string, { mediaType?: string; schema?: Schema; headers: string[] }>;
  /** A JSON pointer into the document, for validating against the schemas it names. */
  pointer: string;
}

export interface Document {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }>; headers?: Record<string, unknown> }>;
}

/** A request body's media type and schema: JSON, or the one type a file upload takes. */
const bodyOf = ({ required, content }: NonNullable<RawOperation['requestBody']>) => {
  const [mediaType, { schema }] = Object.entries(content).find(([type]) => type === 'application/json') ?? Object.entries(content)[0];
  return { required, mediaType, schema };
};

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

export function operationsOf(doc: Document): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]): Operation => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody && bodyOf(op.requestBody),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, r]) => {
          const [mediaType, media] = Object.entries(r.content ?? {})[0] ?? [];
          return [status, { mediaType, schema: media?.schema, headers: Object.keys(r.headers ?? {}) }];
        }),
      ),
      pointer: `#/paths/${escape(path)}/${method}`,
    })),
  );
}

/** Follows a local `$ref` to the schema it names. */
export function resolve(doc: Document, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  return resolve(doc, doc.components.schemas[ref.replace('#/components/schemas/', '')]);
}

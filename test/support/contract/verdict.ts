import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Document, Operation } from './document';

export interface Answer {
  status: number;
  contentType: string;
  body: unknown;
  headers: Headers;
}

/** What is wrong with an answer, judged by the document alone; undefined when nothing is. */
export function judge(doc: Document) {
  // `strict: false`: the document carries OpenAPI's own keywords (example, description) beside JSON Schema's.
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats.default(ajv);
  ajv.addSchema(doc, 'openapi.json');
  const validators = new Map<string, ReturnType<typeof ajv.getSchema>>();
  const validatorOf = (pointer: string) => {
    if (!validators.has(pointer)) validators.set(pointer, ajv.getSchema(`openapi.json${pointer}`));
    return validators.get(pointer)!;
  };

  return (op: Operation, answer: Answer): string | undefined => {
    const documented = op.responses[String(answer.status)];
    if (!documented) return `status ${answer.status} is not documented (documented: ${Object.keys(op.responses).join(', ')})`;
    for (const header of documented.headers) if (!answer.headers.has(header)) return `status ${answer.status} documents the header ${header}, which is missing`;
    if (!documented.mediaType) return answer.body === '' ? undefined : `status ${answer.status} documents no body, got ${answer.contentType}`;
    if (!answer.contentType.startsWith(documented.mediaType)) return `status ${answer.status} documents ${documented.mediaType}, got ${answer.contentType}`;
    const validate = validatorOf(`${op.pointer}/responses/${answer.status}/content/${documented.mediaType.replace('/', '~1')}/schema`);
    if (validate(answer.body)) return undefined;
    return `status ${answer.status} body breaks its schema: ${ajv.errorsText(validate.errors, { dataVar: 'body' })}`;
  };
}

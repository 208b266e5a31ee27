import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';

export interface FieldError {
  /** Where the problem is: `body.amount`, `query.limit`, `facts.budget`, `header.idempotency-key`. */
  field: string;
  message: string;
}

/** An RFC 9457 problem, answered as application/problem+json. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
  }

  toJSON(instance: string) {
    return { ...this.extra, type: `urn:dealflow:problem:${this.code}`, title: this.title, status: this.status, detail: this.detail, instance };
  }
}

export const invalid = (errors: FieldError[], detail = 'the request has invalid fields') =>
  new Problem(400, 'invalid-request', 'Invalid request', detail, { errors });
export const unprocessable = (code: string, title: string, detail: string, errors: FieldError[], extra: Record<string, unknown> = {}) =>
  new Problem(422, code, title, detail, { errors, ...extra });
export const notFound = (what: string) => new Problem(404, 'not-found', 'Not found', `${what} does not exist`);
export const forbidden = (detail: string) => new Problem(403, 'forbidden', 'Forbidden', detail);
export const conflict = (code: string, detail: string, extra: Record<string, unknown> = {}) => new Problem(409, code, 'Conflict', detail, extra);

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

export function sendProblem(res: Parameters<RequestHandler>[1], problem: Problem, instance: string) {
  if (typeof problem.extra.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(problem.extra.retryAfterSeconds));
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(JSON.stringify(problem.toJSON(instance)));
}

export const unknownRoute: RequestHandler = (req, res) =>
  sendProblem(res, new Problem(404, 'no-route', 'Not found', `no route for ${req.method} ${req.path}; see /api/docs`), req.originalUrl);

/** Prisma's and pg's ways of saying the database cannot be reached right now. */
function databaseUnreachable(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string; cause?: { code?: string } };
  return (
    ['P1001', 'P1002', 'P1017', 'P2024'].includes(e?.code ?? '') ||
    e?.name === 'PrismaClientInitializationError' ||
    /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|Can't reach database/i.test(`${e?.message ?? ''} ${e?.cause?.code ?? ''}`)
  );
}

/** The last error handler: a client's mistake becomes 4xx; anything else is logged and answered 500. */
export function problemHandler(log: { error: (obj: object, msg: string) => void }): ErrorRequestHandler {
  return (err, req, res, _next) => {
    if (err instanceof Problem) return sendProblem(res, err, req.originalUrl);
    if (err?.type === 'entity.parse.failed')
      return sendProblem(res, invalid([{ field: 'body', message: 'body is not valid JSON' }], 'malformed JSON body'), req.originalUrl);
    if (err?.type === 'entity.too.large') return sendProblem(res, new Problem(413, 'too-large', 'Payload too large', 'the body exceeds 1 MB'), req.originalUrl);
    if (err?.code === 'P2002') return sendProblem(res, conflict('duplicate', 'a record with the same unique value already exists'), req.originalUrl);
    if (typeof err?.status === 'number' && err.status >= 400 && err.status < 500)
      return sendProblem(res, new Problem(err.status, 'bad-request', 'Bad request', String(err.message)), req.originalUrl);
    if (databaseUnreachable(err))
      return sendProblem(
        res,
        new Problem(503, 'database-unavailable', 'Service unavailable', 'the database does not answer; try again shortly', { retryAfterSeconds: 5 }),
        req.originalUrl,
      );
    log.error({ err, path: req.originalUrl }, 'unhandled error');
    sendProblem(res, new Problem(500, 'internal', 'Internal error', 'something went wrong on our side; it has been logged'), req.originalUrl);
  };
}

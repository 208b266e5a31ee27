import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { Role } from '../../prisma/generated/enums';
import { type AuthedUser, WWW_AUTHENTICATE, signInNeeded } from '../auth/authenticate';
import { localeOf } from '../i18n/locale';
import type { Locale } from '../../process';
import { type FieldError, ProblemSchema, forbidden, invalid } from './problem';
import { refusalProblem } from './refusal-problem';
import { Refused } from './workflow-gateway';

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  user: AuthedUser;
  req: Request;
}

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  method: Method;
  /** Express style, e.g. `/deals/:id`. */
  path: string;
  summary: string;
  tag: string;
  /** Who may call it; every authenticated user when absent. */
  roles?: readonly Role[];
  /** Open to anyone, signed in or not (signing in, password links); `user` is then absent. */
  public?: true;
  body?: B;
  /** A body that is not JSON (an uploaded file): documented here, read by the handler from `req.body` as parsed by its own middleware. */
  fileBody?: { contentType: string; description: string };
  query?: Q;
  params?: P;
  headers?: z.ZodObject;
  /** Successes with their schemas, and the problems this handler answers beyond the common ones (400, 401, 403, 404 on `:id` paths, 413, 503). */
  responses: Record<number, ResponseSpec>;
  handler: (ctx: RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<Reply>;
}

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** false for a 202 that names nothing to look at (an email on its way): it answers no Location. */
  location?: false;
}

export const zodErrors = (where: string, error: z.ZodError): FieldError[] =>
  error.issues.map((i) => ({ field: [where, ...i.path].join('.'), message: i.message }));

// zod's own wording in Chinese; a message a schema spells out itself stays as written.
const IN_CHINESE = { error: z.locales.zhCN().localeError };

function parse<S extends z.ZodType>(where: string, schema: S | undefined, value: unknown, locale: Locale): z.infer<S> {
  if (!schema) return undefined as z.infer<S>;
  const result = schema.safeParse(value ?? {}, locale === 'zh-CN' ? IN_CHINESE : undefined);
  if (!result.success) throw invalid(zodErrors(where, result.error));
  return result.data;
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** The problems every route of this shape can answer, besides those its handler declares. */
function commonProblems(spec: { path: string; body?: unknown; fileBody?: unknown }): Record<number, string> {
  const problems: Record<number, string> = {
    400: 'The request has invalid fields; `errors` names each',
    401: 'No valid bearer token',
    403: 'Your role or scope does not allow it',
    503: 'The database or a workflow does not answer; retry after `Retry-After` seconds',
  };
  if (spec.path.includes(':')) problems[404] = 'No such resource';
  if (spec.body || spec.fileBody) problems[413] = 'The body exceeds 1 MB';
  return problems;
}

const problemResponse = (status: number, description: string) => ({
  description,
  ...(status === 503 ? { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' as const } } } } : {}),
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** A create (201) names what it made, and an accepted request (202) what it waits for. */
const LOCATION = { Location: { description: 'Where the resource is', schema: { type: 'string' as const } } };

function successResponse(status: number, r: ResponseSpec) {
  return {
    description: r.description,
    ...((status === 201 || status === 202) && r.location !== false ? { headers: LOCATION } : {}),
    ...(r.schema ? { content: { 'application/json': { schema: r.schema } } } : {}),
  };
}

/** Mounts one route on the router and describes it in the OpenAPI registry, from the same zod schemas. */
export function route<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(
  router: Router,
  registry: OpenAPIRegistry,
  spec: RouteSpec<B, Q, P>,
): void {
  const responses: RouteConfig['responses'] = Object.fromEntries(
    Object.entries(commonProblems(spec)).map(([status, description]) => [status, problemResponse(Number(status), description)]),
  );
  for (const [status, r] of Object.entries(spec.responses))
    responses[status] = Number(status) >= 400 ? problemResponse(Number(status), r.description) : successResponse(Number(status), r);
  registry.registerPath({
    method: spec.method,
    path: `/api/v1${openApiPath(spec.path)}`,
    summary: spec.summary,
    tags: [spec.tag],
    security: spec.public ? [] : [{ bearer: [] }, { cookie: [] }],
    request: {
      params: spec.params as z.ZodObject | undefined,
      query: spec.query as z.ZodObject | undefined,
      headers: spec.headers,
      body: spec.body
        ? { required: true, content: { 'application/json': { schema: spec.body } } }
        : spec.fileBody && { required: true, description: spec.fileBody.description, content: { [spec.fileBody.contentType]: { schema: z.string() } } },
    },
    responses,
  });

  router[spec.method](spec.path, async (req: Request, res: Response) => {
    const user = res.locals.user as AuthedUser;
    if (!user && !spec.public) {
      res.setHeader('WWW-Authenticate', WWW_AUTHENTICATE);
      throw signInNeeded();
    }
    if (spec.roles && !spec.roles.includes(user.role)) throw forbidden(`this needs one of the roles ${spec.roles.join(', ')}; you are ${user.role}`);
    const locale = localeOf(req, user?.locale ?? '');
    if (spec.headers) parse('header', spec.headers, req.headers, locale);
    const reply = await spec
      .handler({
        params: parse('path', spec.params, req.params, locale),
        query: parse('query', spec.query, req.query, locale),
        body: parse('body', spec.body, spec.body ? (req.body ?? {}) : undefined, locale),
        user,
        req,
      })
      .catch((err: unknown) => {
        throw err instanceof Refused ? refusalProblem(err, locale) : err;
      });
    for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
    if (reply.body === undefined) res.status(reply.status ?? 204).end();
    else res.status(reply.status ?? 200).json(reply.body);
  });
}

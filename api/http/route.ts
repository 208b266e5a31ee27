import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { Role } from '../../prisma/generated/enums';
import { type AuthedUser, WWW_AUTHENTICATE, signInNeeded } from '../auth/authenticate';
import { type FieldError, ProblemSchema, forbidden, invalid } from './problem';

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
  query?: Q;
  params?: P;
  headers?: z.ZodObject;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
  handler: (ctx: RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<Reply>;
}

export const zodErrors = (where: string, error: z.ZodError): FieldError[] =>
  error.issues.map((i) => ({ field: [where, ...i.path].join('.'), message: i.message }));

function parse<S extends z.ZodType>(where: string, schema: S | undefined, value: unknown): z.infer<S> {
  if (!schema) return undefined as z.infer<S>;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw invalid(zodErrors(where, result.error));
  return result.data;
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** Mounts one route on the router and describes it in the OpenAPI registry, from the same zod schemas. */
export function route<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType>(
  router: Router,
  registry: OpenAPIRegistry,
  spec: RouteSpec<B, Q, P>,
): void {
  const problem = { description: 'Problem', content: { 'application/problem+json': { schema: ProblemSchema } } };
  const responses: RouteConfig['responses'] = Object.fromEntries(
    Object.entries(spec.responses).map(([status, r]) => [
      status,
      r.schema ? { description: r.description, content: { 'application/json': { schema: r.schema } } } : { description: r.description },
    ]),
  );
  for (const status of [400, 401, 403]) responses[status] ??= problem;
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
      body: spec.body ? { content: { 'application/json': { schema: spec.body } } } : undefined,
    },
    responses,
  });

  router[spec.method](spec.path, async (req: Request, res: Response) => {
    const user = res.locals.user as AuthedUser;
    if (!user && !spec.public) {
      res.setHeader('WWW-Authenticate', WWW_AUTHENTICATE);
      throw signInNeeded();
    }
    if (spec.roles && !spec.roles.includes(user.role))
      throw forbidden(`this needs one of the roles ${spec.roles.join(', ')}; you are ${user.role}`);
    if (spec.headers) parse('header', spec.headers, req.headers);
    const reply = await spec.handler({
      params: parse('path', spec.params, req.params),
      query: parse('query', spec.query, req.query),
      body: parse('body', spec.body, spec.body ? (req.body ?? {}) : undefined),
      user,
      req,
    });
    for (const [k, v] of Object.entries(reply.headers ?? {})) res.setHeader(k, v);
    if (reply.body === undefined) res.status(reply.status ?? 204).end();
    else res.status(reply.status ?? 200).json(reply.body);
  });
}

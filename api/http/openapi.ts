import { OpenAPIRegistry, OpenApiGeneratorV31, extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { Router } from 'express';
import { z } from 'zod';

// The generator describes path and query parameters through zod's `.openapi()`.
extendZodWithOpenApi(z);

export function createRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'A personal API token from POST /api/v1/tokens' });
  registry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session POST /api/v1/session starts. Writes must come from the same origin (Origin or Sec-Fetch-Site).',
  });
  return registry;
}

const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dealflow API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

/**
 * The generator renders a nullable enum as `type: [..., 'null']` with an `enum` (or `const`) that
 * leaves null out, which no null satisfies: list null among the values too.
 */
function admitNullInEnums(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach(admitNullInEnums);
  const schema = node as Record<string, unknown>;
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    if ('const' in schema) {
      schema.enum = [schema.const];
      delete schema.const;
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null);
  }
  Object.values(schema).forEach(admitNullInEnums);
}

/** The OpenAPI document of every route registered so far. */
export function openApiDocument(registry: OpenAPIRegistry) {
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Dealflow API', version: '1', description: 'Deal-process engine: every opportunity is a long-lived Temporal workflow.' },
    servers: [{ url: '/' }],
  });
  admitNullInEnums(document);
  return document;
}

/** Serves the OpenAPI document generated from the routes' zod schemas, and a docs page over it. */
export function openApiRouter(registry: OpenAPIRegistry, swaggerUiDir: string, express: typeof import('express')): Router {
  const router = Router();
  let document: object | undefined;
  router.get('/api/openapi.json', (_req, res) => {
    document ??= openApiDocument(registry);
    res.json(document);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('js').send(`SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', persistAuthorization: true });`);
  });
  router.use('/api/docs/assets', express.static(swaggerUiDir));
  return router;
}

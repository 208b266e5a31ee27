import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { RequestHandler } from 'express';
import { Problem, sendProblem } from './problem';

interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

/** Every documented path as a pattern, with the methods it answers (HEAD wherever GET is). */
function knownPaths(registry: OpenAPIRegistry): KnownPath[] {
  const byPath = new Map<string, Set<string>>();
  for (const d of registry.definitions) {
    if (d.type !== 'route') continue;
    const methods = byPath.get(d.route.path) ?? new Set<string>();
    methods.add(d.route.method.toUpperCase());
    if (d.route.method === 'get') methods.add('HEAD');
    byPath.set(d.route.path, methods);
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}/?$`),
    methods,
  }));
}

/** A known path asked with a method it does not answer: 405 with `Allow`, derived from the registered routes. */
export function methodNotAllowed(registry: OpenAPIRegistry): RequestHandler {
  let paths: KnownPath[] | undefined;
  return (req, res, next) => {
    paths ??= knownPaths(registry);
    const allowed = new Set(paths.filter((p) => p.pattern.test(req.path)).flatMap((p) => [...p.methods]));
    if (allowed.size === 0 || allowed.has(req.method)) return next();
    const allow = [...allowed].sort().join(', ');
    res.setHeader('Allow', allow);
    sendProblem(
      res,
      new Problem(405, 'method-not-allowed', 'Method not allowed', `${req.method} is not allowed on ${req.path}; use ${allow}`),
      req.originalUrl,
    );
  };
}

import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { checkBearer } from './auth.ts';
import { validate } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import type { ApiContext } from './route.ts';
import { ROUTES } from './routes/index.ts';

export { HttpError, handleError } from './errors.ts';
export { resolveToken } from './auth.ts';
export { TtlCache } from './cache.ts';
export type { ApiContext } from './route.ts';
export { ROUTES } from './routes/index.ts';
export { openApiDocument } from './openapi.ts';

const DOCS = new URL('./docs/', import.meta.url);
const DOC_FILES: Record<string, string> = {
  'docs.js': 'text/javascript; charset=utf-8',
  'docs.css': 'text/css; charset=utf-8',
};

const fastifyPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');

/** Registers every endpoint of ROUTES, the OpenAPI document and its docs page. */
export function registerApi(app: FastifyInstance, ctx: ApiContext): void {
  for (const r of ROUTES) {
    app.route({
      method: r.method.toUpperCase() as 'GET' | 'POST',
      url: fastifyPath(r.path),
      bodyLimit: r.bodyLimit,
      // Checked before the body is read, so an unauthenticated client cannot make the server parse megabytes.
      onRequest: r.auth ? async (req) => checkBearer(req, ctx.token) : undefined,
      handler: async (req, reply) => {
        const input = {
          params: r.params ? validate(r.params, req.params, 'path parameter') : undefined,
          query: r.query ? validate(r.query, req.query, 'query parameter') : undefined,
          body: r.body ? validate(r.body, req.body, 'body field') : undefined,
          req,
          reply,
        };
        return r.handler(input, ctx);
      },
    });
  }

  const doc = JSON.stringify(openApiDocument(ROUTES));
  app.get('/api/openapi.json', async (_req, reply) => reply.type('application/json; charset=utf-8').send(doc));
  const page = readFileSync(new URL('index.html', DOCS), 'utf8');
  app.get('/api/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(page));
  for (const [name, type] of Object.entries(DOC_FILES)) {
    const content = readFileSync(new URL(name, DOCS), 'utf8');
    app.get(`/api/docs/${name}`, async (_req, reply) => reply.type(type).send(content));
  }
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { HttpError, handleError, registerApi, TtlCache, type ApiContext } from './api/index.ts';
import { fetchPage } from './api/fetch-page.ts';
import type { Store } from './queries/store.ts';

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const WEB_SOURCE = fileURLToPath(new URL('./web/', import.meta.url));

/**
 * The one inline stylesheet allowed: the fixed rule cytoscape injects for its container. Pinned by
 * hash so no other inline style (let alone script) gets through.
 */
const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/** Scripts only from this origin and no inline code: an article that smuggles markup in cannot run it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`, "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export interface ServerOptions {
  store: Store;
  /** Bearer token for POST /api/articles; null switches ingest over the API off. */
  token?: string | null;
  /** The built dashboard; null serves the API alone. */
  webDir?: string | null;
  /** Requests per IP per minute; false switches the limit off (the benchmark does). */
  rateLimit?: { max: number; timeWindowMs: number } | false;
  logger?: boolean;
  fetchPage?: ApiContext['fetchPage'];
}

export const DEFAULT_RATE_LIMIT = { max: 1200, timeWindowMs: 60_000 };
const DEFAULT_BODY_LIMIT = 64 * 1024;

/** The newest modification time under a folder (the dashboard's sources). */
function newestMtime(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const p = `${folder}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the dashboard with Vite unless `dir` already holds a build at least as new as its sources. */
export async function ensureWebBuild(dir: string = DEFAULT_WEB_DIR, log: (s: string) => void = () => {}): Promise<string> {
  const index = `${dir}/index.html`;
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(WEB_SOURCE.replace(/\/$/, ''))) return dir;
  log(existsSync(index) ? 'rebuilding the dashboard (its sources changed)…' : 'building the dashboard (first start)…');
  const { build } = await import('vite');
  await build({ configFile: `${WEB_SOURCE}vite.config.ts`, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: DEFAULT_BODY_LIMIT, trustProxy: false, return503OnClosing: true });
  app.setErrorHandler(handleError);
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    return payload;
  });

  const limit = opts.rateLimit === undefined ? DEFAULT_RATE_LIMIT : opts.rateLimit;
  if (limit) {
    await app.register(rateLimit, {
      global: true,
      max: limit.max,
      timeWindow: limit.timeWindowMs,
      errorResponseBuilder: (_req, c) => new HttpError(429, 'rate-limited', `too many requests: at most ${c.max} per ${c.after}`, `Retry after ${c.after}`),
    });
  }

  const ctx: ApiContext = { store: opts.store, token: opts.token ?? null, cache: new TtlCache(30_000), fetchPage: opts.fetchPage ?? fetchPage };
  registerApi(app, ctx);

  const web = opts.webDir ?? null;
  if (web) {
    await app.register(fastifyStatic, { root: web, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: true, maxAge: 0 });
  }
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    // Dashboard routes (/pairs/KAZ/MNG…) are drawn by the app itself: serve its page for any GET outside /api.
    if (web && req.method === 'GET' && !path.startsWith('/api/') && path !== '/api' && !/\.[a-z0-9]+$/i.test(path)) {
      reply.type('text/html; charset=utf-8').sendFile('index.html');
      return;
    }
    reply.code(404).send({ error: { status: 404, code: 'not-found', message: `no such endpoint: ${req.method} ${path.slice(0, 200)}`, hint: 'See /api/docs for the endpoints' } });
  });
  return app;
}

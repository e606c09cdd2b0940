// The API under hostile requests: SQL injection in every query and path parameter of every route
// answers 4xx (typed parameters) or a plain answer (free text), never 5xx, and leaves the store
// whole; write endpoints refuse requests without the token; the rate limit answers 429.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/server.ts';
import { ROUTES } from '../../src/serve/api/index.ts';
import { ingestArticles, openStore, stats, type Store } from '../../src/serve/queries/store.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { chaosArticle } from '../../chaos/articles.ts';

const TOKEN = 'reliability-token-0123456789';
const INJECTIONS = [
  "' OR '1'='1", "' OR 1=1 --", '" OR ""="', "'; DROP TABLE engagements; --", "1; DROP TABLE articles", "' UNION SELECT id, text FROM articles --",
  "1' AND SLEEP(5) --", "'; SELECT pg_sleep(5); --", ')) OR ((1=1', "KAZ' --", "2024-01-01' OR '1'='1", '%', '_', '*', '\\', "\\'", '%00', '\u0000',
  "admin'/*", '1 OR 1=1', '-1', '99999999999999999999', '1e309', 'NaN', '[]', '{"$gt":""}', 'x'.repeat(5000), 'ΚΑΖ',
];
/** Already percent-encoded, sent as they are: broken UTF-8, an overlong quote, a lone surrogate. */
const RAW = ['%ED%A0%80', '%C0%A7%20OR%201=1', '%FF%FE', '%27%20OR%20%271%27=%271', '%2527', '%E2%80%AE'];
const encoded = [...INJECTIONS.map(encodeURIComponent), ...RAW];

let dir: string;
let store: Store;
let app: FastifyInstance;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'readout-apisec-'));
  store = await openStore(join(dir, 'api.db'));
  const summary = await ingestArticles(store, Array.from({ length: 40 }, (_, i) => chaosArticle(i)), (a) => extractArticle(a));
  assert.equal(summary.failed, 0);
  app = await buildServer({ store, token: TOKEN, rateLimit: false });
});
after(async () => {
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The names a route's query schema accepts (zod object shapes), so a new parameter is covered without editing this test. */
function queryKeys(schema: unknown): string[] {
  const s = schema as { shape?: Record<string, unknown>; def?: { shape?: Record<string, unknown>; in?: unknown; schema?: unknown } } | undefined;
  if (!s) return [];
  if (s.shape) return Object.keys(s.shape);
  if (s.def?.in) return queryKeys(s.def.in);
  if (s.def?.schema) return queryKeys(s.def.schema);
  return [];
}

const sample: Record<string, string> = { id: 'x', iso3: 'KAZ', a: 'KAZ', b: 'MNG' };
const fill = (path: string, over: Record<string, string> = {}) =>
  path.replace(/\{(\w+)\}/g, (_m, k: string) => over[k] ?? encodeURIComponent(sample[k] ?? 'x'));

describe('SQL injection', () => {
  test('every query parameter of every GET route: 4xx or a plain answer, never 5xx', async () => {
    const gets = ROUTES.filter((r) => r.method === 'get');
    assert.ok(gets.length >= 8, `routes found: ${gets.length}`);
    let tried = 0;
    const statuses = new Map<number, number>();
    for (const r of gets) {
      for (const key of queryKeys(r.query)) {
        for (const payload of encoded) {
          const res = await app.inject({ method: 'GET', url: `${fill(r.path)}?${key}=${payload}` });
          tried++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          assert.ok(res.statusCode < 500, `${r.path}?${key}=${payload.slice(0, 40)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          if (res.statusCode >= 400) assert.ok(res.json().error?.message, 'a 4xx says what is wrong');
        }
      }
    }
    assert.ok(tried > 200, `only ${tried} requests`);
    assert.ok((statuses.get(400) ?? 0) > 0, 'typed parameters refuse injections with 400');
  });

  test('every path parameter: 4xx or a plain answer, never 5xx', async () => {
    for (const r of ROUTES.filter((x) => x.method === 'get' && x.path.includes('{'))) {
      for (const name of [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])) {
        for (const payload of encoded) {
          const res = await app.inject({ method: 'GET', url: fill(r.path, { [name]: payload }) });
          assert.ok(res.statusCode < 500, `${r.path} ${name}=${payload.slice(0, 40)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      }
    }
  });

  test('an injection matches nothing a plain word would not, and the tables survive', async () => {
    const plain = await app.inject({ method: 'GET', url: '/api/engagements?q=zzzqqq&limit=100' });
    const injected = await app.inject({ method: 'GET', url: `/api/engagements?q=${encodeURIComponent("zzzqqq' OR '1'='1")}&limit=100` });
    assert.equal(plain.statusCode, 200);
    assert.equal(injected.statusCode, 200);
    assert.equal(injected.json().items.length, plain.json().items.length, 'the quote is data, not SQL');
    const all = await app.inject({ method: 'GET', url: '/api/engagements?limit=100' });
    assert.ok(all.json().items.length > 0, 'the store does hold engagements the injection would have exposed');
    const s = await stats(store);
    assert.equal(s.articles, 40);
    assert.ok(s.engagements > 0);
  });
});

describe('authentication and rate limits', () => {
  test('write endpoints answer 401 without a token, with a wrong one or a malformed header; 2xx/4xx with the right one', async () => {
    const writes = ROUTES.filter((r) => r.auth);
    assert.ok(writes.length >= 1);
    for (const r of writes) {
      const url = fill(r.path);
      const method = r.method.toUpperCase() as 'POST';
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}`, `Bearer ${TOKEN} extra`, `Bearer ${TOKEN.slice(0, -1)}`, `bearer${TOKEN}`, '']) {
        const res = await app.inject({ method, url, headers: authorization === undefined ? {} : { authorization }, payload: { text: 'x' } });
        assert.equal(res.statusCode, 401, `${method} ${url} with ${JSON.stringify(authorization)} → ${res.statusCode}`);
      }
      const ok = await app.inject({ method, url, headers: { authorization: `Bearer ${TOKEN}` }, payload: {} });
      assert.notEqual(ok.statusCode, 401, `${method} ${url}: the right token is let through`);
      assert.ok(ok.statusCode < 500, `${method} ${url} with the token and an empty body → ${ok.statusCode}`);
    }
  });

  test('past the limit the API answers 429 with a typed error, and other clients are not blocked', async () => {
    const limited = await buildServer({ store, token: TOKEN, rateLimit: { max: 5, timeWindowMs: 60_000 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 8; i++) codes.push((await limited.inject({ method: 'GET', url: '/api/stats', remoteAddress: '10.9.9.9' })).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 200, 200, 429, 429, 429]);
      const body = (await limited.inject({ method: 'GET', url: '/api/stats', remoteAddress: '10.9.9.9' })).json();
      assert.equal(body.error.code, 'rate-limited');
      assert.equal((await limited.inject({ method: 'GET', url: '/api/stats', remoteAddress: '10.9.9.10' })).statusCode, 200);
    } finally {
      await limited.close();
    }
  });
});

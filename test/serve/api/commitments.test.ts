import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../../src/serve/server.ts';
import { ROUTES } from '../../../src/serve/api/index.ts';
import { checkBearer } from '../../../src/serve/api/auth.ts';
import { validate } from '../../../src/serve/api/errors.ts';
import type { RouteDef } from '../../../src/serve/api/route.ts';
import { commitmentRoutes } from '../../../src/serve/api/routes/commitments.ts';
import { correctionRoutes } from '../../../src/serve/api/routes/corrections.ts';
import { TtlCache } from '../../../src/serve/api/cache.ts';
import type { Store } from '../../../src/serve/queries/store.ts';
import { withCommitmentSchema } from '../../fuse/commitments/schema.ts';
import { corpusStore } from './corpus.ts';

const TOKEN = 'test-token-0123456789abcdef';
let store: Store;
let cleanup: () => Promise<void>;
let app: FastifyInstance;

/** Until the lead adds them to ROUTES, the new endpoints are mounted here the way registerApi mounts the rest. */
function mount(app: FastifyInstance, routes: RouteDef[]): void {
  const ctx = { store, token: TOKEN, cache: new TtlCache(30_000), fetchPage: async () => { throw new Error('no fetching in tests'); } };
  for (const r of routes) {
    app.route({
      method: r.method.toUpperCase() as 'GET' | 'POST',
      url: r.path.replace(/\{(\w+)\}/g, ':$1'),
      onRequest: r.auth ? async (req) => checkBearer(req, TOKEN) : undefined,
      handler: async (req, reply) => r.handler({
        params: r.params ? validate(r.params, req.params, 'path parameter') : undefined,
        query: r.query ? validate(r.query, req.query, 'query parameter') : undefined,
        body: r.body ? validate(r.body, req.body, 'body field') : undefined,
        req, reply,
      }, ctx),
    });
  }
}

interface Commitment {
  id: string; status: string; kind: string; by: string | null; to: string | null; verified: string[];
  origin: { engagement_id: string; date: string | null };
  fulfilled_by: { engagement_id: string; date: string | null; kind: string }[];
  links: { id: string; relation: string; review: string | null; reason: string; confidence: number }[];
  history: { status: string; date: string | null; reason: string }[];
}

const get = async (url: string) => { const r = await app.inject({ method: 'GET', url }); return { status: r.statusCode, body: r.json() }; };
const post = async (url: string, payload: unknown, token: string | null = TOKEN) => {
  const r = await app.inject({ method: 'POST', url, payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: r.statusCode, body: r.json() };
};

async function invitation(): Promise<Commitment> {
  const r = await get('/api/commitments?pair=KAZ,MNG');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const c = (r.body.items as Commitment[]).find((x) => x.kind === 'invitation' && x.origin.date === '2024-07-04' && x.by === 'MNG');
  assert.ok(c);
  return c;
}

before(async () => {
  ({ store, cleanup } = await corpusStore());
  await withCommitmentSchema(store);
  app = await buildServer({ store, token: TOKEN, rateLimit: false });
  if (!ROUTES.some((r) => r.path === '/api/commitments')) mount(app, [...commitmentRoutes, ...correctionRoutes]);
});
after(async () => {
  await app.close();
  await cleanup();
});

describe('GET /api/commitments', () => {
  test('the July 2024 invitation is fulfilled by the October 2024 state visit, with reason and history', async () => {
    const c = await invitation();
    assert.equal(c.status, 'fulfilled');
    assert.deepEqual(c.fulfilled_by.map((f) => [f.date, f.kind]), [['2024-10-29', 'visit']]);
    assert.match(c.links[0].reason, /Tokayev made a visit to Ulaanbaatar/);
    assert.deepEqual(c.history.map((h) => h.status), ['proposed', 'accepted', 'fulfilled']);
    const one = await get(`/api/commitments/${c.id}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.id, c.id);
  });

  test('filters by status and country; bad parameters are 400 naming them, unknown ids 404', async () => {
    const f = await get('/api/commitments?status=fulfilled&country=kaz');
    assert.equal(f.status, 200);
    assert.ok(f.body.items.length >= 2 && f.body.items.every((c: Commitment) => c.status === 'fulfilled'));
    const bad = await get('/api/commitments?status=done');
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /"status"/);
    const pair = await get('/api/commitments?pair=KAZ');
    assert.equal(pair.status, 400);
    assert.match(pair.body.error.message, /"pair"/);
    const extra = await get('/api/commitments?colour=red');
    assert.equal(extra.status, 400);
    const missing = await get('/api/commitments/cm_nope');
    assert.equal(missing.status, 404);
    assert.ok(missing.body.error.hint);
  });
});

describe('corrections over the API', () => {
  test('need the bearer token', async () => {
    const c = await invitation();
    const body = { entity: 'engagement', id: c.origin.engagement_id, field: 'occasion', value: 'SCO Summit', who: 'A. Analyst' };
    assert.equal((await post('/api/corrections', body, null)).status, 401);
    assert.equal((await post('/api/corrections', body, 'wrong-token-0123456789')).status, 401);
    assert.equal((await post(`/api/commitments/${c.id}/links/${c.links[0].id}/reject`, { who: 'x' }, null)).status, 401);
  });

  test('an outcome correction is logged with who, before, after, why, and marked verified on its commitment', async () => {
    const c = await invitation();
    const r = await post('/api/corrections', { entity: 'outcome', id: `${c.origin.engagement_id}:${await outcomeIndex(c)}`, field: 'summary', value: 'Tokayev to pay a state visit to Mongolia', who: 'A. Analyst', why: 'tidier' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.who, 'A. Analyst');
    assert.ok(r.body.changes.some((x: { path: string }) => /^outcomes\[\d+\]\.summary$/.test(x.path)));
    const log = await get(`/api/corrections?id=${c.origin.engagement_id}`);
    assert.equal(log.body.items[0].id, r.body.id);
    assert.equal(log.body.items[0].why, 'tidier');
    const now = await get(`/api/commitments/${c.id}`);
    assert.deepEqual(now.body.verified, ['summary']);
  });

  test('rejecting the fulfilling link reopens the commitment; reverting the verdict restores it; a second revert is 409', async () => {
    const c = await invitation();
    const link = c.links.find((l) => l.relation === 'fulfils')!;
    const rej = await post(`/api/commitments/${c.id}/links/${link.id}/reject`, { who: 'B. Reviewer', why: 'wrong trip' });
    assert.equal(rej.status, 200, JSON.stringify(rej.body));
    assert.notEqual(rej.body.commitment.status, 'fulfilled');
    assert.deepEqual(rej.body.commitment.fulfilled_by, []);
    assert.equal(rej.body.commitment.links.find((l: { id: string }) => l.id === link.id).review, 'rejected');
    const again = await post(`/api/commitments/${c.id}/links/${link.id}/reject`, { who: 'B. Reviewer' });
    assert.equal(again.status, 400);
    const rev = await post(`/api/corrections/${rej.body.correction.id}/revert`, { who: 'B. Reviewer', why: 'it was the right trip' });
    assert.equal(rev.status, 200, JSON.stringify(rev.body));
    assert.equal(rev.body.reverted_by, 'B. Reviewer');
    assert.equal((await get(`/api/commitments/${c.id}`)).body.status, 'fulfilled');
    assert.equal((await post(`/api/corrections/${rej.body.correction.id}/revert`, { who: 'B. Reviewer' })).status, 409);
    const conf = await post(`/api/commitments/${c.id}/links/${link.id}/confirm`, { who: 'B. Reviewer' });
    assert.equal(conf.body.commitment.links.find((l: { id: string }) => l.id === link.id).review, 'confirmed');
    assert.equal((await post(`/api/commitments/${c.id}/links/cl_nope/confirm`, { who: 'x' })).status, 404);
  });

  test('bad bodies are 400 naming the field; unknown targets 404', async () => {
    const c = await invitation();
    const noWho = await post('/api/corrections', { entity: 'engagement', id: c.origin.engagement_id, field: 'date', value: '2024-07-05' });
    assert.equal(noWho.status, 400);
    assert.match(noWho.body.error.message, /"who"/);
    const badDate = await post('/api/corrections', { entity: 'engagement', id: c.origin.engagement_id, field: 'date', value: 'July', who: 'x' });
    assert.equal(badDate.status, 400);
    assert.match(badDate.body.error.message, /"date" is not a date/);
    const badEntity = await post('/api/corrections', { entity: 'planet', id: 'x', field: 'date', value: null, who: 'x' });
    assert.equal(badEntity.status, 400);
    const missing = await post('/api/corrections', { entity: 'engagement', id: 'nope', field: 'date', value: '2024-01-01', who: 'x' });
    assert.equal(missing.status, 404);
  });
});

async function outcomeIndex(c: Commitment): Promise<number> {
  const row = await store.db.selectFrom('engagements').select('outcomes').where('id', '=', c.origin.engagement_id).executeTakeFirstOrThrow();
  const outcomes = store.json.read<{ kind: string; by: string | null }[]>(row.outcomes);
  return outcomes.findIndex((o) => o.kind === 'invitation' && o.by === 'MNG');
}

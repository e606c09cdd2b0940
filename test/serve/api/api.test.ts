import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer, CONTENT_SECURITY_POLICY } from '../../../src/serve/server.ts';
import { ROUTES } from '../../../src/serve/api/index.ts';
import type { Store } from '../../../src/serve/queries/store.ts';
import { corpusStore } from './corpus.ts';

const TOKEN = 'test-token-0123456789abcdef';

let store: Store;
let cleanup: () => Promise<void>;
let app: FastifyInstance;

interface Summary { id: string; kind: string; date: string | null; countries: string[]; topics: string[]; outcomes: { kind: string; quantity: { value: number } | null }[]; evidence: string; num_sources: number; first_reported: string | null; participants: { name: string | null }[] }

async function get(url: string) {
  const r = await app.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json(), headers: r.headers };
}

async function all(url: string): Promise<Summary[]> {
  const out: Summary[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const r = await get(cursor ? `${url}${sep}cursor=${encodeURIComponent(cursor)}` : url);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    out.push(...r.body.items);
    cursor = r.body.next_cursor;
  } while (cursor);
  return out;
}

async function badRequest(url: string, param: RegExp) {
  const r = await get(url);
  assert.equal(r.status, 400, `${url} → ${r.status}`);
  assert.match(r.body.error.message, param, url);
  assert.ok(r.body.error.hint, `${url} has a hint`);
}

const when = (e: Summary) => e.date ?? e.first_reported ?? '';

before(async () => {
  ({ store, cleanup } = await corpusStore());
  app = await buildServer({ store, token: TOKEN });
});
after(async () => {
  await app.close();
  await cleanup();
});

describe('GET /api/engagements', () => {
  it('pages through every engagement newest first with a cursor, each once', async () => {
    const whole = (await get('/api/engagements?limit=100')).body;
    assert.equal(whole.next_cursor, null);
    const paged = await all('/api/engagements?limit=4');
    assert.deepEqual(paged.map((e) => e.id), whole.items.map((e: Summary) => e.id));
    assert.ok(paged.length > 8);
    for (let i = 1; i < paged.length; i++) assert.ok(when(paged[i - 1]) >= when(paged[i]), 'newest first');
  });

  it('sorts oldest first and by number of sources', async () => {
    const asc = await all('/api/engagements?sort=date_asc&limit=5');
    for (let i = 1; i < asc.length; i++) assert.ok(when(asc[i - 1]) <= when(asc[i]));
    const src = await all('/api/engagements?sort=sources_desc&limit=3');
    for (let i = 1; i < src.length; i++) assert.ok(src[i - 1].num_sources >= src[i].num_sources);
    assert.ok(src[0].num_sources > src[src.length - 1].num_sources, 'some engagement has more sources than another');
  });

  it('filters by pair, country, kind, topic, outcome, person, dates and evidence text', async () => {
    const pair = await all('/api/engagements?pair=kaz,mng');
    assert.ok(pair.every((e) => e.countries.includes('KAZ') && e.countries.includes('MNG')));
    const dates = pair.map((e) => e.date);
    assert.ok(dates.includes('2024-07-04') && dates.includes('2024-10-29'), dates.join());
    const mng = await all('/api/engagements?country=MNG');
    assert.ok(mng.length > pair.length && mng.every((e) => e.countries.includes('MNG')));
    assert.ok(!mng.some((e) => e.countries.join() === 'CHN,RUS'));
    const calls = await all('/api/engagements?kind=phone_call');
    assert.ok(calls.length >= 2 && calls.every((e) => e.kind === 'phone_call'));
    const trade = await all('/api/engagements?topic=trade');
    assert.ok(trade.length && trade.every((e) => e.topics.includes('trade')));
    const targets = await all('/api/engagements?outcome=target');
    assert.ok(targets.some((e) => e.date === '2024-07-04' && e.countries.join() === 'KAZ,MNG'));
    assert.ok(targets.every((e) => e.outcomes.some((o) => o.kind === 'target')));
    assert.ok(!targets.some((e) => e.countries.join() === 'CHN,RUS'), 'the video call set no target');
    const july = await all('/api/engagements?from=2024-07-01&to=2024-07-31');
    assert.ok(july.length >= 2 && july.every((e) => when(e) >= '2024-07-01' && when(e) <= '2024-07-31'));
    const text = await all('/api/engagements?q=SIDELINES');
    assert.ok(text.length && text.every((e) => /sidelines/i.test(e.evidence)));
    const person = await all('/api/engagements?person=khurelsukh');
    assert.ok(person.length >= 2 && person.every((e) => e.participants.some((p) => /Khurelsukh/.test(p.name ?? ''))));
    assert.deepEqual(await all('/api/engagements?person=Nobody%20Atall'), []);
    assert.deepEqual(await all('/api/engagements?q=zzzz%25'), [], 'a % in the text is matched literally');
  });

  it('answers 400 naming the parameter for bad filters', async () => {
    await badRequest('/api/engagements?limit=0', /"limit"/);
    await badRequest('/api/engagements?limit=101', /"limit".*at most 100/);
    await badRequest('/api/engagements?limit=abc', /"limit"/);
    await badRequest('/api/engagements?country=KZ', /"country" "KZ".*alpha-3/);
    await badRequest('/api/engagements?country=KAZ&country=MNG', /"country" was given more than once/);
    await badRequest('/api/engagements?pair=KAZ', /"pair"/);
    await badRequest('/api/engagements?kind=dinner', /"kind".*meeting, phone_call/);
    await badRequest('/api/engagements?topic=sports', /"topic"/);
    await badRequest('/api/engagements?outcome=threat', /"outcome"/);
    await badRequest('/api/engagements?from=2024-13-01', /"from".*not a calendar date/);
    await badRequest('/api/engagements?to=July', /"to".*YYYY-MM-DD/);
    await badRequest('/api/engagements?from=2025-01-01&to=2024-01-01', /"from".*after "to"/);
    await badRequest('/api/engagements?sort=random', /"sort"/);
    await badRequest('/api/engagements?q=', /"q".*empty/);
    await badRequest('/api/engagements?cursor=bm9wZQ', /cursor.*not a cursor/);
    await badRequest('/api/engagements?colour=red', /unknown query parameter "colour"/);
  });
});

describe('GET /api/engagements/:id', () => {
  it('gives the fused record with every source and the spans in each text', async () => {
    const [july] = await all('/api/engagements?pair=KAZ,MNG&to=2024-07-31&outcome=target');
    const r = await get(`/api/engagements/${july.id}`);
    assert.equal(r.status, 200);
    const e = r.body;
    assert.equal(e.date, '2024-07-04');
    assert.ok(e.sources.length >= 1 && e.sources.every((s: { text: string }) => s.text.length > 100));
    assert.ok(e.codes.cameo.length > 0 && typeof e.goldstein === 'number');
    const src = e.sources.find((s: { highlights: { kind: string; label: string; start: number; end: number }[] }) => s.highlights.some((h) => h.kind === 'outcome' && h.label === 'target'));
    assert.ok(src, 'a source highlights the target');
    const target = src.highlights.find((h: { kind: string; label: string }) => h.kind === 'outcome' && h.label === 'target');
    assert.match(src.text.slice(target.start, target.end), /\$500 million/);
    for (const s of e.sources) for (const h of s.highlights) assert.ok(h.start >= 0 && h.end <= s.text.length && h.start < h.end);
  });

  it('answers 404 for an unknown id', async () => {
    const r = await get('/api/engagements/no-such-engagement');
    assert.equal(r.status, 404);
    assert.match(r.body.error.message, /no engagement with id "no-such-engagement"/);
  });
});

describe('countries and pairs', () => {
  it('profiles a country with partners ranked by engagements', async () => {
    const r = await get('/api/countries/kaz');
    assert.equal(r.status, 200);
    assert.equal(r.body.name, 'Kazakhstan');
    const partners = r.body.partners.map((p: { iso3: string }) => p.iso3);
    assert.equal(partners[0], 'RUS');
    assert.ok(partners.includes('MNG') && !partners.includes('KAZ') && !partners.includes('IND'));
    assert.ok(r.body.recent.length > 0 && r.body.timeline.length > 0 && r.body.topics.length > 0);
  });

  it('gives a pair its timeline, codes, topics and outcomes with their state', async () => {
    const r = await get('/api/dyads/MNG/KAZ');
    assert.equal(r.status, 200);
    assert.ok(r.body.engagements >= 2);
    assert.deepEqual([...new Set(r.body.timeline.map((m: { month: string }) => m.month))], ['2024-07', '2024-10']);
    assert.ok(r.body.timeline.every((m: { goldstein: number | null; plover: Record<string, number> }) => typeof m.goldstein === 'number' && Object.keys(m.plover).length));
    const invite = r.body.outcomes.find((o: { kind: string; date: string }) => o.kind === 'invitation' && o.date === '2024-07-04');
    assert.equal(invite.state, 'fulfilled', 'the July invitation led to the October visit');
    const later = r.body.outcomes.find((o: { kind: string; date: string }) => o.kind === 'invitation' && o.date === '2024-10-29');
    assert.equal(later.state, 'open');
    assert.ok(r.body.outcomes.some((o: { kind: string; quantity: { value: number } | null }) => o.kind === 'target' && o.quantity?.value === 500_000_000));
  });

  it('refuses bad and unknown codes', async () => {
    await badRequest('/api/countries/KZ1', /"iso3"/);
    assert.equal((await get('/api/countries/QQQ')).status, 404);
    await badRequest('/api/dyads/KAZ/KAZ', /both KAZ/);
    await badRequest('/api/dyads/KAZ/MONGOLIA', /"b"/);
    const r = await get('/api/dyads/KAZ/QQQ');
    assert.equal(r.status, 404);
    assert.match(r.body.error.message, /"QQQ".*"b"/);
  });

  it('gives the network of a period', async () => {
    const r = await get('/api/network?from=2024-07-01&to=2024-07-31');
    assert.equal(r.status, 200);
    assert.ok(r.body.edges.some((x: { a: string; b: string }) => x.a === 'KAZ' && x.b === 'MNG'));
    assert.ok(!r.body.edges.some((x: { a: string; b: string }) => x.a === 'IND' || x.b === 'IND'), 'India met nobody in July 2024');
    await badRequest('/api/network?from=2025-01-01&to=2024-01-01', /"from"/);
    await badRequest('/api/network?limit=5000', /"limit"/);
  });
});

describe('actors, articles, stats, search', () => {
  it('lists people by name a page at a time and finds them by part of a name', async () => {
    const r = await get('/api/actors?limit=3');
    assert.equal(r.body.items.length, 3);
    assert.ok(r.body.next_cursor);
    const names: string[] = [];
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const p = await get(`/api/actors?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
      names.push(...p.body.items.map((a: { name: string }) => a.name));
      ids.push(...p.body.items.map((a: { id: string }) => a.id));
      cursor = p.body.next_cursor;
    } while (cursor);
    assert.deepEqual(names, [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    assert.equal(new Set(ids).size, ids.length, 'no one twice across pages');
    const tok = await get('/api/actors?q=tokayev');
    assert.deepEqual(tok.body.items.map((a: { name: string }) => a.name), ['Kassym-Jomart Tokayev']);
    await badRequest('/api/actors?country=Kazakhstan', /"country"/);
  });

  it('shows one person with roles and engagements, 404 otherwise', async () => {
    const id = (await get('/api/actors?q=khurelsukh')).body.items[0].id;
    const r = await get(`/api/actors/${id}`);
    assert.equal(r.status, 200);
    assert.ok(r.body.roles.some((x: { role: string }) => x.role === 'President'));
    assert.ok(r.body.engagements.length >= 2);
    assert.equal((await get('/api/actors/nobody')).status, 404);
  });

  it('gives an article text with the spans of what it says', async () => {
    const [july] = await all('/api/engagements?pair=KAZ,MNG&to=2024-07-31&outcome=target');
    const e = (await get(`/api/engagements/${july.id}`)).body;
    const r = await get(`/api/articles/${e.sources[0].article_id}`);
    assert.equal(r.status, 200);
    assert.equal(r.body.text, e.sources[0].text);
    assert.ok(r.body.claims[0].highlights.some((h: { kind: string }) => h.kind === 'evidence'));
    assert.equal((await get('/api/articles/a_nothing')).status, 404);
  });

  it('counts what the store holds', async () => {
    const r = await get('/api/stats');
    assert.equal(r.body.counts.articles, 31);
    assert.ok(r.body.counts.engagements > 15);
    assert.ok(r.body.top_pairs.some((p: { a: string; b: string }) => p.a === 'KAZ' && p.b === 'MNG'));
    assert.equal(r.body.latest[0].date, '2025-12-20');
  });

  it('searches people, countries and evidence from one box', async () => {
    const r = await get('/api/search?q=mongol');
    assert.deepEqual(r.body.countries.map((c: { iso3: string }) => c.iso3), ['MNG']);
    assert.ok(r.body.engagements.length > 0);
    const none = await get('/api/search?q=Atlantis');
    assert.deepEqual([none.body.countries.length, none.body.actors.length, none.body.engagements.length], [0, 0, 0]);
    await badRequest('/api/search', /"q" is required/);
  });
});

describe('POST /api/articles', () => {
  const article = { text: 'Kazakhstan and Kyrgyzstan discuss water\nOn 12 March 2025, President Kassym-Jomart Tokayev held a meeting with the President of Kyrgyzstan, Sadyr Japarov, in Astana. The sides discussed water management and trade.', published: '2025-03-12' };
  const post = (payload: unknown, headers: Record<string, string> = {}, server = app) =>
    server.inject({ method: 'POST', url: '/api/articles', payload: payload as object, headers: { 'content-type': 'application/json', ...headers } });

  it('is switched off (403) when the server has no token', async () => {
    const off = await buildServer({ store, token: null });
    const r = await post(article, { authorization: `Bearer ${TOKEN}` }, off);
    assert.equal(r.statusCode, 403);
    assert.match(r.json().error.message, /no API token configured/);
    await off.close();
  });

  it('needs the right bearer token (401 otherwise)', async () => {
    const none = await post(article);
    assert.equal(none.statusCode, 401);
    assert.match(none.headers['www-authenticate'] as string, /Bearer/);
    assert.equal((await post(article, { authorization: 'Bearer wrong-token-0123456789' })).statusCode, 401);
    assert.equal((await post(article, { authorization: `Basic ${TOKEN}` })).statusCode, 401);
    assert.equal((await post(article, { authorization: `Bearer ${TOKEN}x` })).statusCode, 401);
  });

  it('ingests text, then recognises the same text as a duplicate', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const r = await post(article, auth);
    assert.equal(r.statusCode, 201, r.body);
    const body = r.json();
    assert.equal(body.status, 'stored');
    assert.ok(body.engagements >= 1);
    const stored = await get(`/api/articles/${body.article_id}`);
    assert.equal(stored.status, 200);
    assert.ok((await all('/api/engagements?pair=KAZ,KGZ&kind=meeting')).some((e) => e.date === '2025-03-12'));
    const again = await post(article, auth);
    assert.equal(again.statusCode, 200);
    assert.deepEqual([again.json().status, again.json().article_id], ['duplicate', body.article_id]);
  });

  it('fetches a URL when no text is given', async () => {
    const page = '<html><head><title>Talks</title></head><body><article><h1>Uzbekistan and Turkey talk trade</h1><p>On 3 February 2025, President Shavkat Mirziyoyev held talks with President Recep Tayyip Erdogan of Turkey in Ankara on trade and investment.</p></article></body></html>';
    const fetching = await buildServer({ store, token: TOKEN, fetchPage: async () => ({ bytes: Buffer.from(page), contentType: 'text/html' }) });
    const r = await post({ url: 'https://example.org/news/uzb-tur', published: '2025-02-04' }, { authorization: `Bearer ${TOKEN}` }, fetching);
    assert.equal(r.statusCode, 201, r.body);
    const a = await get(`/api/articles/${r.json().article_id}`);
    assert.equal(a.body.url, 'https://example.org/news/uzb-tur');
    await fetching.close();
  });

  it('rejects bad bodies with the field named', async () => {
    const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const cases: [unknown, RegExp][] = [
      [{}, /"text".*give the article text, or a url/],
      [{ text: 42 }, /"text"/],
      [{ text: 'x', published: '12/03/2025' }, /"published"/],
      [{ url: 'ftp://example.org/a' }, /"url".*http/],
      [{ text: 'x', colour: 'red' }, /unknown body field "colour"/],
    ];
    for (const [payload, msg] of cases) {
      const r = await post(payload, auth);
      assert.equal(r.statusCode, 400, JSON.stringify(payload));
      assert.match(r.json().error.message, msg);
    }
    const notJson = await app.inject({ method: 'POST', url: '/api/articles', payload: '{"text": ', headers: auth });
    assert.equal(notJson.statusCode, 400);
    const form = await app.inject({ method: 'POST', url: '/api/articles', payload: 'text=hi', headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.statusCode, 415);
    const huge = await post({ text: 'a'.repeat(3 * 1024 * 1024) }, auth);
    assert.equal(huge.statusCode, 413);
    assert.equal(huge.json().error.code, 'body-too-large');
  });
});

describe('the server as a whole', () => {
  it('publishes an OpenAPI 3 document covering every endpoint, and a docs page without inline script', async () => {
    const doc = (await get('/api/openapi.json')).body;
    assert.match(doc.openapi, /^3\./);
    for (const r of ROUTES) assert.ok(doc.paths[r.path]?.[r.method], `${r.method} ${r.path} documented`);
    const params = doc.paths['/api/engagements'].get.parameters.map((p: { name: string }) => p.name);
    assert.ok(['country', 'pair', 'person', 'kind', 'topic', 'outcome', 'from', 'to', 'q', 'sort', 'cursor', 'limit'].every((p) => params.includes(p)));
    assert.ok(doc.paths['/api/articles'].post.security);
    const page = await app.inject({ url: '/api/docs' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    const scripts = page.body.match(/<script[^>]*>/g) ?? [];
    assert.ok(scripts.length > 0 && scripts.every((s) => / src="\/api\/docs\/docs\.js"/.test(s)));
    assert.equal((await app.inject({ url: '/api/docs/docs.js' })).statusCode, 200);
  });

  it('sends a CSP that forbids inline scripts on every answer', async () => {
    const r = await get('/api/stats');
    assert.equal(r.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  });

  it('answers unknown endpoints with JSON 404', async () => {
    const r = await get('/api/nothing-here');
    assert.equal(r.status, 404);
    assert.match(r.body.error.message, /no such endpoint/);
  });

  it('never sends a stack trace, even when a query fails', async () => {
    const broken = { ...store, db: null } as unknown as Store;
    const b = await buildServer({ store: broken, token: TOKEN });
    const r = await b.inject({ url: '/api/engagements/x' });
    assert.equal(r.statusCode, 500);
    assert.doesNotMatch(r.body, /\bat \S+ \(|TypeError|\.ts:\d+/);
    assert.equal(r.json().error.code, 'internal');
    await b.close();
  });

  it('limits the request rate per client', async () => {
    const limited = await buildServer({ store, token: TOKEN, rateLimit: { max: 3, timeWindowMs: 60_000 } });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.inject({ url: '/api/stats' })).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
    const r = await limited.inject({ url: '/api/stats' });
    assert.equal(r.json().error.code, 'rate-limited');
    assert.ok(r.headers['retry-after']);
    await limited.close();
  });
});

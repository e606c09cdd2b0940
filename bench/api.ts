// npm run bench:api — seeds a store with BENCH_ENGAGEMENTS (default 1,000,000) engagements through the
// store layer in bulk, serves it on 127.0.0.1, and drives the list, pair and engagement endpoints
// at a fixed 200 req/s each with autocannon. Target: p99 < 50 ms and no errors.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Insertable } from 'kysely';
import { openStore, type Store } from '../src/serve/queries/store.ts';
import { countryNames } from '../src/serve/queries/countries.ts';
import { buildServer } from '../src/serve/server.ts';
import type { Database } from '../src/store/schema.ts';

interface CannonResult { requests: { total: number }; latency: { p50: number; p99: number }; errors: number; timeouts: number; non2xx: number }
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
// autocannon ships no type declarations; this is the slice of its API the benchmark uses.
const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;

const N = Number(process.env.BENCH_ENGAGEMENTS ?? 1_000_000);
const RATE = 200;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const OUT = new URL('./out/', import.meta.url).pathname;
const BATCH = 1000;
const KINDS = ['meeting', 'phone_call', 'video_call', 'visit'];
const TOPICS = ['trade', 'energy', 'investment', 'transport_logistics', 'security_defense', 'culture_humanitarian'];

/** A fixed-seed generator, so every run seeds the same store. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}

function day(i: number): string {
  return new Date(Date.UTC(2000, 0, 1) + (i % 9500) * 86_400_000).toISOString().slice(0, 10);
}

async function seed(store: Store): Promise<{ ids: string[]; pairs: [string, string][] }> {
  const countries = [...countryNames().keys()];
  const rand = rng(42);
  const ids: string[] = [];
  const pairs = new Set<string>();
  const started = Date.now();
  const now = new Date().toISOString();
  const json = store.json;
  for (let start = 0; start < N; start += BATCH) {
    const eng: Insertable<Database['engagements']>[] = [];
    const ec: Insertable<Database['engagement_countries']>[] = [];
    const arts: Insertable<Database['articles']>[] = [];
    const claims: Insertable<Database['claims']>[] = [];
    for (let i = start; i < Math.min(N, start + BATCH); i++) {
      const id = `e${String(i).padStart(8, '0')}`;
      const a = countries[Math.floor(rand() * countries.length)];
      let b = countries[Math.floor(rand() * countries.length)];
      if (b === a) b = countries[(countries.indexOf(a) + 1) % countries.length];
      const [x, y] = a < b ? [a, b] : [b, a];
      pairs.add(`${x},${y}`);
      const date = rand() < 0.9 ? day(Math.floor(rand() * 1e6)) : null;
      const participants = [{ name: `Leader ${x}`, role: 'President', country: x, org: null }, { name: `Leader ${y}`, role: 'President', country: y, org: null }];
      const outcomes = rand() < 0.3 ? [{ kind: 'target', by: x, to: y, summary: 'raise trade', quantity: { value: 1e8, unit: 'USD' } }] : [];
      const kind = KINDS[Math.floor(rand() * KINDS.length)];
      const topics = [TOPICS[Math.floor(rand() * TOPICS.length)]];
      const evidence = `The President of ${x} met the President of ${y} (${i}).`;
      eng.push({
        id, kind, date, place: null, country: x, occasion: null, participants: json.write(participants), topics: json.write(topics),
        outcomes: json.write(outcomes), evidence, readings: json.write({ kind: [], date: [], place: [], country: [], occasion: [] }),
        fingerprint: `${x},${y}`, confidence: 0.8, num_sources: 1 + Math.floor(rand() * 3), num_copies: 0, num_articles: 1,
        first_reported: date ?? day(i), last_reported: date ?? day(i), updated_at: now,
      });
      ec.push({ engagement_id: id, iso3: x }, { engagement_id: id, iso3: y });
      const articleId = `a${String(i).padStart(8, '0')}`;
      arts.push({ id: articleId, url: null, canonical_url: null, content_hash: articleId, near_duplicate_of: null, near_duplicate_score: null, title: `Report ${i}`, published: date, source: 'bench', language: 'en', text: evidence, ingested_at: now, extractor_version: 'bench' });
      const record = {
        kind, date, location: { place: null, country: x }, occasion: null, participants, topics, outcomes, evidence,
        spans: { evidence: [{ start: 0, end: evidence.length, text: evidence }], participants: [[], []], date: null, place: null, occasion: null, topics: [], outcomes: outcomes.map(() => ({ start: 0, end: 3, text: 'The' })) },
        codes: { cameo: [{ code: '040', name: 'Consult', goldstein: 1, quadClass: 1, source: x, target: y }], plover: { event: 'CONSULT', mode: null, context: [], actors: [x], recipients: [y] }, outcomes: [] },
      };
      claims.push({ id: `${articleId}:0`, article_id: articleId, idx: 0, engagement: json.write(record), confidence: 0.8, extractor_version: 'bench', engagement_id: id });
      ids.push(id);
    }
    await store.db.transaction().execute(async (trx) => {
      // SQLite caps bound variables per statement; these chunk sizes stay under it for every table.
      for (let k = 0; k < eng.length; k += 500) await trx.insertInto('engagements').values(eng.slice(k, k + 500)).execute();
      for (let k = 0; k < ec.length; k += 5000) await trx.insertInto('engagement_countries').values(ec.slice(k, k + 5000)).execute();
      for (let k = 0; k < arts.length; k += 500) await trx.insertInto('articles').values(arts.slice(k, k + 500)).execute();
      for (let k = 0; k < claims.length; k += 1000) await trx.insertInto('claims').values(claims.slice(k, k + 1000)).execute();
    });
    if ((start / BATCH) % 100 === 0) process.stderr.write(`\rseeded ${start.toLocaleString('en')} engagements (${Math.round((Date.now() - started) / 1000)} s)`);
  }
  process.stderr.write(`\rseeded ${N.toLocaleString('en')} engagements in ${Math.round((Date.now() - started) / 1000)} s\n`);
  return { ids, pairs: [...pairs].map((p) => p.split(',') as [string, string]) };
}

async function reread(store: Store): Promise<{ ids: string[]; pairs: [string, string][] }> {
  const ids = Array.from({ length: N }, (_, i) => `e${String(i).padStart(8, '0')}`);
  const rows = await store.db.selectFrom('engagements').select('fingerprint').distinct().execute();
  return { ids, pairs: rows.map((r) => r.fingerprint.split(',') as [string, string]) };
}

interface Row { endpoint: string; requests: number; p50: number; p99: number; errors: number; non2xx: number }

async function drive(url: string, endpoint: string, pathFor: () => string, seconds: number): Promise<Row> {
  const r = await autocannon({
    // Few connections: each paces its share of the rate, and fewer of them fire in the same instant.
    url, connections: 4, duration: seconds, overallRate: RATE,
    requests: [{ method: 'GET', setupRequest: (req: { path: string }) => ({ ...req, path: pathFor() }) }],
  });
  return { endpoint, requests: r.requests.total, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/** The server runs in its own process, as in production, so the load generator does not share its event loop. */
async function serveChild(file: string): Promise<void> {
  const store = await openStore(file);
  const app = await buildServer({ store, token: null, rateLimit: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  process.stdout.write(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}\n`);
  process.once('SIGTERM', () => { void app.close().then(() => store.close()).then(() => process.exit(0)); });
}

function startServer(file: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve-child', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    child.once('exit', (code) => reject(new Error(`the server process exited with ${code}`)));
    child.stdout.once('data', (d: Buffer) => resolveStart({ url: d.toString().trim(), stop: () => child.kill('SIGTERM') }));
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'bench-api.db');
  // BENCH_REUSE=1 measures again on the store the last run seeded (same seed, so the same data).
  const reuse = process.env.BENCH_REUSE === '1' && existsSync(file);
  if (!reuse) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  const store = await openStore(file);
  const { ids, pairs } = reuse ? await reread(store) : await seed(store);
  await store.close();
  const { url, stop } = await startServer(file);

  // Cursors a reader would reach by paging: the first 50 pages of the newest-first list.
  const cursors: (string | null)[] = [null];
  for (let i = 0; i < 50; i++) {
    const q = cursors[i] ? `&cursor=${cursors[i]}` : '';
    const body = (await (await fetch(`${url}/api/engagements?limit=20${q}`)).json()) as { next_cursor: string | null };
    cursors.push(body.next_cursor);
  }
  const rand = rng(7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const endpoints: [string, () => string][] = [
    ['GET /api/engagements (pages 1–50)', () => { const c = pick(cursors); return `/api/engagements?limit=20${c ? `&cursor=${c}` : ''}`; }],
    ['GET /api/dyads/:a/:b', () => { const [a, b] = pick(pairs); return `/api/dyads/${a}/${b}`; }],
    ['GET /api/engagements/:id', () => `/api/engagements/${pick(ids)}`],
  ];
  const rows: Row[] = [];
  try {
    // A short unmeasured run first, so JIT compilation and a cold page cache are not what p99 measures.
    for (const [name, path] of endpoints) await drive(url, name, path, 3);
    for (const [name, path] of endpoints) rows.push(await drive(url, name, path, SECONDS));
  } finally {
    stop();
  }

  process.stdout.write(`\n${N.toLocaleString('en')} engagements, ${pairs.length.toLocaleString('en')} pairs; ${RATE} req/s for ${SECONDS} s per endpoint on ${url}\n`);
  process.stdout.write(`${'endpoint'.padEnd(36)}${'requests'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'errors'.padStart(8)}${'non-2xx'.padStart(9)}\n`);
  let ok = true;
  for (const r of rows) {
    process.stdout.write(`${r.endpoint.padEnd(36)}${String(r.requests).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${String(r.errors).padStart(8)}${String(r.non2xx).padStart(9)}\n`);
    if (r.p99 >= 50 || r.errors || r.non2xx) ok = false;
  }
  process.stdout.write(ok ? 'target met: p99 < 50 ms, 0 errors\n' : 'TARGET MISSED: p99 must stay under 50 ms with 0 errors\n');
  process.exitCode = ok ? 0 : 1;
}

const child = process.argv.indexOf('--serve-child');
if (child > 0) await serveChild(process.argv[child + 1]);
else await main();

// Seeds a store with many engagements in bulk through the store layer (not the extractor, which
// would take hours for a million): each with two countries, an article and a claim, the rows the
// API's queries read. Deterministic, so every run measures the same store.
import type { Insertable } from 'kysely';
import { countryNames } from '../src/serve/queries/countries.ts';
import type { Store } from '../src/serve/queries/store.ts';
import type { Database } from '../src/store/schema.ts';

const KINDS = ['meeting', 'phone_call', 'video_call', 'visit'];
const TOPICS = ['trade', 'energy', 'investment', 'transport_logistics', 'security_defense', 'health', 'education_science'];
const BATCH = 1000;

export interface Seeded { ids: string[]; pairs: [string, string][]; countries: string[]; actorIds: string[] }

function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}

const dayOf = (n: number) => new Date(Date.UTC(2000, 0, 1) + (n % 9000) * 86_400_000).toISOString().slice(0, 10);

export async function seedStore(store: Store, n: number, progress: (done: number) => void = () => {}): Promise<Seeded> {
  const countries = [...countryNames().keys()].filter((c) => /^[A-Z]{3}$/.test(c));
  const rand = xorshift(1234);
  const json = store.json;
  const ids: string[] = [];
  const pairs = new Set<string>();
  const now = new Date().toISOString();
  for (let start = 0; start < n; start += BATCH) {
    const eng: Insertable<Database['engagements']>[] = [];
    const ec: Insertable<Database['engagement_countries']>[] = [];
    const arts: Insertable<Database['articles']>[] = [];
    const claims: Insertable<Database['claims']>[] = [];
    for (let i = start; i < Math.min(n, start + BATCH); i++) {
      const a = countries[Math.floor(rand() * countries.length)];
      let b = countries[Math.floor(rand() * countries.length)];
      if (a === b) b = countries[(countries.indexOf(a) + 7) % countries.length];
      const [x, y] = a < b ? [a, b] : [b, a];
      pairs.add(`${x},${y}`);
      const id = `L${String(i).padStart(8, '0')}`;
      const date = rand() < 0.92 ? dayOf(Math.floor(rand() * 1e7)) : null;
      const participants = [{ name: `Minister ${x}`, role: 'Foreign Minister', country: x, org: null }, { name: `Minister ${y}`, role: 'Foreign Minister', country: y, org: null }];
      const topics = [TOPICS[i % TOPICS.length]];
      const evidence = `The Foreign Minister of ${x} met the Foreign Minister of ${y} (load ${i}).`;
      eng.push({ id, kind: KINDS[i % KINDS.length], date, place: null, country: x, occasion: null, participants: json.write(participants), topics: json.write(topics),
        outcomes: json.write([]), evidence, readings: json.write({ kind: [], date: [], place: [], country: [], occasion: [] }), fingerprint: `${x},${y}`,
        confidence: 0.8, num_sources: 1, num_copies: 0, num_articles: 1, first_reported: date ?? dayOf(i), last_reported: date ?? dayOf(i), updated_at: now });
      ec.push({ engagement_id: id, iso3: x }, { engagement_id: id, iso3: y });
      const articleId = `la${String(i).padStart(8, '0')}`;
      arts.push({ id: articleId, url: null, canonical_url: null, content_hash: articleId, near_duplicate_of: null, near_duplicate_score: null, title: `Load ${i}`,
        published: date, source: 'load', language: 'en', text: evidence, ingested_at: now, extractor_version: 'load' });
      const record = { kind: KINDS[i % KINDS.length], date, location: { place: null, country: x }, occasion: null, participants, topics, outcomes: [], evidence,
        spans: { evidence: [{ start: 0, end: evidence.length, text: evidence }], participants: [[], []], date: null, place: null, occasion: null, topics: [], outcomes: [] } };
      claims.push({ id: `${articleId}:0`, article_id: articleId, idx: 0, engagement: json.write(record), confidence: 0.8, extractor_version: 'load', engagement_id: id });
      ids.push(id);
    }
    await store.db.transaction().execute(async (trx) => {
      // Chunks keep each statement under SQLite's limit on bound variables.
      for (let k = 0; k < eng.length; k += 400) await trx.insertInto('engagements').values(eng.slice(k, k + 400)).execute();
      for (let k = 0; k < ec.length; k += 4000) await trx.insertInto('engagement_countries').values(ec.slice(k, k + 4000)).execute();
      for (let k = 0; k < arts.length; k += 400) await trx.insertInto('articles').values(arts.slice(k, k + 400)).execute();
      for (let k = 0; k < claims.length; k += 800) await trx.insertInto('claims').values(claims.slice(k, k + 800)).execute();
    });
    progress(Math.min(n, start + BATCH));
  }
  return { ids, pairs: [...pairs].map((p) => p.split(',') as [string, string]), countries, actorIds: [] };
}

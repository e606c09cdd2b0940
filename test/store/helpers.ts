// Shared by the store tests: a fresh store per test on each configured database, and hand-built records.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import type { EngagementRecord, Participant } from '../../src/model/engagement.ts';
import type { ExtractionResult } from '../../src/model/result.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { pgDatabase } from '../queue/pg.ts';

export interface Target {
  name: 'sqlite' | 'postgres';
  open(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

export function targets(): Target[] {
  const out: Target[] = [
    {
      name: 'sqlite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
        const store = await openStore(join(dir, 'readout.db'));
        return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
      },
    },
  ];
  if (process.env.READOUT_TEST_PG) {
    out.push({
      name: 'postgres',
      async open() {
        // A database per test, not a schema: Kysely's migrator finds its bookkeeping tables in any
        // schema, so a store migrating beside another test's schema could use (or miss) the wrong ones.
        const d = await pgDatabase();
        const store = await openStore(d.url);
        return { store, cleanup: async () => { await store.close(); await d.cleanup(); } };
      },
    });
  }
  return out;
}

export function person(name: string | null, country: string | null, role: string | null = null, org: string | null = null): Participant {
  return { name, role, country, org };
}

export function record(over: Partial<EngagementRecord> & { participants: Participant[] }): EngagementRecord {
  return {
    id: 'e1',
    kind: 'meeting',
    date: null,
    location: { place: null, country: null },
    occasion: null,
    topics: [],
    outcomes: [],
    evidence: 'They met.',
    confidence: 0.8,
    spans: { evidence: [], participants: over.participants.map(() => []), date: null, place: null, occasion: null, topics: [], outcomes: [] },
    codes: { cameo: [], plover: { event: 'CONSULT', mode: null, context: [], actors: [], recipients: [] }, outcomes: [] },
    ...over,
  };
}

export function result(article: Article, engagements: EngagementRecord[], version = '1'): ExtractionResult {
  return {
    article: { title: article.title, published: article.published, url: article.url, textLength: article.text.length, language: article.language, source: article.source ?? null },
    engagements,
    actors: [],
    extractor: { name: 'readout', version },
  };
}

/** An extractor that answers from a table keyed by article title: tests decide what each article "says". */
export function tableExtractor(table: Record<string, EngagementRecord[]>, version = '1'): (a: Article) => ExtractionResult {
  return (a) => result(a, table[a.title ?? ''] ?? [], version);
}

export function article(over: Partial<Article> & { text: string }): Article {
  return { title: null, published: '2024-05-10', url: null, language: 'en', source: 'test', ...over };
}

/** Deterministic filler prose, different per seed, long enough for shingles to tell texts apart. */
export function prose(seed: number, words = 120): string {
  const vocab = ['delegation', 'minister', 'cooperation', 'agreed', 'trade', 'railway', 'energy', 'summit', 'visit', 'talks',
    'bilateral', 'investment', 'signed', 'memorandum', 'parties', 'discussed', 'regional', 'security', 'partnership', 'strategic',
    'economic', 'council', 'session', 'president', 'capital', 'friendly', 'relations', 'expand', 'projects', 'joint'];
  let x = (seed * 2654435761) >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out.push(vocab[x % vocab.length]);
  }
  return out.join(' ') + '.';
}

// A small store for the export tests: three engagements ingested through the store's own API from
// hand-made extraction results, so the counts below are known exactly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../src/model/article.ts';
import type { EngagementRecord, Participant } from '../../../src/model/engagement.ts';
import type { ExtractionResult } from '../../../src/model/result.ts';
import { openStore, type Store } from '../../../src/store/index.ts';
import { ingestArticles } from '../../../src/fuse/index.ts';

const who = (name: string, country: string, role = 'Foreign Minister'): Participant => ({ name, role, country, org: null });

function rec(over: Partial<EngagementRecord> & { participants: Participant[] }): EngagementRecord {
  const evidence = over.evidence ?? 'They met.';
  return {
    id: 'e', kind: 'meeting', date: null, location: { place: null, country: null }, occasion: null, topics: [], outcomes: [],
    evidence, confidence: 0.8,
    spans: { evidence: [{ start: 0, end: evidence.length, text: evidence }], participants: over.participants.map(() => []), date: null, place: null, occasion: null, topics: [], outcomes: (over.outcomes ?? []).map(() => ({ start: 0, end: 4, text: evidence.slice(0, 4) })) },
    codes: { cameo: [], plover: { event: 'CONSULT', mode: null, context: [], actors: [], recipients: [] }, outcomes: [] },
    ...over,
  };
}

// Distinct wording per article so near-duplicate detection keeps them apart.
function prose(seed: number): string {
  const words = ['delegation', 'railway', 'grain', 'summit', 'harbour', 'pipeline', 'museum', 'satellite', 'vaccine', 'river', 'forest', 'copper', 'visa', 'school', 'orchestra', 'bridge'];
  let x = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < 150; i++) { x = (x * 1103515245 + 12345) % 2147483648; out.push(words[x % words.length]); }
  return out.join(' ') + '.';
}

const article = (title: string, seed: number, url: string, published: string): Article =>
  ({ title, text: prose(seed), url, published, language: 'en', source: 'test' });

export const MNG_KAZ = rec({
  participants: [who('Batmunkh Battsetseg', 'MNG'), who('Murat Nurtleu', 'KAZ')],
  date: '2024-05-09', location: { place: 'Astana', country: 'KAZ' }, topics: ['trade'],
  outcomes: [{ kind: 'signing', by: null, to: null, summary: 'signed a transit agreement', quantity: null }],
  evidence: 'The Mongolian foreign minister met her Kazakh counterpart in Astana and signed a transit agreement.',
});
export const CHN_RUS = rec({
  kind: 'phone_call', participants: [who('Wang Yi', 'CHN'), who('Sergei Lavrov', 'RUS')], date: '2024-05-01',
  evidence: 'Wang Yi spoke by telephone with Sergei Lavrov.',
});
export const GENEVA = rec({
  participants: [who('A', 'USA'), who('B', 'FRA'), who('C', 'DEU')], date: '2024-04-20',
  location: { place: 'Geneva', country: 'CHE' }, evidence: 'The three ministers met in Geneva.',
});

/** Articles in, and what each one "says": MNG–KAZ is reported twice, the others once. */
export const ARTICLES: { article: Article; engagements: EngagementRecord[] }[] = [
  { article: article('a1', 1, 'https://www.news.example.mn/a/1', '2024-05-10'), engagements: [MNG_KAZ] },
  { article: article('a2', 2, 'https://kz.example.org/b/2', '2024-05-11'), engagements: [MNG_KAZ] },
  { article: article('a3', 3, 'https://example.cn/c/3', '2024-05-02'), engagements: [CHN_RUS] },
  { article: article('a4', 4, 'https://example.ch/d/4', '2024-04-21'), engagements: [GENEVA] },
];

export async function fixtureStore(): Promise<{ store: Store; path: string; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-export-'));
  const path = join(dir, 'readout.db');
  const store = await openStore(path);
  const byTitle = new Map(ARTICLES.map((a) => [a.article.title, a.engagements]));
  const extract = (a: Article): ExtractionResult => ({
    article: { title: a.title, published: a.published, url: a.url, textLength: a.text.length, language: a.language, source: a.source ?? null },
    engagements: byTitle.get(a.title) ?? [],
    actors: [],
    extractor: { name: 'readout', version: 'test' },
  });
  const summary = await ingestArticles(store, ARTICLES.map((a) => a.article), extract);
  if (summary.failed) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  return { store, path, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

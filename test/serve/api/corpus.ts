// Builds a store the way a user would: the bundled example corpus through the real extractor and fusion.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../../src/model/article.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import { readArticles } from '../../../src/ingest/index.ts';
import { ingestArticles, openStore, type Store } from '../../../src/serve/queries/store.ts';

export const CORPUS_DIR = new URL('../../../examples/corpus/', import.meta.url).pathname;

// The plain-text example carries no date; examples/README.md gives the one to supply at ingest.
const PUBLISHED: Record<string, string> = { '022-uzb-rus-phone-call-birthday.txt': '2025-07-24' };

export async function corpusArticles(): Promise<Article[]> {
  const out: Article[] = [];
  for (const f of readdirSync(CORPUS_DIR).filter((n) => /\.(json|html|txt)$/.test(n)).sort()) {
    out.push(...(await readArticles(join(CORPUS_DIR, f), { published: PUBLISHED[f] ?? null })));
  }
  return out;
}

export async function corpusStore(): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-serve-'));
  const store = await openStore(join(dir, 'readout.db'));
  const summary = await ingestArticles(store, await corpusArticles(), (a) => extractArticle(a));
  if (summary.failed) throw new Error(`corpus ingest failed: ${JSON.stringify(summary.failures)}`);
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}

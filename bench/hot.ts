// npm run bench:hot [N]: one meeting reported N times (default 3,000), as a summit is by the wire
// services, outlets and their syndication partners. Each report links to the same engagement,
// which is fused again from all its claims, so the cost of a report grows with the reports before
// it; this prints that cost per slice of the run, to show how it grows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../src/extract/index.ts';
import { readArticles } from '../src/ingest/read.ts';
import { ingestArticles } from '../src/fuse/ingest.ts';
import { openStore } from '../src/store/db.ts';
import type { Article } from '../src/model/article.ts';

const N = Number(process.argv[2] ?? 3_000);
if (!Number.isInteger(N) || N < 1) {
  console.error(`bench:hot: the number of reports must be a positive whole number, not "${process.argv[2]}"`);
  process.exit(2);
}
const SLICE = Math.max(1, Math.floor(N / 6));
const OUTLETS = ['Steppe Wire', 'Kazinform', 'Montsame', 'Tengri', 'Akorda', 'Xinhua', 'TASS', 'AKIpress', 'Trend', 'Daryo'];

// The official readout and a wire story of the same SCO sidelines meeting (July 2024): the reports
// alternate between them, each with its outlet's closing line, so most are copies of one of the two.
const corpus = new URL('../examples/corpus/', import.meta.url).pathname;
const stories: Article[] = [];
for (const f of ['001-kaz-mng-sco-sidelines-readout.json', '002-kaz-mng-sco-sidelines-wire.json']) stories.push(...(await readArticles(join(corpus, f), {})));

function* reports(): Generator<Article> {
  for (let i = 0; i < N; i++) {
    const s = stories[i % stories.length];
    const outlet = OUTLETS[i % OUTLETS.length];
    yield { ...s, text: `${s.text}\n${outlet} carried this report as item ${i}, filed ${(i * 7919) % 100_003}.`, url: `https://hot.example/${i}`, title: `${s.title} (${outlet} ${i})`, source: outlet };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'readout-hot-'));
try {
  const store = await openStore(join(dir, 'hot.db'));
  const started = process.hrtime.bigint();
  let last = started;
  const slices: string[] = [];
  const summary = await ingestArticles(store, reports(), async (a) => extractArticle(a), {
    onProgress: (p) => {
      if (p.read % SLICE !== 0) return;
      const now = process.hrtime.bigint();
      slices.push(`${p.read - SLICE + 1}-${p.read}: ${(Number(now - last) / 1e6 / SLICE).toFixed(1)} ms`);
      last = now;
    },
  });
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  const top = await store.db.selectFrom('engagements').select(['num_articles', 'num_sources', 'num_copies']).orderBy('num_articles', 'desc').limit(1).executeTakeFirst();
  await store.close();
  console.log(`reports           ${summary.read} read, ${summary.new} new, ${summary.nearDuplicates} near-duplicates, ${summary.failed} failed`);
  console.log(`engagements       ${summary.newEngagements} fused; the largest from ${top?.num_articles ?? 0} articles (${top?.num_sources ?? 0} independent sources, ${top?.num_copies ?? 0} copies)`);
  console.log(`time              ${secs.toFixed(1)} s, ${(secs * 1000 / Math.max(summary.read, 1)).toFixed(1)} ms per report (extraction included, one thread)`);
  console.log(`per report        ${slices.join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

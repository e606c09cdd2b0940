// npm run bench:ingest [N]: ingests N (default 100,000) articles generated from the example corpus,
// with names, dates and places varied, into a fresh SQLite file; prints throughput, store size per
// article, and resident memory sampled over the run (it should stay flat).
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/model/article.ts';
import { readArticles } from '../src/ingest/read.ts';
import { walkDirectory } from '../src/ingest/sources/walk.ts';
import { extractArticle } from '../src/extract/index.ts';
import { ingestArticles } from '../src/fuse/ingest.ts';
import { openStore } from '../src/store/db.ts';

const N = Number(process.argv[2] ?? 100_000);
const MB = 1024 * 1024;

// Pools the generator draws from, so stored people, places and dates spread the way a real feed's do.
const PLACES = ['Astana', 'Ulaanbaatar', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Almaty', 'Samarkand', 'Beijing', 'Moscow', 'Ankara', 'Baku', 'Tbilisi', 'Yerevan', 'New Delhi', 'Tokyo', 'Seoul', 'Brussels'];
const GIVEN = ['Aibek', 'Nurlan', 'Batbayar', 'Dilshod', 'Erlan', 'Gulnara', 'Saule', 'Timur', 'Oyuun', 'Bakyt', 'Rustam', 'Zarina', 'Marat', 'Aigerim', 'Daniyar', 'Nodira'];
const FAMILY = ['Seitkali', 'Tsogt', 'Karimov', 'Abenov', 'Dorj', 'Usmonov', 'Bekov', 'Sarsen', 'Ganbold', 'Rahimov', 'Omarov', 'Tulegen', 'Enkhbat', 'Nazarov', 'Zhunus', 'Yusupov'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 2 ** 32;
  };
}
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

async function templates(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const p of walkDirectory(new URL('../examples/corpus/', import.meta.url).pathname)) out.push(...(await readArticles(p, {})));
  return out;
}

function* generate(base: Article[], n: number): Generator<Article> {
  for (let i = 0; i < n; i++) {
    const r = rng(i + 1);
    const t = base[i % base.length];
    const year = 2015 + Math.floor(r() * 11);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const place = pick(r, PLACES);
    const envoy = `${pick(r, GIVEN)} ${pick(r, FAMILY)}`;
    let text = t.text
      .replace(/\b20(2[3-6])\b/g, String(year))
      .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), () => MONTHS[(month + Math.floor(r() * 2)) % 12])
      .replace(/\b(Astana|Ulaanbaatar|Tashkent|Bishkek|Samarkand|Tianjin|Tokyo|New Delhi)\b/g, place);
    // A differently worded closing paragraph per article: outlets add their own colour, so generated
    // articles are related but not copies of each other.
    text += `\n${envoy}, the ambassador, told reporters in ${place} that ${day} ${MONTHS[month]} would be remembered as a working day of note; bulletin ${i.toString(36)}, desk ${pick(r, FAMILY).toLowerCase()} ${Math.floor(r() * 1e9).toString(36)}.`;
    yield {
      text,
      title: `${t.title ?? 'Report'} (${i})`,
      published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      url: `https://bench.example/${i % 7}/${i}`,
      language: 'en',
      source: `bench-${i % 7}`,
    };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
const path = join(dir, 'bench.db');
try {
  const base = await templates();
  const store = await openStore(path);
  let peak = 0;
  const samples: string[] = [];
  const started = process.hrtime.bigint();
  const every = Math.max(1, Math.floor(N / 10));
  let engagements = 0;
  const summary = await ingestArticles(store, generate(base, N), (a) => extractArticle(a), {
    onProgress: (p) => {
      engagements = p.engagements;
      if (p.read % 100 === 0) peak = Math.max(peak, process.memoryUsage().rss);
      if (p.read % every === 0) {
        const s = Number(process.hrtime.bigint() - started) / 1e9;
        samples.push(`${p.read}: ${(process.memoryUsage().rss / MB).toFixed(0)} MB @ ${s.toFixed(0)} s`);
      }
    },
  });
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  await store.close();
  const size = ['', '-wal', '-shm'].map((x) => (existsSync(path + x) ? statSync(path + x).size : 0)).reduce((a, b) => a + b, 0);
  console.log(`articles          ${summary.read} read, ${summary.new} new, ${summary.nearDuplicates} near-duplicates, ${summary.failed} failed`);
  console.log(`time              ${secs.toFixed(1)} s (target < 180 s for 100,000)`);
  console.log(`throughput        ${(summary.read / secs).toFixed(0)} articles/s, ${(engagements / secs).toFixed(0)} engagements/s (${engagements} engagements, ${summary.newEngagements} fused)`);
  console.log(`store             ${(size / MB).toFixed(1)} MB, ${(size / Math.max(summary.new, 1) / 1024).toFixed(1)} KB per article`);
  console.log(`peak RSS          ${(peak / MB).toFixed(0)} MB; RSS over the run: ${samples.join(', ')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

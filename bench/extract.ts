// npm run bench: extraction throughput on one core over ≥ 20 MB of generated news text, beside a
// single regex pass over the same text, with peak memory sampled as the corpus streams through.
import { extractArticle } from '../src/extract/index.ts';
import { benchCorpus } from './corpus.ts';

const MB = 1024 * 1024;
const target = Number(process.argv[2] ?? 20) * MB;

// Warm up: load lexicons, gazetteer and dictionaries once before timing.
for (const a of benchCorpus(200 * 1024, 7)) extractArticle({ text: a.text, published: a.published, title: null, url: null, language: null });

let bytes = 0, articles = 0, engagements = 0, extractNs = 0n, regexNs = 0n, regexHits = 0;
let peak = 0;
const samples: string[] = [];
const marks = [0.25, 0.5, 0.75, 1];
const probe = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b/g;
for (const a of benchCorpus(target)) {
  const len = Buffer.byteLength(a.text);
  let t0 = process.hrtime.bigint();
  const r = extractArticle({ text: a.text, published: a.published, title: null, url: null, language: null });
  extractNs += process.hrtime.bigint() - t0;
  t0 = process.hrtime.bigint();
  probe.lastIndex = 0;
  while (probe.exec(a.text)) regexHits++;
  regexNs += process.hrtime.bigint() - t0;
  bytes += len; articles++; engagements += r.engagements.length;
  const rss = process.memoryUsage().rss;
  if (rss > peak) peak = rss;
  while (marks.length && bytes >= marks[0] * target) samples.push(`${Math.round(marks.shift()! * 100)}%: ${(rss / MB).toFixed(0)} MB`);
}
const secs = Number(extractNs) / 1e9;
const rsecs = Number(regexNs) / 1e9;
console.log(`corpus            ${(bytes / MB).toFixed(1)} MB, ${articles} articles, ${engagements} engagements`);
console.log(`extraction        ${(bytes / MB / secs).toFixed(2)} MB/s, ${(articles / secs).toFixed(0)} articles/s (${secs.toFixed(1)} s on one core)`);
console.log(`single regex pass ${(bytes / MB / rsecs).toFixed(1)} MB/s (${regexHits} matches)`);
console.log(`ratio             extraction is ${(rsecs / secs * 100).toFixed(1)}% of a regex pass (${(secs / rsecs).toFixed(1)}x slower)`);
console.log(`peak RSS          ${(peak / MB).toFixed(0)} MB; RSS as the corpus streamed: ${samples.join(', ')}`);

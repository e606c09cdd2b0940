// Throughput of the nlp stage on the dev articles repeated to ~2 MB:
//   node --import tsx test/nlp/throughput.bench.ts
import { readFileSync, readdirSync } from 'node:fs';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { findQuantities } from '../../src/nlp/quantities.ts';
import { findDates } from '../../src/nlp/dates.ts';

const dir = new URL('../../../shared/eval/dev/', import.meta.url);
const articles = readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string; published: string | null });
const one = articles.map((a) => a.text).join('\n\n');
const corpus = one.repeat(Math.ceil(2_000_000 / one.length));
const mb = Buffer.byteLength(corpus, 'utf8') / 1e6;

// CPU time of this process, not wall time, so that other work on a shared machine does not
// count against us; the best of several runs, after two warm-up runs for the JIT.
function measure(name: string, fn: () => void): void {
  fn();
  fn();
  let secs = Infinity;
  for (let i = 0; i < 7; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    secs = Math.min(secs, (c.user + c.system) / 1e6);
  }
  console.log(`${name.padEnd(16)} ${(mb / secs).toFixed(1).padStart(7)} MB/s  (${mb.toFixed(2)} MB in ${(secs * 1000).toFixed(0)} ms)`);
}

measure('splitSentences', () => { splitSentences(corpus); });
measure('findQuantities', () => { findQuantities(corpus); });
// Dates are found sentence by sentence, as the extractor calls them (splitting is timed above).
const sentences = articles.flatMap((a) => splitSentences(a.text).map((s) => ({ text: s.text, published: a.published })));
const perSentence = Array.from({ length: Math.ceil(corpus.length / one.length) }, () => sentences).flat();
measure('findDates', () => { for (const s of perSentence) findDates(s.text, s.published); });

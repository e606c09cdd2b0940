// Throughput of the gazetteer scanner on the dev articles repeated to ~2 MB:
//   node --import tsx test/extract/gazetteer/throughput.bench.ts
import { readFileSync, readdirSync } from 'node:fs';
import { scanPlaces } from '../../../src/extract/gazetteer/index.ts';

const dir = new URL('../../../../shared/eval/dev/', import.meta.url);
const one = readdirSync(dir).filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { text: string }).text).join('\n\n');
const corpus = one.repeat(Math.ceil(2_000_000 / one.length));
const mb = Buffer.byteLength(corpus, 'utf8') / 1e6;

const t0 = performance.now();
scanPlaces('');
console.log(`load the gazetteer: ${(performance.now() - t0).toFixed(0)} ms`);

// CPU time of this process, not wall time, so that other work on a shared machine does not count
// against us; the best of several runs, after two warm-up runs for the JIT.
scanPlaces(corpus);
scanPlaces(corpus);
let secs = Infinity;
let mentions = 0;
for (let i = 0; i < 7; i++) {
  const c0 = process.cpuUsage();
  mentions = scanPlaces(corpus).length;
  const c = process.cpuUsage(c0);
  secs = Math.min(secs, (c.user + c.system) / 1e6);
}
console.log(`scanPlaces ${(mb / secs).toFixed(1).padStart(7)} MB/s  (${mb.toFixed(2)} MB in ${(secs * 1000).toFixed(0)} ms, ${mentions} mentions)`);

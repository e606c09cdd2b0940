// npm run soak — five minutes of mixed API traffic at a fixed rate with the server's resident memory
// sampled every 10 s; prints the samples and whether memory grew.
//   SOAK_SECONDS (default 300)  LOAD_ENGAGEMENTS (default 1,000,000)  LOAD_RATE (default 100)
import { readFileSync } from 'node:fs';
import { families, xorshift } from './endpoints.ts';
import { preparedStore } from './prepare.ts';
import { drive } from './run.ts';
import { startServer } from './server.ts';

const SAMPLE_MS = 10_000;
/** Growth from the second minute's mean to the last minute's mean above which the soak says memory grew. */
const GROWTH_LIMIT = 0.1;

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const n = Number(process.env.LOAD_ENGAGEMENTS ?? 1_000_000);
const rate = Number(process.env.LOAD_RATE ?? 100);
const { file, seeded } = await preparedStore(n);
const server = await startServer(file);
const fams = families(seeded, xorshift(7));
const rand = xorshift(11);
const samples: number[] = [];
const sampler = setInterval(() => samples.push(rssMb(server.pid)), SAMPLE_MS);
let result;
try {
  result = await drive(server.url, () => fams[Math.floor(rand() * fams.length)][1](), rate, seconds);
} finally {
  clearInterval(sampler);
  server.stop();
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
// The first minute holds warm-up (JIT, caches filling), so the baseline is the minute after it.
const perMinute = Math.round(60_000 / SAMPLE_MS);
const base = mean(samples.slice(perMinute, 2 * perMinute));
const end = mean(samples.slice(-perMinute));
const growth = base ? (end - base) / base : 0;
process.stdout.write(`soak: ${seconds} s at ${rate} req/s over ${n.toLocaleString('en')} engagements: ${result.requests.total} requests, p99 ${result.latency.p99} ms, ${result.errors + result.timeouts} errors, ${result.non2xx} non-2xx\n`);
process.stdout.write(`server RSS every 10 s (MB): ${samples.join(' ')}\n`);
process.stdout.write(`second-minute mean ${base.toFixed(0)} MB, last-minute mean ${end.toFixed(0)} MB: ${growth > GROWTH_LIMIT ? `MEMORY GREW by ${(growth * 100).toFixed(1)}%` : `no growth (${(growth * 100).toFixed(1)}%)`}\n`);
process.exitCode = growth > GROWTH_LIMIT || result.errors + result.timeouts + result.non2xx ? 1 : 0;

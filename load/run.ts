// npm run load — autocannon on 127.0.0.1 against the API over a large seeded store, at a fixed rate
// per endpoint family; prints p50/p99 latency and error counts for each. Target: p99 < 50 ms, 0 errors.
//   LOAD_ENGAGEMENTS (default 1,000,000)  LOAD_RATE req/s (default 200)  LOAD_SECONDS per family (default 10)
import { createRequire } from 'node:module';
import { families, xorshift } from './endpoints.ts';
import { preparedStore } from './prepare.ts';
import { startServer } from './server.ts';

interface CannonResult { requests: { total: number }; latency: { p50: number; p99: number; max: number }; errors: number; timeouts: number; non2xx: number }
// autocannon ships no type declarations; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (o: Record<string, unknown>) => Promise<CannonResult>;

export async function drive(url: string, path: () => string, rate: number, seconds: number): Promise<CannonResult> {
  return autocannon({ url, connections: 4, duration: seconds, overallRate: rate, requests: [{ method: 'GET', setupRequest: (r: { path: string }) => ({ ...r, path: path() }) }] });
}

async function main(): Promise<void> {
  const n = Number(process.env.LOAD_ENGAGEMENTS ?? 1_000_000);
  const rate = Number(process.env.LOAD_RATE ?? 200);
  const seconds = Number(process.env.LOAD_SECONDS ?? 10);
  const { file, seeded } = await preparedStore(n);
  const server = await startServer(file);
  const rows: { name: string; r: CannonResult }[] = [];
  try {
    const fams = families(seeded, xorshift(99));
    // A short unmeasured pass warms the JIT and the page cache, which p99 should not measure.
    for (const [, path] of fams) await drive(server.url, path, rate, 2);
    for (const [name, path] of fams) rows.push({ name, r: await drive(server.url, path, rate, seconds) });
  } finally {
    server.stop();
  }
  process.stdout.write(`\n${n.toLocaleString('en')} engagements; ${rate} req/s for ${seconds} s per family on ${server.url}\n`);
  process.stdout.write(`${'endpoint family'.padEnd(38)}${'requests'.padStart(9)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'max ms'.padStart(8)}${'errors'.padStart(8)}${'non-2xx'.padStart(9)}\n`);
  let bad = 0;
  for (const { name, r } of rows) {
    const errors = r.errors + r.timeouts;
    bad += errors + r.non2xx;
    process.stdout.write(`${name.padEnd(38)}${String(r.requests.total).padStart(9)}${String(r.latency.p50).padStart(8)}${String(r.latency.p99).padStart(8)}${String(r.latency.max).padStart(8)}${String(errors).padStart(8)}${String(r.non2xx).padStart(9)}\n`);
  }
  process.stdout.write(bad ? `${bad} failed requests\n` : 'no errors, no non-2xx answers\n');
  const slow = rows.filter(({ r }) => r.latency.p99 >= 50).map(({ name }) => name);
  process.stdout.write(slow.length ? `p99 at or over 50 ms: ${slow.join('; ')}\n` : 'p99 under 50 ms for every family\n');
  process.exitCode = bad || slow.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) await main();

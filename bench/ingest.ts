// npm run bench:ingest [N] [WORKERS]: ingests N (default 100,000) articles generated from the example
// corpus, with names, dates and places varied, into a fresh SQLite file; extraction runs on WORKERS
// threads (default: one per core beyond the first) while the main thread stores, and extracts queued
// articles itself while it waits for the next one it must store. Prints throughput,
// store size per article, and resident memory sampled over the run (it should stay flat).
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { ExtractPool } from '../src/fuse/extract-pool.ts';
import { ingestArticles } from '../src/fuse/ingest.ts';
import { openStore } from '../src/store/db.ts';
import { generate, templates } from './ingest-corpus.ts';

const N = Number(process.argv[2] ?? 100_000);
const workers = process.argv[3] === undefined ? undefined : Number(process.argv[3]);
const MB = 1024 * 1024;

/** CPU time of this process's main thread alone (Linux: its /proc task entry), or -1 where unknown. */
function mainThreadCpuMs(): number {
  try {
    // Fields 14 and 15 (utime, stime) follow the parenthesised name, which may itself hold spaces.
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return -1;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'readout-bench-'));
const path = join(dir, 'bench.db');
// The workers also read each article's band buckets from the store file (see WorkerExtras.buckets).
const pool = new ExtractPool({ size: workers, bucketStore: path });
try {
  const base = await templates();
  const store = await openStore(path);
  let peak = 0;
  const samples: string[] = [];
  const started = process.hrtime.bigint();
  const every = Math.max(1, Math.floor(N / 10));
  let engagements = 0;
  const load = loadavg()[0];
  const elu = performance.eventLoopUtilization();
  const cpuAtStart = mainThreadCpuMs();
  const cpuAllAtStart = process.cpuUsage();
  const summary = await ingestArticles(store, generate(base, N), (a) => pool.extract(a), {
    readAhead: pool.readAhead,
    assist: () => pool.assist(),
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
  const mainBusy = performance.eventLoopUtilization(elu).utilization;
  const workersBusy = pool.utilization();
  // The workers' read connections first: the last connection to close folds the WAL into the
  // database file and removes it, so the size below is the store's own, not a WAL still held open.
  await pool.close();
  await store.close();
  const size = ['', '-wal', '-shm'].map((x) => (existsSync(path + x) ? statSync(path + x).size : 0)).reduce((a, b) => a + b, 0);
  console.log(`articles          ${summary.read} read, ${summary.new} new, ${summary.nearDuplicates} near-duplicates, ${summary.failed} failed`);
  console.log(`time              ${secs.toFixed(1)} s (target < 180 s for 100,000), ${pool.size} extraction worker(s)`);
  console.log(`throughput        ${(summary.read / secs).toFixed(0)} articles/s, ${(engagements / secs).toFixed(0)} engagements/s (${engagements} engagements, ${summary.newEngagements} fused)`);
  console.log(`store             ${(size / MB).toFixed(1)} MB, ${(size / Math.max(summary.new, 1) / 1024).toFixed(1)} KB per article`);
  console.log(`peak RSS          ${(peak / MB).toFixed(0)} MB; RSS over the run: ${samples.join(', ')}`);
  // Whichever side is near 100% busy is what limits the run: storing (main) or extracting (workers).
  console.log(`busy              main thread ${(mainBusy * 100).toFixed(0)}%, extraction worker(s) ${workersBusy.map((u) => `${(u * 100).toFixed(0)}%`).join(', ')}`);
  // The store path's cost per article: CPU time, which what else the machine runs does not inflate.
  const cpu = mainThreadCpuMs() - cpuAtStart;
  const all = process.cpuUsage(cpuAllAtStart);
  const perArticle = (ms: number) => (ms / Math.max(summary.read, 1)).toFixed(2);
  if (cpu >= 0) console.log(`CPU per article   ${perArticle(cpu)} ms on the main thread, ${perArticle((all.user + all.system) / 1000)} ms in all threads`);
  console.log(`machine load      ${load.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end (1-minute load average)`);
  if (summary.failures.length) console.log(`first failure     ${summary.failures[0].reason}`);
} finally {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
}

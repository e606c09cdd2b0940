// npm run bench:scale [N] [--rounds R] [--db postgres://...]: the distributed ingest on this machine.
// Enqueues N (default 2,000) articles generated from the example corpus, drains the queue with 1 and
// with 2 worker processes, R rounds (default 3) in alternating order, each run on a fresh database;
// measures how long a job waits for an idle worker and how much PostgreSQL stores per article; then
// projects the rate for N machines from the measured CPU cost per article. Needs PostgreSQL: --db,
// else $READOUT_TEST_PG, else $DATABASE_URL.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { extractArticle } from '../src/extract/index.ts';
import { enqueueArticles } from '../src/queue/enqueue.ts';
import { articleJobKey } from '../src/queue/job-key.ts';
import { runWorker } from '../src/queue/run-worker.ts';
import type { JobReport } from '../src/queue/task.ts';
import { generated, templates } from './ingest-corpus.ts';

const SELF = fileURLToPath(import.meta.url);
/**
 * Warm-up before the timed run. V8 goes on compiling for the first few thousand articles of a
 * worker's life (measured: with 200 articles of extraction alone as warm-up, the worker's background
 * threads spent 3.8 s compiling during the 2,000 timed articles, a quarter of its main thread's CPU,
 * and were still at it in the last 500). A one-worker run gets that compiling done on the idle core
 * for free while two workers pay for it out of their shared two, so the ratio measured the start of
 * a worker's life rather than the steady state a long-running worker spends it in. Each worker
 * therefore first drains a queue of its own in a scratch database, the whole path (extraction,
 * fusion, storing) over WARM_UP articles, and reports how busy its background threads still were
 * over the last of them.
 */
const WARM_UP = 2_000;
/** The warm-up's tail over which the background threads' share is reported. */
const WARM_TAIL = 400;

/** The calling thread's own CPU in ms (Linux), or null where /proc/thread-self is not there. */
function mainThreadCpuMs(): number | null {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
    return (f[11] + f[12]) * 10;
  } catch {
    return null;
  }
}

interface ChildReport {
  jobs: { start: number; end: number; waited: number; status: string; tries: number }[];
  cpuMs: number;
}

/** Drains the queue at `db` with this process's worker until it is empty. */
function drain(db: string, queueSchema: string, onJob: (r: JobReport) => void): Promise<unknown> {
  return runWorker({ db, queueSchema, extract: (a) => extractArticle(a), untilEmpty: true, pollIntervalMs: 100, onJob });
}

/** Child mode: one worker that drains the queue and reports each job's times and its own CPU use. */
async function child(url: string, queueSchema: string, warmUrl: string): Promise<void> {
  // Warm up before the timed run and wait for the parent's word, so that every worker starts
  // draining at once with its code compiled: otherwise the first worker up runs alone for a while,
  // and each pays its cold start inside the measured span, which counts against the shorter
  // two-worker run.
  let done = 0;
  const tail: { all: NodeJS.CpuUsage | null; main: number | null } = { all: null, main: null };
  await drain(warmUrl, queueSchema, () => {
    if (++done === WARM_UP - WARM_TAIL) { tail.all = process.cpuUsage(); tail.main = mainThreadCpuMs(); }
  });
  const main1 = mainThreadCpuMs();
  let share = 'n/a';
  if (tail.all && tail.main !== null && main1 !== null) {
    const all = process.cpuUsage(tail.all);
    share = (((all.user + all.system) / 1000 - (main1 - tail.main)) / Math.max(1, main1 - tail.main)).toFixed(2);
  }
  process.stdout.write(`ready ${done} ${share}\n`);
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const jobs: ChildReport['jobs'] = [];
  // CPU from the first job on: start-up (compiling, migrating) is paid once per process, not per article.
  let cpu0: NodeJS.CpuUsage | null = null;
  await drain(url, queueSchema, (r) => (cpu0 ??= process.cpuUsage()) && jobs.push({ start: Date.now() - r.ms, end: Date.now(), waited: r.waitedMs, status: r.outcome.status, tries: 'tries' in r.outcome ? r.outcome.tries : 1 }));
  const cpu = process.cpuUsage(cpu0 ?? undefined);
  process.stdout.write(`${JSON.stringify({ jobs, cpuMs: (cpu.user + cpu.system) / 1000 } satisfies ChildReport)}\n`);
}

interface Child {
  /** Settles when the worker has warmed up and waits for `go`: how many articles, and its background threads' CPU over the warm-up's tail as a share of its main thread's ('n/a' off Linux). */
  ready: Promise<{ articles: number; background: string }>;
  go(): void;
  report: Promise<ChildReport>;
}

function runChild(url: string, queueSchema: string, warmUrl: string): Child {
  const p = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', url, queueSchema, warmUrl], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let markReady!: (warmed: { articles: number; background: string }) => void;
  const ready = new Promise<{ articles: number; background: string }>((resolve) => (markReady = resolve));
  const report = new Promise<ChildReport>((resolve, reject) => {
    p.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const r = /^ready (\d+) (\S+)\n/.exec(out);
      if (r) markReady({ articles: Number(r[1]), background: r[2] });
    });
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`bench worker exited with ${code}`))));
  });
  // A worker that dies while warming up must not leave the parent waiting for it.
  report.catch(() => markReady({ articles: 0, background: 'n/a' }));
  return { ready, go: () => p.stdin!.end('go\n'), report };
}

/** CPU seconds the local PostgreSQL server has used (postmaster, its live children, and the ones it reaped). */
async function serverCpu(admin: pg.Client): Promise<number | null> {
  try {
    const { rows } = await admin.query('select pg_backend_pid() as pid');
    const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${rows[0].pid}/status`, 'utf8'))![1]);
    const tick = 100;
    const fields = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ').map(Number);
    const main = fields(ppid);
    let ticks = main[11] + main[12] + main[13] + main[14];
    const children = readFileSync(`/proc/${ppid}/task/${ppid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    for (const c of children) {
      try {
        const f = fields(c);
        ticks += f[11] + f[12];
      } catch {
        // A backend that exited meanwhile is counted in the postmaster's reaped-children time.
      }
    }
    return ticks / tick;
  } catch {
    return null;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((s.length - 1) * p))] ?? NaN;
};

/** A database per run: Kysely's migrator would take another schema's bookkeeping tables for its own. */
async function freshDatabase(admin: pg.Client, base: string, tag: string): Promise<{ url: string; name: string; queue: string }> {
  const name = `bench_scale_${process.pid}_${tag}`;
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return { url: u.toString(), name, queue: 'readout_jobs' };
}

async function storedBytes(url: string): Promise<{ bytes: number; tables: number }> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query(`select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes, count(*)::int as tables
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`);
    return { bytes: Number(r.rows[0].bytes), tables: r.rows[0].tables };
  } finally {
    await c.end();
  }
}

function parseScaleArgs(args: string[]): { N: number; rounds: number; db: string | undefined } {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' }, rounds: { type: 'string' } } });
  const whole = (v: string | undefined, fallback: number, what: string) => {
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${what} must be a whole number of at least 1, got "${v}"`);
    return Number(v);
  };
  if (positionals.length > 1) throw new Error(`one article count at most, got ${positionals.join(' ')}`);
  return { N: whole(positionals[0], 2_000, 'the article count'), rounds: whole(values.rounds, 3, '--rounds'), db: values.db };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2], args[3]);
  let parsed: ReturnType<typeof parseScaleArgs>;
  try {
    parsed = parseScaleArgs(args);
  } catch (err) {
    process.stderr.write(`bench:scale: ${(err as Error).message}\nusage: npm run bench:scale [N] [--rounds R] [--db postgres://...]\n`);
    process.exitCode = 2;
    return;
  }
  const { N, rounds } = parsed;
  const base = parsed.db ?? process.env.READOUT_TEST_PG ?? process.env.DATABASE_URL;
  if (!base || !/^postgres(ql)?:\/\//.test(base)) {
    process.stderr.write('bench:scale needs PostgreSQL: pass --db postgres://... or set READOUT_TEST_PG (scripts/ci/start-postgres.sh starts one)\n');
    process.exitCode = 2;
    return;
  }
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const cores = availableParallelism();
  const corpus = await templates();
  const articles = Array.from({ length: N }, (_, i) => generated(corpus, i));
  const load0 = loadavg()[0];
  process.stdout.write(`bench:scale: ${N} articles, ${rounds} round${rounds > 1 ? 's' : ''} of 1 and 2 workers, ${cores} cores, load average ${load0.toFixed(1)} at start\n`);

  interface Run { round: number; workers: number; rate: number; workerCpuPerArticle: number; pgCpuPerArticle: number | null; bytesPerArticle: number; tables: number }
  const runs: Run[] = [];
  const databases: string[] = [];
  const measure = async (round: number, workers: number): Promise<Run> => {
    const s = await freshDatabase(admin, base, `r${round}w${workers}`);
    databases.push(s.name);
    await enqueueArticles(articles, { db: s.url, queueSchema: s.queue });
    // A scratch database per worker for its warm-up, with articles of other seeds than the timed ones.
    const warm: string[] = [];
    for (let k = 0; k < workers; k++) {
      const w = await freshDatabase(admin, base, `r${round}w${workers}warm${k}`);
      databases.push(w.name);
      warm.push(w.url);
      await enqueueArticles(Array.from({ length: WARM_UP }, (_, i) => generated(corpus, 1_000_000 + k * WARM_UP + i)), { db: w.url, queueSchema: w.queue });
    }
    const children = warm.map((w) => runChild(s.url, s.queue, w));
    const warmed = await Promise.all(children.map((c) => c.ready));
    for (const name of databases.filter((d) => d.includes('warm'))) {
      await admin.query(`drop database if exists ${name} with (force)`);
      databases.splice(databases.indexOf(name), 1);
    }
    // The server's CPU from here on: the warm-ups' storing is not the timed run's.
    const cpu0 = await serverCpu(admin);
    for (const c of children) c.go();
    const reports = await Promise.all(children.map((c) => c.report));
    const cpu1 = await serverCpu(admin);
    const jobs = reports.flatMap((r) => r.jobs);
    const stored = jobs.filter((j) => j.status === 'stored').length;
    // Every article is stored once in a run; a run that stopped short fails the bench rather than give a rate.
    const short = stored < articles.length
      ? ` (SHORT: ${articles.length - stored} of ${articles.length} not stored; ${jobs.filter((j) => j.status === 'duplicate').length} jobs found their article stored, ${jobs.filter((j) => j.status === 'rejected').length} rejected)`
      : '';
    const retried = jobs.filter((j) => j.tries > 1).length;
    // From the first job started to the last one finished: worker start-up is not throughput.
    const seconds = (Math.max(...jobs.map((j) => j.end)) - Math.min(...jobs.map((j) => j.start))) / 1000;
    const size = await storedBytes(s.url);
    await admin.query(`drop database if exists ${s.name} with (force)`);
    // Dropped here to keep the disk small over the rounds; the list is for a run that fails midway.
    databases.splice(databases.indexOf(s.name), 1);
    const run: Run = {
      round,
      workers,
      rate: stored / seconds,
      workerCpuPerArticle: reports.reduce((a, r) => a + r.cpuMs, 0) / 1000 / stored,
      pgCpuPerArticle: cpu0 !== null && cpu1 !== null ? (cpu1 - cpu0) / stored : null,
      bytesPerArticle: size.bytes / stored,
      tables: size.tables,
    };
    process.stdout.write(`  round ${round}, ${workers} worker${workers > 1 ? 's' : ' '}: ${stored} stored${short} in ${seconds.toFixed(1)} s = ${run.rate.toFixed(1)} articles/s; worker CPU ${(run.workerCpuPerArticle * 1000).toFixed(1)} ms/article, PostgreSQL CPU ${run.pgCpuPerArticle === null ? 'n/a (server not local)' : `${(run.pgCpuPerArticle * 1000).toFixed(1)} ms/article`}; ${retried} stored on a second try (conflict with the other worker); warmed up on ${warmed.map((w) => w.articles).join(' and ')} articles (background threads at ${warmed.map((w) => w.background).join(' and ')} of the main thread's CPU over the last ${WARM_TAIL})\n`);
    if (short) throw new Error(`round ${round} with ${workers} worker${workers > 1 ? 's' : ''} stopped before the queue was drained${short}; its rate would be wrong`);
    return run;
  };
  try {
    // The host's speed drifts by a quarter within minutes, so one run of each, always in the same
    // order, compares two different machines. Each round runs both back to back, the order
    // alternating (1 then 2, 2 then 1, ...), and the ratio is taken within a round, where the two
    // runs are minutes apart at most; the median of the rounds is the figure.
    for (let round = 1; round <= rounds; round++) {
      for (const workers of round % 2 ? [1, 2] : [2, 1]) runs.push(await measure(round, workers));
    }

    // Queue latency: one idle worker, articles enqueued one at a time.
    const s = await freshDatabase(admin, base, 'lat');
    databases.push(s.name);
    await enqueueArticles([], { db: s.url, queueSchema: s.queue });
    const lat: { pickup: number[]; done: number[] } = { pickup: [], done: [] };
    const done = new Map<string, number>();
    const controller = new AbortController();
    const worker = runWorker({
      db: s.url, queueSchema: s.queue, extract: (a) => extractArticle(a), signal: controller.signal, pollIntervalMs: 1_000,
      onJob: (r) => { if (r.key) done.set(r.key, r.waitedMs); },
    });
    await new Promise((r) => setTimeout(r, 1_500));
    for (let i = 0; i < 40; i++) {
      const a = generated(corpus, N + i);
      const t = Date.now();
      await enqueueArticles([a], { db: s.url, queueSchema: s.queue });
      const key = articleJobKey(a);
      while (!done.has(key)) await new Promise((r) => setTimeout(r, 2));
      lat.pickup.push(done.get(key)!);
      lat.done.push(Date.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    controller.abort();
    await worker;

    const of = (workers: number) => runs.filter((r) => r.workers === workers);
    const ratios = Array.from({ length: rounds }, (_, i) => {
      const inRound = runs.filter((r) => r.round === i + 1);
      return inRound.find((r) => r.workers === 2)!.rate / inRound.find((r) => r.workers === 1)!.rate;
    });
    const speedup = median(ratios);
    const one = { rate: median(of(1).map((r) => r.rate)), workerCpuPerArticle: median(of(1).map((r) => r.workerCpuPerArticle)) };
    const pgOne = of(1).map((r) => r.pgCpuPerArticle).filter((x): x is number => x !== null);
    const pgCpuPerArticle = pgOne.length ? median(pgOne) : null;
    const perCore = 1 / one.workerCpuPerArticle;
    const pgCap = pgCpuPerArticle ? 1 / pgCpuPerArticle : null;
    const efficiency = Math.min(1, speedup / 2);
    const load1 = loadavg()[0];
    const out = [
      '',
      `throughput (median of ${rounds} round${rounds > 1 ? 's' : ''}): 1 worker ${one.rate.toFixed(1)} articles/s, 2 workers ${median(of(2).map((r) => r.rate)).toFixed(1)} articles/s`,
      `speedup, 2 workers over 1 within each round: ${ratios.map((r) => `${r.toFixed(2)}x`).join(', ')}; median ${speedup.toFixed(2)}x (target 1.7x: ${speedup >= 1.7 ? 'met' : 'NOT met'}), lowest ${Math.min(...ratios).toFixed(2)}x`,
      `queue latency, idle worker: enqueue to start p50 ${pct(lat.pickup, 0.5)} ms, p95 ${pct(lat.pickup, 0.95)} ms; enqueue to stored p50 ${pct(lat.done, 0.5)} ms, p95 ${pct(lat.done, 0.95)} ms`,
      `PostgreSQL storage: ${(median(runs.map((r) => r.bytesPerArticle)) / 1024).toFixed(1)} KiB per article (${runs[0].tables} tables and partitions, indexes and TOAST included)`,
      `per-core rate: ${perCore.toFixed(1)} articles per worker CPU-second; PostgreSQL spends ${pgCap ? `${(pgCpuPerArticle! * 1000).toFixed(1)} ms CPU per article (${pgCap.toFixed(0)} articles/s per database core)` : 'n/a'}`,
      `projection (machines like this one, ${cores} cores each, one worker per core, ${(efficiency * 100).toFixed(0)}% parallel efficiency as measured here):`,
    ];
    for (const m of [1, 2, 4, 8, 16, 32]) {
      const workers = m * cores * perCore * efficiency;
      out.push(`  ${String(m).padStart(2)} machine${m > 1 ? 's' : ' '}: ${workers.toFixed(0).padStart(6)} articles/s = ${((workers * 86_400) / 1e6).toFixed(1).padStart(6)} M/day${pgCap ? `  (database needs ~${Math.ceil(workers / pgCap)} cores)` : ''}`);
    }
    out.push(`load average ${load0.toFixed(1)} at start, ${load1.toFixed(1)} at end: wall-clock rates shrink when other work shares the cores; the CPU-per-article figures do not.`);
    process.stdout.write(`${out.join('\n')}\n`);
  } catch (err) {
    process.stderr.write(`bench:scale: ${(err as Error).message}\n`);
    process.exitCode = 1;
  } finally {
    for (const name of databases) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

await main();

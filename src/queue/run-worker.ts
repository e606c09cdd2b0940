import { EventEmitter } from 'node:events';
import { sql, type Kysely } from 'kysely';
import { Logger, makeWorkerUtils, run, type Runner, type WorkerEvents, type WorkerPool } from 'graphile-worker';
import type { Extractor } from '../fuse/ingest.ts';
import { openStore } from '../store/db.ts';
import { ARTICLE_TASK, queueDatabase, queueSchema } from './config.ts';
import { Heartbeat, type HeartbeatOptions } from './heartbeat.ts';
import { queuePool } from './pool.ts';
import { ensureMonthPartitions } from './partitions.ts';
import { articleTask, type JobReport } from './task.ts';

export interface WorkerOptions {
  /** postgres:// URL of the store, which also holds the queue. */
  db: string;
  extract: Extractor;
  /** Jobs this process runs at once (default 1): extraction is CPU-bound, so scale with processes. */
  jobs?: number;
  queueSchema?: string;
  /** Stop once no job is waiting, retrying or running (a backfill); otherwise run until `signal`. */
  untilEmpty?: boolean;
  signal?: AbortSignal;
  heartbeat?: HeartbeatOptions;
  /** How often to look for retries that came due (default 1 s; new jobs arrive by NOTIFY at once). */
  pollIntervalMs?: number;
  onJob?: (r: JobReport) => void;
  /** graphile-worker's warnings and errors; silent when absent. */
  log?: (line: string) => void;
}

export interface WorkerSummary {
  stored: number;
  duplicates: number;
  rejected: number;
  /** Jobs that failed and went back to the queue for a later try. */
  failedTries: number;
}

const HOUR_MS = 3_600_000;
// Jobs a worker takes from the queue at once.
const LOCAL_QUEUE = 4;
const COMPLETE_BATCH_MS = 25;

function quietLogger(log: ((line: string) => void) | undefined): Logger {
  return new Logger(() => (level, message) => {
    if (log && (level === 'error' || level === 'warning')) log(`${level}: ${message}`);
  });
}

/** Jobs that can still run: waiting, retrying later, or locked by a worker (live or not yet reaped). */
export async function pendingJobs(db: Kysely<any>, schema: string): Promise<number> {
  const r = await sql<{ n: string }>`select count(*) as n from ${sql.id(schema, 'jobs')} where attempts < max_attempts`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * One worker process: takes article jobs from the queue and extracts, fuses and stores each.
 * Many can run on many machines against one PostgreSQL; a killed one loses nothing (its open
 * transaction rolls back, and a live worker releases its job after the heartbeat goes stale).
 */
export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const db = queueDatabase(opts.db);
  const schema = queueSchema(opts.queueSchema);
  const summary: WorkerSummary = { stored: 0, duplicates: 0, rejected: 0, failedTries: 0 };
  // READ COMMITTED: storing an article takes the locks its decisions need (store-locks.ts). A worker
  // runs the same few dozen statements for every article, so each is prepared once per connection.
  const store = await openStore(db, { namedStatements: true });
  const logger = quietLogger(opts.log);
  let runner: Runner | null = null;
  let heartbeat: Heartbeat | null = null;
  const timers: NodeJS.Timeout[] = [];
  const jobs = opts.jobs ?? 1;
  const pool = queuePool(db, jobs + 2);
  let utils: Awaited<ReturnType<typeof makeWorkerUtils>> | null = null;
  try {
    utils = await makeWorkerUtils({ pgPool: pool, schema, logger });
    await utils.migrate();
    await ensureMonthPartitions(store);
    heartbeat = new Heartbeat(store, utils, opts.heartbeat);
    const events = new EventEmitter() as WorkerEvents;
    const pools: Promise<void>[] = [];
    events.on('pool:create', ({ workerPool }: { workerPool: WorkerPool }) => void pools.push(heartbeat!.add(workerPool.id)));
    events.on('job:failed', () => void summary.failedTries++);
    const onJob = (r: JobReport) => {
      if (r.outcome.status === 'stored') summary.stored++;
      else if (r.outcome.status === 'duplicate') summary.duplicates++;
      else summary.rejected++;
      opts.onJob?.(r);
    };
    runner = await run({
      pgPool: pool,
      schema,
      concurrency: jobs,
      pollInterval: opts.pollIntervalMs ?? 1_000,
      noHandleSignals: true,
      logger,
      events,
      taskList: { [ARTICLE_TASK]: articleTask(store, opts.extract, onJob) },
      // Jobs are taken a few at a time, so a job's start costs no round trip and the queue's
      // job-finding query runs once per LOCAL_QUEUE jobs. A killed worker's taken jobs are released
      // with its running one (heartbeat.ts); a stopping one hands them back.
      // Finished jobs are marked done together, once per COMPLETE_BATCH_MS rather than one statement each;
      // a worker killed meanwhile leaves them to run again, and the store finds those articles stored.
      preset: { worker: { localQueue: { size: Math.max(jobs, LOCAL_QUEUE) }, completeJobBatchDelay: COMPLETE_BATCH_MS } },
    });
    await Promise.all(pools);

    const partitions = setInterval(() => void ensureMonthPartitions(store).catch(() => {}), HOUR_MS);
    partitions.unref();
    timers.push(partitions);

    await new Promise<void>((resolve, reject) => {
      if (opts.signal?.aborted) return resolve();
      opts.signal?.addEventListener('abort', () => resolve(), { once: true });
      runner!.promise.then(resolve, reject);
      if (opts.untilEmpty) {
        // Two empty looks in a row: a job failed a moment ago is back in the count by the second.
        let empty = 0;
        const check = setInterval(() => {
          pendingJobs(store.db, schema).then((n) => {
            empty = n === 0 ? empty + 1 : 0;
            if (empty >= 2) resolve();
          }, reject);
        }, 250);
        timers.push(check);
      }
    });
  } finally {
    for (const t of timers) clearInterval(t);
    // stop() lets the running job finish: its article is stored whole or not at all either way.
    if (runner) await runner.stop().catch(() => {});
    if (heartbeat) await heartbeat.stop().catch(() => {});
    await utils?.release();
    await pool.end();
    await store.close();
  }
  return summary;
}

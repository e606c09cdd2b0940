import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { UserError } from '../../model/errors.ts';
import { loadActorDictionaryFile } from '../../extract/actors/dictionary/index.ts';
import { queueDatabase, queueSchema } from '../../queue/config.ts';
import { runWorker, type WorkerSummary } from '../../queue/run-worker.ts';
import { superviseWorkers } from '../../queue/supervise.ts';
import { storeTarget } from '../../store/target.ts';
import { ingestExtractor } from './ingest.ts';

interface WorkerOpts {
  db?: string;
  concurrency?: string;
  queueSchema?: string;
  actors?: string;
  untilEmpty?: boolean;
  quiet?: boolean;
}

/** Set in the processes a supervising `readout worker` starts, so they run one worker each. */
const CHILD_ENV = 'READOUT_WORKER_CHILD';
const STATUS_EVERY_MS = 10_000;

export function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > 256) {
    throw new UserError('bad-option', `--concurrency '${value}' is not a whole number from 1 to 256`, `Give the number of worker processes, about one per core (this machine has ${availableParallelism()})`);
  }
  return n;
}

function statusLine(s: WorkerSummary, seconds: number): string {
  return `worker ${process.pid}: stored ${s.stored}, duplicates ${s.duplicates}, rejected ${s.rejected}, retried later ${s.failedTries} in ${seconds.toFixed(0)} s`;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('take queued articles (from ingest --queue) and extract, fuse and store them; run as many as the load needs, on any machine that reaches the database')
    .option('--db <url>', 'postgres:// URL of the store that holds the queue (default: $DATABASE_URL)')
    .option('--concurrency <n>', 'worker processes on this machine, one article at a time each (extraction is CPU-bound: about one per core)', '1')
    .option('--queue-schema <name>', 'PostgreSQL schema of the job queue (default: $READOUT_QUEUE_SCHEMA, else graphile_worker)')
    .option('--actors <file>', 'your actor dictionary (JSON or CSV); it overrides what the text says')
    .option('--until-empty', 'stop when no job is waiting, retrying or running (for a backfill) instead of waiting for more')
    .option('--quiet', 'print no status lines')
    .addHelpText('after', '\nStops cleanly on Ctrl-C or SIGTERM: the article in hand is finished, then the worker exits. A worker that is killed loses nothing; its article is retried by another.')
    .action(async (opts: WorkerOpts) => {
      const count = parseConcurrency(opts.concurrency);
      const db = queueDatabase(storeTarget(opts.db));
      const schema = queueSchema(opts.queueSchema);
      const dictionary = opts.actors ? loadActorDictionaryFile(opts.actors) : null;
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      try {
        if (count > 1 && !process.env[CHILD_ENV]) {
          // The children run this same command line, each as a single worker.
          const { restarts } = await superviseWorkers({
            count,
            command: process.execPath,
            args: [...process.execArgv, ...process.argv.slice(1)],
            env: { ...process.env, [CHILD_ENV]: '1' },
            signal: controller.signal,
            log: (line) => process.stderr.write(`readout worker: ${line}\n`),
          });
          if (!opts.quiet && restarts) process.stderr.write(`readout worker: ${restarts} worker processes were restarted\n`);
          return;
        }
        const started = Date.now();
        let summary: WorkerSummary = { stored: 0, duplicates: 0, rejected: 0, failedTries: 0 };
        const timer = opts.quiet ? null : setInterval(() => process.stderr.write(`${statusLine(summary, (Date.now() - started) / 1000)}\n`), STATUS_EVERY_MS);
        timer?.unref();
        try {
          summary = await runWorker({
            db,
            queueSchema: schema,
            extract: ingestExtractor(dictionary),
            untilEmpty: !!opts.untilEmpty,
            signal: controller.signal,
            onJob: (r) => {
              if (r.outcome.status === 'stored') summary.stored++;
              else if (r.outcome.status === 'duplicate') summary.duplicates++;
              else {
                summary.rejected++;
                process.stderr.write(`rejected: ${r.key ?? 'job'}: ${r.outcome.reason}\n`);
              }
            },
            log: (line) => process.stderr.write(`readout worker: ${line}\n`),
          });
        } finally {
          if (timer) clearInterval(timer);
        }
        if (!opts.quiet) process.stderr.write(`${statusLine(summary, (Date.now() - started) / 1000)}\n`);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}

// One worker process of the queue tests: runs until the queue is empty, printing a line per job so
// the parent can kill it mid-run.
import { extractArticle } from '../../src/extract/index.ts';
import { runWorker } from '../../src/queue/run-worker.ts';

const [url, queueSchema] = process.argv.slice(2);
// A worker whose jobs keep failing would wait out the queue's backoff for hours; the test would time out first anyway.
const summary = await runWorker({
  signal: AbortSignal.timeout(200_000),
  db: url,
  queueSchema,
  extract: (a) => extractArticle(a),
  untilEmpty: true,
  heartbeat: { everyMs: 250, staleMs: 1_500 },
  pollIntervalMs: 250,
  onJob: (r) => process.stdout.write(`${r.outcome.status}\n`),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`done ${JSON.stringify(summary)}\n`);

import { CommanderError } from 'commander';
import { UserError } from '../../model/errors.ts';
import { checkSourceArgs, expandSources } from '../../ingest/sources/expand.ts';
import { enqueueArticles, type EnqueueSummary } from '../../queue/enqueue.ts';
import { queueDatabase } from '../../queue/config.ts';
import { storeTarget } from '../../store/target.ts';
import { EXIT_INTERRUPTED, parsePublishedDefault, positiveInt, withDefaultDate } from './ingest-options.ts';

/** The options `readout ingest` parsed, as commander hands them over, plus the queue's own. */
export interface IngestQueueOpts {
  db?: string;
  publishedDefault?: string;
  allowPrivate?: boolean;
  quiet?: boolean;
  json?: boolean;
  actors?: string;
  maxBytes?: string;
  queueSchema?: string;
}





export function enqueueSummaryLine(s: EnqueueSummary, seconds: number): string {
  return `${s.interrupted ? 'interrupted: ' : ''}read ${s.read}, queued ${s.queued}, already stored ${s.stored}, repeated ${s.repeated}, failed ${s.failed} in ${seconds.toFixed(1)} s`;
}

/**
 * `readout ingest --queue`: reads the inputs as ingest does but, instead of extracting here, puts
 * each article on the job queue for `readout worker` processes. Throws CommanderError for the
 * same exit statuses as ingest (1 when every input failed, 130 when stopped by Ctrl-C).
 */
export async function runIngestQueue(inputs: string[], opts: IngestQueueOpts): Promise<void> {
  if (opts.actors) {
    throw new UserError('bad-option', '--actors has no effect with --queue: the workers extract, not this command', 'Pass --actors to `readout worker` instead');
  }
  const date = parsePublishedDefault(opts.publishedDefault);
  const limit = positiveInt(opts.maxBytes, '--max-bytes');
  const db = queueDatabase(storeTarget(opts.db));
  await checkSourceArgs(inputs);

  const controller = new AbortController();
  let interrupts = 0;
  const onSigint = () => {
    // Each batch is sent whole or not at all, and sending again only updates waiting jobs.
    if (++interrupts > 1) process.exit(EXIT_INTERRUPTED);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  const started = Date.now();
  try {
    const items = withDefaultDate(expandSources(inputs, { allowPrivate: !!opts.allowPrivate, maxBytes: limit, signal: controller.signal }), date);
    const summary = await enqueueArticles(items, { db, queueSchema: opts.queueSchema, signal: controller.signal });
    const seconds = (Date.now() - started) / 1000;
    for (const f of summary.failures) process.stderr.write(`failed: ${f.source ?? f.url ?? `input #${f.index + 1}`}: ${f.reason}\n`);
    if (opts.json) process.stdout.write(`${JSON.stringify({ ...summary, seconds: Math.round(seconds * 1000) / 1000 })}\n`);
    else if (!opts.quiet) process.stdout.write(`${enqueueSummaryLine(summary, seconds)}\n`);
    if (summary.interrupted) throw new CommanderError(EXIT_INTERRUPTED, 'readout.interrupted', 'interrupted');
    if (summary.read > 0 && summary.failed === summary.read) throw new CommanderError(1, 'readout.all-failed', 'every input failed');
  } finally {
    process.off('SIGINT', onSigint);
  }
}

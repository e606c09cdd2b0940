import { CommanderError } from 'commander';
import { UserError } from '../../model/errors.ts';
import { parsePublishedOption } from '../../ingest/index.ts';
import { checkSourceArgs, expandSources } from '../../ingest/sources/expand.ts';
import { isSourceFailure, type SourceItem } from '../../ingest/sources/types.ts';
import { enqueueArticles, type EnqueueSummary } from '../../queue/enqueue.ts';
import { queueDatabase } from '../../queue/config.ts';
import { storeTarget } from '../../store/target.ts';

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

const EXIT_INTERRUPTED = 130;

function published(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    return parsePublishedOption(value);
  } catch (err) {
    if (err instanceof UserError) throw new UserError(err.code, err.message.replace('--published ', '--published-default '), err.hint?.replace('--published ', '--published-default ') ?? null);
    throw err;
  }
}

function maxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError('bad-option', `--max-bytes '${value}' is not a positive whole number`, 'e.g. --max-bytes 20000000');
  return n;
}

async function* withDefaultDate(items: AsyncIterable<SourceItem>, date: string | null): AsyncGenerator<SourceItem> {
  for await (const it of items) yield !date || isSourceFailure(it) || it.published ? it : { ...it, published: date };
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
  const date = published(opts.publishedDefault);
  const limit = maxBytes(opts.maxBytes);
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

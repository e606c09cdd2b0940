import { stat } from 'node:fs/promises';
import { Command, CommanderError } from 'commander';
import type { Article } from '../../model/article.ts';
import type { DictionaryEntry } from '../../model/actor.ts';
import { UserError } from '../../model/errors.ts';
import { checkSourceArgs, expandSources } from '../../ingest/sources/expand.ts';
import { walkDirectory } from '../../ingest/sources/walk.ts';
import { extractArticle } from '../../extract/index.ts';
import { loadActorDictionaryFile } from '../../extract/actors/dictionary/index.ts';
import { ingestArticles, type Extractor } from '../../fuse/ingest.ts';
import { ExtractPool } from '../../fuse/extract-pool.ts';
import { runIngestQueue } from './ingest-queue.ts';
import { EXIT_INTERRUPTED, parsePublishedDefault, positiveInt, withDefaultDate } from './ingest-options.ts';
import type { ExtractionResult } from '../../model/result.ts';
import { openStore } from '../../store/db.ts';
import { storeTarget } from '../../store/target.ts';
import { failureLines, summaryJson, summaryLine } from '../format/ingest-summary.ts';
import { progressView } from '../format/progress.ts';

interface IngestOpts {
  db?: string;
  queue?: boolean;
  queueSchema?: string;
  publishedDefault?: string;
  allowPrivate?: boolean;
  quiet?: boolean;
  json?: boolean;
  actors?: string;
  maxBytes?: string;
}

export { EXIT_INTERRUPTED } from './ingest-options.ts';

/** The extractor with Readout's ingest policy: only English articles are read for engagements. */
export function ingestExtractor(dictionary: readonly DictionaryEntry[] | null, pool: ExtractPool | null = null): Extractor {
  const check = (article: Article, result: ExtractionResult) => {
    if (!article.language && result.article.language === 'und') throw new UserError('not-english', 'the text does not look like English', null);
    return result;
  };
  return (article: Article) => {
    const declared = article.language?.toLowerCase() ?? null;
    if (declared && !/^en\b/.test(declared)) throw new UserError('not-english', `not English (declared language "${article.language}")`, null);
    if (pool) return pool.extract(article).then((r) => check(article, r));
    return check(article, extractArticle(article, { dictionary }));
  };
}

/** Enough inputs to be worth a worker thread: extraction then runs beside the store on another core. */
const POOL_THRESHOLD = 20;



/** How many files the local inputs hold: the progress bar's first estimate of the total. */
async function estimateInputs(args: string[]): Promise<number> {
  let n = 0;
  for (const a of args) {
    try {
      if (!/^https?:\/\//i.test(a) && a !== '-' && (await stat(a)).isDirectory()) {
        for await (const _ of walkDirectory(a)) n++;
      } else n++;
    } catch {
      n++;
    }
  }
  return n;
}


export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read articles from files, directories, feeds and URLs into the store, deduplicated and fused')
    .argument('<inputs...>', 'files (.txt .md .html .json .jsonl), directories, RSS/Atom feeds (files or URLs), http(s) URLs, or - for stdin')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--published-default <date>', 'publication date YYYY-MM-DD for articles that give none')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses')
    .option('--quiet', 'print no progress and no summary line (failures still go to stderr)')
    .option('--json', 'print the summary as one JSON object on stdout')
    .option('--actors <file>', 'your actor dictionary (JSON or CSV); it overrides what the text says')
    .option('--max-bytes <n>', 'largest file or response accepted, in bytes')
    .option('--queue', 'PostgreSQL only: put the articles on the job queue for `readout worker` processes instead of extracting here')
    .option('--queue-schema <name>', "with --queue: the job queue's PostgreSQL schema (default: $READOUT_QUEUE_SCHEMA, else graphile_worker)")
    .addHelpText('after', '\nExit status: 0 when the run completes (failed inputs are listed), 1 when every input failed, 130 when stopped by Ctrl-C.')
    .action(async (inputs: string[], opts: IngestOpts) => {
      if (opts.queue) return runIngestQueue(inputs, opts);
      const published = parsePublishedDefault(opts.publishedDefault);
      const maxBytes = positiveInt(opts.maxBytes, '--max-bytes');
      await checkSourceArgs(inputs);
      const dictionary = opts.actors ? loadActorDictionaryFile(opts.actors) : null;
      const target = storeTarget(opts.db);
      const store = await openStore(target);

      const controller = new AbortController();
      let interrupts = 0;
      const onSigint = () => {
        // The first Ctrl-C lets the current batch's transaction finish; a second one stops at once,
        // which is still safe because every batch is stored in its own transaction.
        if (++interrupts > 1) process.exit(EXIT_INTERRUPTED);
        controller.abort();
      };
      process.on('SIGINT', onSigint);
      const bar = progressView(!opts.quiet && !opts.json);
      const started = Date.now();
      let pool: ExtractPool | null = null;
      try {
        const estimate = await estimateInputs(inputs).catch(() => 0);
        bar.setTotal(estimate);
        // On SQLite the workers also read each article's band buckets from the store file.
        if (estimate >= POOL_THRESHOLD) pool = new ExtractPool({ dictionary, bucketStore: store.dialect === 'sqlite' && target !== ':memory:' ? target : null });
        const items = withDefaultDate(expandSources(inputs, { allowPrivate: !!opts.allowPrivate, maxBytes, signal: controller.signal }), published);
        const summary = await ingestArticles(store, items, ingestExtractor(dictionary, pool), {
          signal: controller.signal,
          onProgress: (p) => bar.update(p),
          ...(pool ? { readAhead: pool.readAhead, assist: () => pool!.assist() } : {}),
        });
        bar.stop();
        const seconds = (Date.now() - started) / 1000;
        if (!opts.json || !opts.quiet) for (const line of failureLines(summary)) process.stderr.write(`${line}\n`);
        if (opts.json) process.stdout.write(`${summaryJson(summary, seconds, store.target)}\n`);
        else if (!opts.quiet) process.stdout.write(`${summaryLine(summary, seconds)}\n`);
        if (summary.interrupted) throw new CommanderError(EXIT_INTERRUPTED, 'readout.interrupted', 'interrupted');
        if (summary.read > 0 && summary.failed === summary.read) throw new CommanderError(1, 'readout.all-failed', 'every input failed');
      } finally {
        bar.stop();
        process.off('SIGINT', onSigint);
        await pool?.close();
        await store.close();
      }
    });
}

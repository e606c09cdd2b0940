import { Command, CommanderError } from 'commander';
import { loadActorDictionaryFile } from '../../extract/actors/dictionary/index.ts';
import { reprocessArticles } from '../../fuse/reprocess.ts';
import { openStore } from '../../store/db.ts';
import { storeTarget } from '../../store/target.ts';
import { EXIT_INTERRUPTED, ingestExtractor } from './ingest.ts';

export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description('re-run the current extractor over every stored article (after an upgrade); analysts\' corrections are kept')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--actors <file>', 'your actor dictionary (JSON or CSV)')
    .option('--json', 'print the summary as one JSON object')
    .option('--quiet', 'print nothing but failures')
    .action(async (opts: { db?: string; actors?: string; json?: boolean; quiet?: boolean }) => {
      const dictionary = opts.actors ? loadActorDictionaryFile(opts.actors) : null;
      const store = await openStore(storeTarget(opts.db));
      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.on('SIGINT', onSigint);
      const started = Date.now();
      try {
        const s = await reprocessArticles(store, ingestExtractor(dictionary), { signal: controller.signal });
        const seconds = (Date.now() - started) / 1000;
        for (const f of s.failures) process.stderr.write(`failed: ${f.article_id}: ${f.reason}\n`);
        if (opts.json) process.stdout.write(`${JSON.stringify({ store: store.target, ...s, seconds })}\n`);
        else if (!opts.quiet) {
          process.stdout.write(`${s.interrupted ? 'interrupted: ' : ''}reprocessed ${s.articles} article(s), ${s.claims} claim(s), ${s.newEngagements} new and ${s.removedEngagements} removed engagement(s), ${s.failed} failed in ${seconds.toFixed(1)} s\n`);
        }
        if (s.interrupted) throw new CommanderError(EXIT_INTERRUPTED, 'readout.interrupted', 'interrupted');
      } finally {
        process.off('SIGINT', onSigint);
        await store.close();
      }
    });
}

import type { Command } from 'commander';
import { fileURLToPath } from 'node:url';
import { expandSources } from '../../ingest/sources/expand.ts';
import { ingestArticles } from '../../fuse/ingest.ts';
import { openStore, stats, listEngagements, storeTarget } from '../../store/index.ts';
import { engagementsTable } from '../format/engagements.ts';
import { summaryLine } from '../format/ingest-summary.ts';
import { ingestExtractor } from './ingest.ts';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));

interface StartOpts { db?: string; port: string; host: string; serve: boolean }

/**
 * `npm start`: the main job on the embedded store. The first run ingests the bundled example corpus;
 * every run shows the latest engagements and then serves the API and dashboard.
 */
export function registerStart(program: Command): void {
  program.command('start')
    .description('the main job: ingest the bundled example corpus into an empty store, show it, then serve the API and dashboard')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--port <n>', 'port for the server', process.env.PORT ?? '8080')
    .option('--host <host>', 'address for the server', 'localhost')
    .option('--no-serve', 'ingest and show, but do not start the server')
    .action(async (opts: StartOpts) => {
      const target = storeTarget(opts.db);
      const store = await openStore(target);
      try {
        if ((await stats(store)).articles === 0) {
          process.stdout.write(`readout: the store ${store.target} is empty; ingesting the example corpus from ${EXAMPLES_DIR}\n`);
          const started = Date.now();
          const summary = await ingestArticles(store, expandSources([EXAMPLES_DIR], {}), ingestExtractor(null), {});
          process.stdout.write(`${summaryLine(summary, (Date.now() - started) / 1000)}\n`);
        }
        const s = await stats(store);
        const latest = await listEngagements(store, { limit: 12 });
        process.stdout.write(`${engagementsTable(latest)}\n`);
        process.stdout.write(`${s.articles} articles, ${s.engagements} engagements, ${s.actors} actors, ${s.countries} countries in ${store.target}\n`);
      } finally {
        await store.close();
      }
      if (opts.serve) await program.parseAsync(['serve', '--db', target, '--port', opts.port, '--host', opts.host], { from: 'user' });
    });
}

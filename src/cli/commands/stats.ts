import { Command, Option } from 'commander';
import { openStore } from '../../store/db.ts';
import { stats } from '../../store/queries/stats.ts';
import { storeTarget } from '../../store/target.ts';
import { statsText } from '../format/stats.ts';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('count what the store holds: articles, duplicates, engagements, actors, countries')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { db?: string; format: 'text' | 'json' }) => {
      const store = await openStore(storeTarget(opts.db));
      try {
        const s = await stats(store);
        process.stdout.write(`${opts.format === 'json' ? JSON.stringify(s) : statsText(s, store.target)}\n`);
      } finally {
        await store.close();
      }
    });
}

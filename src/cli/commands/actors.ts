import { Command, Option } from 'commander';
import { openStore } from '../../store/db.ts';
import { listActors } from '../../store/queries/list-actors.ts';
import { storeTarget } from '../../store/target.ts';
import { actorsTable } from '../format/actors.ts';

export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('list the people in the store with their other spellings and dated roles')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--country <ISO3>', 'only people representing this country, e.g. MNG')
    .option('--q <name>', 'only people whose name or an alias contains this')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { db?: string; country?: string; q?: string; format: 'table' | 'json' }) => {
      const store = await openStore(storeTarget(opts.db));
      try {
        const list = await listActors(store, { ...(opts.country !== undefined && { country: opts.country }), ...(opts.q !== undefined && { q: opts.q }) });
        process.stdout.write(`${opts.format === 'json' ? JSON.stringify(list, null, 2) : actorsTable(list)}\n`);
      } finally {
        await store.close();
      }
    });
}

import { Command, Option } from 'commander';
import { UserError } from '../../model/errors.ts';
import { openStore } from '../../store/db.ts';
import { listEngagements, type EngagementFilters } from '../../store/queries/list-engagements.ts';
import { storeTarget } from '../../store/target.ts';
import { engagementsCsv, engagementsJson, engagementsTable } from '../format/engagements.ts';

interface EngagementsOpts {
  db?: string;
  country?: string;
  pair?: string;
  person?: string;
  from?: string;
  to?: string;
  topic?: string;
  kind?: string;
  limit?: string;
  format: 'table' | 'json' | 'csv';
}

/** "--pair KAZ,MNG" as two codes; the codes themselves are checked by the query's filters. */
export function parsePair(value: string): [string, string] {
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts.some((p) => !p)) {
    throw new UserError('bad-filter', `--pair '${value}' is not two country codes separated by a comma`, 'e.g. --pair KAZ,MNG');
  }
  return [parts[0], parts[1]];
}

function parseLimit(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim())) throw new UserError('bad-filter', `--limit '${value}' is not a whole number`, 'e.g. --limit 500');
  return n;
}

export function registerEngagements(program: Command): void {
  program
    .command('engagements')
    .description('list the fused engagements in the store, newest first, with the articles that report each')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--country <ISO3>', 'only engagements involving this country, e.g. MNG')
    .option('--pair <A,B>', 'only engagements involving both countries, e.g. KAZ,MNG')
    .option('--person <name>', 'only engagements of a person (part of a name or alias)')
    .option('--from <date>', 'on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'on or before this date (YYYY-MM-DD)')
    .option('--topic <topic>', 'only engagements discussing this topic, e.g. trade')
    .option('--kind <kind>', 'meeting, phone_call, video_call or visit')
    .option('--limit <n>', 'at most this many (default 100)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
    .action(async (opts: EngagementsOpts) => {
      const filters: EngagementFilters = {
        country: opts.country,
        pair: opts.pair !== undefined ? parsePair(opts.pair) : undefined,
        person: opts.person,
        from: opts.from,
        to: opts.to,
        topic: opts.topic,
        kind: opts.kind,
        limit: parseLimit(opts.limit),
      };
      for (const k of Object.keys(filters) as (keyof EngagementFilters)[]) if (filters[k] === undefined) delete filters[k];
      const store = await openStore(storeTarget(opts.db));
      try {
        const list = await listEngagements(store, filters);
        const out = opts.format === 'json' ? engagementsJson(list) : opts.format === 'csv' ? engagementsCsv(list) : engagementsTable(list);
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      } finally {
        await store.close();
      }
    });
}

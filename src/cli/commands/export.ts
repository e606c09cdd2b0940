import type { Command } from 'commander';
import { Option } from 'commander';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { UserError } from '../../model/errors.ts';
import { openStore, storeTarget, type EngagementFilters } from '../../store/index.ts';
import { checkLayout, exportEngagements, FORMATS, LAYOUTS } from '../../serve/exports/index.ts';

interface ExportOpts {
  layout: string; format?: string; out?: string; mentions?: string; db?: string;
  country?: string; pair?: string; person?: string; from?: string; to?: string; topic?: string; kind?: string;
}

/** Where the command prints when no --out is given, and where it reports; tests pass their own. */
export interface ExportIo { stdout: Writable; stderr: { write(s: string): unknown } }

function fileSink(path: string, what: string): Writable {
  const abs = resolve(path);
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    throw new UserError('bad-output', `${what} "${path}" is a directory`, 'give a file name, e.g. events.tsv');
  }
  if (!existsSync(dirname(abs))) {
    throw new UserError('bad-output', `cannot write ${what} "${path}": the folder ${dirname(abs)} does not exist`, 'create the folder first or choose another path');
  }
  return createWriteStream(abs);
}

async function close(s: Writable, path: string): Promise<void> {
  s.end();
  try {
    await once(s, 'finish');
  } catch (err) {
    throw new UserError('bad-output', `could not write "${path}": ${(err as Error).message}`, 'check the path and the free space');
  }
}

function filtersFrom(o: ExportOpts): Omit<EngagementFilters, 'limit' | 'offset'> {
  const f: Omit<EngagementFilters, 'limit' | 'offset'> = {};
  if (o.country !== undefined) f.country = o.country;
  if (o.pair !== undefined) {
    const parts = o.pair.split(',').map((s) => s.trim()).filter(Boolean);
    if (parts.length !== 2) throw new UserError('bad-filter', `--pair '${o.pair}' needs exactly two country codes`, 'e.g. --pair MNG,KAZ');
    f.pair = [parts[0], parts[1]];
  }
  if (o.person !== undefined) f.person = o.person;
  if (o.from !== undefined) f.from = o.from;
  if (o.to !== undefined) f.to = o.to;
  if (o.topic !== undefined) f.topic = o.topic;
  if (o.kind !== undefined) f.kind = o.kind;
  return f;
}

export function registerExport(program: Command, io: ExportIo = { stdout: process.stdout, stderr: process.stderr }): void {
  program.command('export')
    .description('export stored engagements as GDELT 2.0 event rows, PLOVER records or Readout\'s own records')
    .addOption(new Option('--layout <layout>', 'what the rows are').choices([...LAYOUTS]).default('readout'))
    .addOption(new Option('--format <format>', 'file format (default: tsv for gdelt, as GDELT publishes it; jsonl otherwise)').choices([...FORMATS]))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--mentions <file>', 'gdelt layout: also write GDELT\'s mentions table (one row per event and reporting article) here')
    .option('--db <target>', 'the store: a SQLite file or a postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--country <iso3>', 'only engagements with this country')
    .option('--pair <a,b>', 'only engagements between these two countries')
    .option('--person <name>', 'only engagements with this person (part of a name, or an actor id)')
    .option('--from <date>', 'only engagements on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'only engagements on or before this date (YYYY-MM-DD)')
    .option('--topic <topic>', 'only engagements with this topic')
    .option('--kind <kind>', 'only engagements of this kind (meeting, phone_call, video_call, visit)')
    .action(async (opts: ExportOpts) => {
      const { layout, format } = checkLayout(opts.layout, opts.format ?? (opts.layout === 'gdelt' ? 'tsv' : 'jsonl'), opts.mentions !== undefined);
      const filters = filtersFrom(opts);
      const target = storeTarget(opts.db);
      // Opening a missing SQLite file would create an empty store and export nothing, silently.
      if (!/^postgres(ql)?:\/\//i.test(target) && target !== ':memory:' && !existsSync(target)) {
        throw new UserError('store-missing', `there is no store at "${target}"`, 'ingest articles first, or point --db (or DATABASE_URL) at an existing store');
      }
      const out = opts.out ? fileSink(opts.out, '--out') : io.stdout;
      const mentions = opts.mentions ? fileSink(opts.mentions, '--mentions') : null;
      const store = await openStore(target);
      try {
        const s = await exportEngagements(store, out, { layout, format, filters, mentions });
        if (opts.out) io.stderr.write(`readout: wrote ${s.rows} ${layout} rows from ${s.engagements} engagements to ${opts.out}${mentions ? ` and ${s.mentions} mentions to ${opts.mentions}` : ''}\n`);
      } finally {
        await store.close();
        if (opts.out) await close(out, opts.out);
        if (mentions && opts.mentions) await close(mentions, opts.mentions);
      }
    });
}

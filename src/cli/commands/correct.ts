import { Command, Option } from 'commander';
import Table from 'cli-table3';
import { UserError } from '../../model/errors.ts';
import { changes } from '../../fuse/commitments/corrections/diff.ts';
import { CORRECTION_ENTITIES, type CorrectionTarget } from '../../fuse/commitments/corrections/fields.ts';
import { recordCorrection, revertCorrectionById } from '../../fuse/commitments/corrections/record.ts';
import { openStore } from '../../store/db.ts';
import { listCorrections, type CorrectionRow } from '../../store/queries/correction-rows.ts';
import { storeTarget } from '../../store/target.ts';

const DB_HELP = 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)';
const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One audit-log entry as a person reads it: the paths that changed rather than two whole lists. */
export function correctionView(c: CorrectionRow) {
  return {
    id: c.id, entity: c.entity, entity_id: c.entity_id, field: c.field, before: c.before, after: c.after,
    changes: changes(c.before, c.after, c.field).map((x) => ({ path: x.path, before: x.before, after: x.after })),
    who: c.who, why: c.why, at: c.at,
    reverted_at: c.reverted_at, reverted_by: c.reverted_by, revert_why: c.revert_why,
  };
}

function logTable(rows: CorrectionRow[]): string {
  const t = new Table({
    head: ['id', 'when', 'who', 'what', 'before → after', 'why', 'state'],
    colWidths: [26, 21, 14, 30, 44, 24, 16],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const c of rows) {
    const v = correctionView(c);
    t.push([
      c.id, c.at.slice(0, 19).replace('T', ' '), c.who, `${c.entity} ${cut(c.entity_id, 14)}\n${c.field}`,
      v.changes.map((x) => `${x.path}: ${cut(show(x.before), 40)} → ${cut(show(x.after), 40)}`).join('\n'),
      c.why ?? '', c.reverted_at ? `reverted ${c.reverted_at.slice(0, 10)} by ${c.reverted_by ?? '?'}` : 'in force',
    ]);
  }
  return `${t.toString()}\n${rows.length} correction(s)`;
}

function print(s: string): void {
  process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
}

async function withStore<T>(db: string | undefined, fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(storeTarget(db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function registerTarget(parent: Command, entity: CorrectionTarget, idHelp: string, fields: string): void {
  parent
    .command(`${entity} <id>`)
    .description(`correct a field of ${entity === 'outcome' ? 'an' : 'a'} ${entity} (${idHelp}); fields: ${fields}`)
    .requiredOption('--field <field>', 'the field to correct')
    .requiredOption('--value <value>', 'the right value: text, null, or JSON for lists and objects')
    .requiredOption('--who <name>', 'who makes the correction (kept in the audit log)')
    .option('--why <reason>', 'why (kept in the audit log)')
    .option('--db <store>', DB_HELP)
    .option('--json', 'print the correction as JSON')
    .action(async (id: string, opts: { field: string; value: string; who: string; why?: string; db?: string; json?: boolean }) => {
      const c = await withStore(opts.db, (store) => recordCorrection(store, { entity, id, field: opts.field, value: opts.value, who: opts.who, why: opts.why ?? null }));
      if (opts.json) print(JSON.stringify(correctionView(c), null, 2));
      else print(`correction ${c.id}: ${c.entity} ${c.entity_id} ${changes(c.before, c.after, c.field).map((x) => `${x.path}: ${show(x.before)} → ${show(x.after)}`).join('; ')} (by ${c.who})`);
    });
}

export function registerCorrect(program: Command): void {
  const correct = program
    .command('correct')
    .description('correct the record (engagements, outcomes, people, commitment links), list the audit log, or revert a correction');
  registerTarget(correct, 'engagement', 'an engagement id', 'kind, date, place, country, occasion, evidence, topics, participants, participants[i].name|role|country|org, participants[+], outcomes, outcomes[i], retracted');
  registerTarget(correct, 'outcome', '"<engagement id>:<index from 0>"', 'kind, by, to, summary, quantity, or * for the whole outcome (null removes it)');
  registerTarget(correct, 'actor', 'a person\'s id from readout actors', 'name, country, org, aliases');
  registerTarget(correct, 'link', 'a follow-up link id from readout commitments --format json', 'review (confirmed, rejected or null), relation');
  registerTarget(correct, 'commitment', 'a commitment id', 'status, deadline, summary, quantity');

  correct
    .command('log')
    .description('the audit log of corrections, newest first: who, when, before, after, why')
    .addOption(new Option('--entity <entity>', 'only corrections of this kind of thing').choices(CORRECTION_ENTITIES.filter((e) => e !== 'outcome')))
    .option('--id <id>', 'only corrections of this engagement, person, link or commitment')
    .option('--who <name>', 'only corrections by this person')
    .option('--limit <n>', 'at most this many (default 100)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('--db <store>', DB_HELP)
    .action(async (opts: { entity?: string; id?: string; who?: string; limit?: string; format: 'table' | 'json'; db?: string }) => {
      let limit: number | undefined;
      if (opts.limit !== undefined) {
        if (!/^\d+$/.test(opts.limit) || Number(opts.limit) < 1 || Number(opts.limit) > 10_000) throw new UserError('bad-filter', `--limit '${opts.limit}' is not a whole number from 1 to 10000`, 'e.g. --limit 50');
        limit = Number(opts.limit);
      }
      const rows = await withStore(opts.db, (store) => listCorrections({ db: store.db, json: store.json }, { entity: opts.entity, entityId: opts.id, who: opts.who, limit }));
      print(opts.format === 'json' ? JSON.stringify(rows.map(correctionView), null, 2) : logTable(rows));
    });

  correct
    .command('revert <correctionId>')
    .description('take a correction back: the field returns to what the sources say (only the latest correction of a field can be reverted)')
    .requiredOption('--who <name>', 'who reverts it (kept in the audit log)')
    .option('--why <reason>', 'why (kept in the audit log)')
    .option('--db <store>', DB_HELP)
    .action(async (id: string, opts: { who: string; why?: string; db?: string }) => {
      const c = await withStore(opts.db, (store) => revertCorrectionById(store, id, opts.who, opts.why ?? null));
      print(`reverted ${c.id}: ${c.entity} ${c.entity_id} ${c.field} is back to ${show(c.before)}`);
    });
}

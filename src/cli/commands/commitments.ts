import { Command, Option } from 'commander';
import Table from 'cli-table3';
import { UserError } from '../../model/errors.ts';
import { refreshCommitments } from '../../fuse/commitments/refresh.ts';
import { isDay } from '../../fuse/commitments/calendar.ts';
import { openStore } from '../../store/db.ts';
import { listCommitments, type CommitmentFilters, type CommitmentView } from '../../store/queries/list-commitments.ts';
import { storeTarget } from '../../store/target.ts';
import { parsePair } from './engagements.ts';

interface CommitmentsOpts {
  db?: string;
  country?: string;
  pair?: string;
  status?: string;
  asOf?: string;
  horizon?: string;
  limit?: string;
  format: 'table' | 'json';
}

const money = (q: { value: number; unit: string } | null) => (q ? `${q.value.toLocaleString('en')} ${q.unit}` : '');
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function commitmentsTable(list: CommitmentView[]): string {
  const t = new Table({
    head: ['made', 'kind', 'by → to', 'what', 'deadline', 'status', 'followed up by'],
    colWidths: [12, 12, 11, 44, 12, 11, 40],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const c of list) {
    t.push([
      c.origin.date ?? '?',
      c.kind,
      `${c.by ?? '—'} → ${c.to ?? '—'}`,
      `${cut(c.summary, 120)}${c.quantity ? ` [${money(c.quantity)}]` : ''}`,
      c.deadline ?? '—',
      `${c.status}${c.verified.includes('status') ? ' ✓' : ''}`,
      c.links.map((l) => `${l.date ?? '?'} ${l.relation}${l.review ? ` (${l.review})` : ` (${l.confidence})`}: ${l.kind}${l.place ? ` in ${l.place}` : ''}`).join('\n') || '—',
    ]);
  }
  return `${t.toString()}\n${list.length} commitment(s)`;
}

/** The JSON shape the issue names: status, kind, sides, summary, amount, origin and fulfilments, with history for context. */
export function commitmentsJson(list: CommitmentView[]): string {
  return JSON.stringify(list.map((c) => ({
    id: c.id,
    status: c.status,
    kind: c.kind,
    subject: c.subject,
    by: c.by,
    to: c.to,
    owed_by: c.owed_by,
    owed_to: c.owed_to,
    summary: c.summary,
    quantity: c.quantity,
    deadline: c.deadline,
    origin: { engagement_id: c.origin.engagement_id, date: c.origin.date, kind: c.origin.kind, place: c.origin.place },
    fulfilled_by: c.fulfilled_by.map((f) => ({ engagement_id: f.engagement_id, date: f.date, kind: f.kind, place: f.place, reason: f.reason, confidence: f.confidence, review: f.review })),
    links: c.links.map((l) => ({ id: l.id, relation: l.relation, engagement_id: l.engagement_id, date: l.date, reason: l.reason, confidence: l.confidence, review: l.review })),
    history: c.history,
    sources: c.sources,
    verified: c.verified,
  })), null, 2);
}

function whole(value: string | undefined, what: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UserError('bad-filter', `--${what} '${value}' is not a whole number from ${min} to ${max}`, `e.g. --${what} ${Math.max(min, 24)}`);
  }
  return Number(value);
}

export function registerCommitments(program: Command): void {
  program
    .command('commitments')
    .description('list the promises made at engagements (invitations, proposals, targets, agreements) and what became of them')
    .option('--db <store>', 'SQLite file or postgres:// URL (default: $DATABASE_URL, else ./readout.db)')
    .option('--country <ISO3>', 'only commitments made at engagements involving this country')
    .option('--pair <A,B>', 'only commitments made at engagements involving both countries, e.g. KAZ,MNG')
    .addOption(new Option('--status <status>', 'only commitments in this state').choices(['proposed', 'agreed', 'accepted', 'fulfilled', 'lapsed']))
    .option('--as-of <date>', 'judge deadlines and lapses on this day (default: today)')
    .option('--horizon <months>', 'months without a follow-up after which a commitment lapses (default 24)')
    .option('--limit <n>', 'at most this many (default 200)')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: CommitmentsOpts) => {
      if (opts.asOf !== undefined && !isDay(opts.asOf)) throw new UserError('bad-filter', `--as-of '${opts.asOf}' is not a date`, 'Use YYYY-MM-DD, e.g. 2025-01-01');
      const horizonMonths = whole(opts.horizon, 'horizon', 1, 600);
      const filters: CommitmentFilters = {
        country: opts.country,
        pair: opts.pair !== undefined ? parsePair(opts.pair) : undefined,
        status: opts.status,
        limit: whole(opts.limit, 'limit', 1, 1000),
      };
      for (const k of Object.keys(filters) as (keyof CommitmentFilters)[]) if (filters[k] === undefined) delete filters[k];
      const store = await openStore(storeTarget(opts.db));
      try {
        await refreshCommitments(store, { asOf: opts.asOf, horizonMonths });
        const list = await listCommitments({ db: store.db, json: store.json }, filters);
        const out = opts.format === 'json' ? commitmentsJson(list) : commitmentsTable(list);
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
      } finally {
        await store.close();
      }
    });
}

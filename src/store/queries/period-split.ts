import { sql, type RawBuilder } from 'kysely';

/** A period of engagements by their sort key (date, else first report): YYYY-MM-DD bounds, inclusive. */
export interface Period {
  from?: string;
  to?: string;
}

const WHEN = sql<string>`coalesce(e.date, e.first_reported, '')`;

const shiftMonth = (m: string, by: number): string => {
  const d = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};
const shiftYear = (y: string, by: number): string => String(Number(y) + by).padStart(4, '0');

/**
 * A period cut the way the counts of migration 0007 answer it: the years it covers whole, then the
 * months it covers whole outside those years, from the counts; and the days at either end, counted
 * from the engagements (one index range each). Keys are YYYY-MM-DD days or '' (no date at all, inside
 * any period without a lower bound), so a month is whole when its 1st is not before `from` and its
 * 31st not after `to`. '' and '~' bound nothing: every key lies between them.
 */
export function splitPeriod(p: Period) {
  const yLo = !p.from ? '' : p.from.endsWith('-01-01') ? p.from.slice(0, 4) : shiftYear(p.from.slice(0, 4), 1);
  const yHi = !p.to ? '~' : p.to.endsWith('-12-31') ? p.to.slice(0, 4) : shiftYear(p.to.slice(0, 4), -1);
  const mLo = !p.from ? '' : p.from.endsWith('-01') ? p.from.slice(0, 7) : shiftMonth(p.from, 1);
  const mHi = !p.to ? '~' : p.to.endsWith('-31') ? p.to.slice(0, 7) : shiftMonth(p.to, -1);
  const months: [string, string][] = [];
  const edges: [string, string, '<' | '<='][] = [];
  if (mLo > mHi) {
    // No whole month: the period is a stretch of days.
    if (p.from || p.to) edges.push([p.from ?? '', p.to ?? '~', '<=']);
    return { years: null, months, edges };
  }
  const years: [string, string] | null = yLo <= yHi ? [yLo, yHi] : null;
  if (!years) months.push([mLo, mHi]);
  else {
    if (yLo !== '' && mLo < `${yLo}-01`) months.push([mLo, shiftMonth(`${yLo}-01`, -1)]);
    if (yHi !== '~' && mHi > `${yHi}-12`) months.push([shiftMonth(`${yHi}-12`, 1), mHi]);
  }
  if (p.from && p.from < mLo) edges.push([p.from, mLo, '<']);
  if (p.to && `${mHi}-31` < p.to) edges.push([`${mHi}-31~`, p.to, '<=']);
  return { years, months, edges };
}

/** Counts of `facet` rows whose scope (a year or a month) falls in the ranges, as rows (value, n). */
export function countsIn(facet: string, ranges: [string, string][]): RawBuilder<unknown>[] {
  return ranges.map(([lo, hi]) => sql`select value, n from rollup_counts where facet = ${facet} and scope >= ${lo} and scope <= ${hi}`);
}

/** The engagements whose sort key falls in the edges, as a subquery of ids. */
export function edgeIds(edges: [string, string, '<' | '<='][]): RawBuilder<unknown> {
  if (!edges.length) return sql`select e.id from engagements e where 1 = 0`;
  return sql.join(edges.map(([lo, hi, op]) => sql`select e.id from engagements e where ${WHEN} >= ${lo} and ${WHEN} ${sql.raw(op)} ${hi}`), sql` union all `);
}

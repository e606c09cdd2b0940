import { sql, type SqlBool } from 'kysely';
import { WHEN } from './engagement-list.ts';
import type { Store } from './store.ts';

export interface MonthCount {
  month: string;
  engagements: number;
}

export interface PairCount {
  a: string;
  b: string;
  engagements: number;
}

export interface Period {
  from?: string;
  to?: string;
}

const MONTH = sql<string>`substr(coalesce(e.date, e.first_reported, ''), 1, 7)`;

function inPeriod(p: Period) {
  const parts = [];
  if (p.from) parts.push(sql`coalesce(e.date, e.first_reported, '') >= ${p.from}`);
  if (p.to) parts.push(sql`coalesce(e.date, e.first_reported, '') <= ${p.to}`);
  return parts.length ? sql<SqlBool>`${sql.join(parts, sql` and `)}` : sql<SqlBool>`1 = 1`;
}

/** Engagements per month; undated and unreported ones have no month and are left out. */
export async function monthlyCounts(store: Store, country?: string): Promise<MonthCount[]> {
  const filter = country
    ? sql`and e.id in (select engagement_id from engagement_countries where iso3 = ${country})`
    : sql``;
  const r = await sql<{ month: string; n: number | string }>`
    select ${MONTH} as month, count(*) as n from engagements e
    where ${WHEN} <> '' ${filter}
    group by ${MONTH} order by month`.execute(store.db);
  return r.rows.map((x) => ({ month: x.month, engagements: Number(x.n) }));
}

/** Country pairs that met, most engagements first; a multilateral meeting counts for every pair in it. */
export async function pairCounts(store: Store, opts: Period & { limit?: number; country?: string } = {}): Promise<PairCount[]> {
  const one = opts.country ? sql`and (a.iso3 = ${opts.country} or b.iso3 = ${opts.country})` : sql``;
  const limit = opts.limit ?? 1000;
  const r = await sql<{ a: string; b: string; n: number | string }>`
    select a.iso3 as a, b.iso3 as b, count(*) as n
    from engagement_countries a
    join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3
    join engagements e on e.id = a.engagement_id
    where ${inPeriod(opts)} ${one}
    group by a.iso3, b.iso3
    order by n desc, a.iso3, b.iso3
    limit ${limit}`.execute(store.db);
  return r.rows.map((x) => ({ a: x.a, b: x.b, engagements: Number(x.n) }));
}

/** Engagements per country in a period. */
export async function countryCounts(store: Store, p: Period = {}): Promise<{ iso3: string; engagements: number }[]> {
  const r = await sql<{ iso3: string; n: number | string }>`
    select c.iso3 as iso3, count(*) as n
    from engagement_countries c join engagements e on e.id = c.engagement_id
    where ${inPeriod(p)}
    group by c.iso3 order by n desc, c.iso3`.execute(store.db);
  return r.rows.map((x) => ({ iso3: x.iso3, engagements: Number(x.n) }));
}

export async function kindCounts(store: Store, country?: string): Promise<Record<string, number>> {
  let q = store.db.selectFrom('engagements').select((eb) => ['kind', eb.fn.countAll().as('n')]).groupBy('kind');
  if (country) q = q.where('id', 'in', (eb) => eb.selectFrom('engagement_countries').select('engagement_id').where('iso3', '=', country));
  const rows = await q.execute();
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}

/** How often each topic comes up, most frequent first. */
export function topicCounts(lists: string[][]): { topic: string; engagements: number }[] {
  const n = new Map<string, number>();
  for (const l of lists) for (const t of new Set(l)) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n].map(([topic, engagements]) => ({ topic, engagements })).sort((a, b) => b.engagements - a.engagements || a.topic.localeCompare(b.topic));
}

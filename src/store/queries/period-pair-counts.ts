import { sql } from 'kysely';
import type { Store } from '../db.ts';
import { countsIn, edgeIds, splitPeriod, type Period } from './period-split.ts';
import type { PairTotal } from './pair-totals.ts';

/**
 * Country pairs by engagements in a period, most first: whole years and months from the counts,
 * the edges counted. Pairs are 'A-B' strings here; with codes of one length their order is that of (a, b).
 */
export async function periodPairCounts(store: Store, p: Period & { country?: string; limit: number }): Promise<PairTotal[]> {
  const { years, months, edges } = splitPeriod(p);
  const parts = [
    ...countsIn('pairyear', years ? [years] : []),
    ...countsIn('pairmonth', months),
    sql`select a.iso3 || '-' || b.iso3 as value, 1 as n from (${edgeIds(edges)}) as edge
      join engagement_countries a on a.engagement_id = edge.id
      join engagement_countries b on b.engagement_id = edge.id and a.iso3 < b.iso3`,
  ];
  const one = p.country ? sql`where value like ${`${p.country}-%`} or value like ${`%-${p.country}`}` : sql``;
  const r = await sql<{ pair: string; total: number | string }>`
    select value as pair, sum(n) as total from (${sql.join(parts, sql` union all `)}) as counted ${one}
    group by value having sum(n) > 0
    order by total desc, pair
    limit ${p.limit}`.execute(store.db);
  return r.rows.map((x) => {
    const [a, b] = x.pair.split('-');
    return { a, b, engagements: Number(x.total) };
  });
}

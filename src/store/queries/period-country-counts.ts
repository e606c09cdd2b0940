import { sql } from 'kysely';
import type { Store } from '../db.ts';
import { countsIn, edgeIds, splitPeriod, type Period } from './period-split.ts';

/** Engagements per country in a period, most first: whole years and months from the counts, the edges counted. */
export async function periodCountryCounts(store: Store, p: Period): Promise<{ iso3: string; engagements: number }[]> {
  const { years, months, edges } = splitPeriod(p);
  const parts = [
    ...countsIn('countryyear', years ? [years] : []),
    ...countsIn('countrymonth', months),
    sql`select c.iso3 as value, 1 as n from (${edgeIds(edges)}) as edge join engagement_countries c on c.engagement_id = edge.id`,
  ];
  const r = await sql<{ iso3: string; total: number | string }>`
    select value as iso3, sum(n) as total from (${sql.join(parts, sql` union all `)}) as counted
    group by value having sum(n) > 0
    order by total desc, iso3`.execute(store.db);
  return r.rows.map((x) => ({ iso3: x.iso3, engagements: Number(x.total) }));
}

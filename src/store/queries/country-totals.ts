import { sql } from 'kysely';
import type { Store } from '../db.ts';

/** Engagements per country over all time, most first: the sum of each country's counts by kind. */
export async function countryTotals(store: Store): Promise<{ iso3: string; engagements: number }[]> {
  const r = await sql<{ iso3: string; total: number | string }>`
    select scope as iso3, sum(n) as total from rollup_counts
    where facet = 'kind' and scope <> ''
    group by scope having sum(n) > 0
    order by total desc, iso3`.execute(store.db);
  return r.rows.map((x) => ({ iso3: x.iso3, engagements: Number(x.total) }));
}

import { sql } from 'kysely';
import type { Store } from '../db.ts';

export interface PairTotal {
  a: string;
  b: string;
  engagements: number;
}

/**
 * Country pairs (a < b) by engagements over all time, most first, from the partner counts; with a
 * country, only its pairs. Each pair is counted under both its countries, so without one the
 * rows with scope < value give every pair once.
 */
export async function pairTotals(store: Store, opts: { country?: string; limit: number }): Promise<PairTotal[]> {
  const which = opts.country ? sql`scope = ${opts.country}` : sql`scope < value`;
  const r = await sql<{ a: string; b: string; total: number | string }>`
    select case when scope < value then scope else value end as a, case when scope < value then value else scope end as b, sum(n) as total
    from rollup_counts
    where facet = 'partner' and ${which}
    group by scope, value having sum(n) > 0
    order by total desc, a, b
    limit ${opts.limit}`.execute(store.db);
  return r.rows.map((x) => ({ a: x.a, b: x.b, engagements: Number(x.total) }));
}

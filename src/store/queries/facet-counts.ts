import { sql } from 'kysely';
import type { Store } from '../db.ts';

/** What migration 0007 counts engagements by, per country or (scope '') over the whole store. */
export type Facet = 'kind' | 'month' | 'topic' | 'partner';

export interface FacetCount {
  value: string;
  n: number;
}

/** One scope's counts of a facet, in value order; values whose count fell to zero are left out. */
export async function facetCounts(store: Store, facet: Facet, scope: string): Promise<FacetCount[]> {
  const r = await sql<{ value: string; total: number | string }>`
    select value, sum(n) as total from rollup_counts
    where facet = ${facet} and scope = ${scope}
    group by value having sum(n) > 0
    order by value`.execute(store.db);
  return r.rows.map((x) => ({ value: x.value, n: Number(x.total) }));
}

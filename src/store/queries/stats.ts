import { sql } from 'kysely';
import type { Store } from '../db.ts';

export interface StoreStats {
  articles: number;
  /** Exact copies seen under other URLs (not stored again). */
  duplicates: number;
  /** Stored articles that are near-copies of an earlier one. */
  near_duplicates: number;
  engagements: number;
  actors: number;
  countries: number;
  claims: number;
}

/**
 * The store's counts from the rollup migration 0007 keeps, instead of counting a million rows on
 * every call: tables by their row counts, engagements as the sum over kinds, countries as those
 * with at least one engagement.
 */
export async function stats(store: Store): Promise<StoreStats> {
  const r = await sql<{ name: string; total: number | string | null }>`
    select value as name, sum(n) as total from rollup_counts where facet = 'table' and scope = '' group by value
    union all
    select 'engagements', sum(n) from rollup_counts where facet = 'kind' and scope = ''
    union all
    select 'countries', count(*) from (
      select scope from rollup_counts where facet = 'kind' and scope <> '' group by scope having sum(n) > 0) as c`.execute(store.db);
  // pg returns sums and counts as strings (bigint); Number() evens out the dialects.
  const n = new Map(r.rows.map((x) => [x.name, Number(x.total ?? 0)]));
  const get = (k: keyof StoreStats) => n.get(k) ?? 0;
  return {
    articles: get('articles'), duplicates: get('duplicates'), near_duplicates: get('near_duplicates'), engagements: get('engagements'),
    actors: get('actors'), countries: get('countries'), claims: get('claims'),
  };
}

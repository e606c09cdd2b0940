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

export async function stats(store: Store): Promise<StoreStats> {
  const db = store.db;
  // pg returns count(*) as a string (bigint); Number() evens out the dialects.
  const n = async (q: Promise<{ n: string | number | bigint } | undefined>) => Number((await q)?.n ?? 0);
  return {
    articles: await n(db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
    duplicates: await n(db.selectFrom('article_duplicates').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
    near_duplicates: await n(db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).where('near_duplicate_of', 'is not', null).executeTakeFirst()),
    engagements: await n(db.selectFrom('engagements').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
    actors: await n(db.selectFrom('actors').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
    countries: await n(db.selectFrom('engagement_countries').select((eb) => eb.fn.count('iso3').distinct().as('n')).executeTakeFirst()),
    claims: await n(db.selectFrom('claims').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()),
  };
}

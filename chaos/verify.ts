// What a store must satisfy after a crash: nothing acknowledged is missing, nothing is stored twice,
// and no row points at a row that is not there (a half-written article would leave such a row).
import { sql } from 'kysely';
import type { Store } from '../src/store/db.ts';
import { integrityCheck } from '../src/store/db.ts';

export interface StoreCheck {
  articles: number;
  claims: number;
  engagements: number;
  /** Acknowledged keys the store does not hold. */
  lost: string[];
  /** Article keys held more than once. */
  doubledArticles: string[];
  /** Engagement keys (countries|date) held more than once. */
  doubledEngagements: string[];
  /** Integrity-check messages and dangling references. */
  problems: string[];
}

const count = (rows: { n: unknown }[]) => Number(rows[0]?.n ?? 0);

async function dangling(store: Store): Promise<string[]> {
  const checks: [string, ReturnType<typeof sql<{ n: unknown }>>][] = [
    ['claims without their article', sql`select count(*) as n from claims c where not exists (select 1 from articles a where a.id = c.article_id)`],
    ['claims pointing at a missing engagement', sql`select count(*) as n from claims c where c.engagement_id is not null and not exists (select 1 from engagements e where e.id = c.engagement_id)`],
    ['articles without their claims', sql`select count(*) as n from articles a where not exists (select 1 from claims c where c.article_id = a.id)`],
    ['engagements no claim supports', sql`select count(*) as n from engagements e where not exists (select 1 from claims c where c.engagement_id = e.id)`],
    ['engagement countries of a missing engagement', sql`select count(*) as n from engagement_countries x where not exists (select 1 from engagements e where e.id = x.engagement_id)`],
    ['articles without minhash bands', sql`select count(*) as n from articles a where not exists (select 1 from article_minhash_bands b where b.article_id = a.id)`],
  ];
  const out: string[] = [];
  for (const [what, q] of checks) {
    const n = count((await q.execute(store.db)).rows);
    if (n) out.push(`${n} ${what}`);
  }
  return out;
}

/**
 * Checks a chaos store. Every generated article reports one meeting, so an article without claims
 * is a torn write, and two engagements with the same countries and date are one meeting doubled.
 */
export async function checkStore(store: Store, acknowledged: Iterable<string>): Promise<StoreCheck> {
  const titles = await store.db.selectFrom('articles').select('title').execute();
  const seen = new Map<string, number>();
  for (const t of titles) seen.set(t.title ?? '', (seen.get(t.title ?? '') ?? 0) + 1);
  const lost = [...acknowledged].filter((k) => !seen.has(k));
  const doubledArticles = [...seen].filter(([, n]) => n > 1).map(([k]) => k);

  const countries = await store.db.selectFrom('engagement_countries').select(['engagement_id', 'iso3']).execute();
  const byEngagement = new Map<string, string[]>();
  for (const r of countries) byEngagement.set(r.engagement_id, [...(byEngagement.get(r.engagement_id) ?? []), r.iso3]);
  const engagements = await store.db.selectFrom('engagements').select(['id', 'date']).execute();
  const keys = new Map<string, number>();
  for (const e of engagements) {
    const k = `${(byEngagement.get(e.id) ?? []).sort().join(',')}|${e.date ?? ''}`;
    keys.set(k, (keys.get(k) ?? 0) + 1);
  }
  const doubledEngagements = [...keys].filter(([, n]) => n > 1).map(([k]) => k);

  const claims = count((await sql<{ n: unknown }>`select count(*) as n from claims`.execute(store.db)).rows);
  const problems = [...(await integrityCheck(store)), ...(await dangling(store))];
  return { articles: titles.length, claims, engagements: engagements.length, lost, doubledArticles, doubledEngagements, problems };
}

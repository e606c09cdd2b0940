import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';
import type { BandCandidate, BandKey } from './band-candidates.ts';

// One row per asked band: the first `perBand` articles of its bucket, joined into one string. A
// correlated subquery per bucket in a single statement costs a fraction of a union of limited
// subqueries, which SQLite runs as one co-routine each; and a written-out limit lets SQLite stop the
// index walk sooner than a bound one.
const bucketsQuery = (perBand: number) =>
  prepared<{ ids: string | null }>(`bandBuckets.${perBand}`, (db, p, dialect) => {
    const bands = p.list<number>('band');
    const keys = p.list('key');
    const rows = bands.map((b, i) => sql`(cast(${b} as integer), cast(${keys[i]} as text))`);
    const joined = dialect === 'postgres' ? sql`string_agg(t.article_id, ' ')` : sql`group_concat(t.article_id, ' ')`;
    const q = sql<{ ids: string | null }>`select (select ${joined} from (select b.article_id from article_minhash_bands b where b.band = v.column1 and b.key = v.column2 order by b.article_id limit ${sql.lit(perBand)}) as t) as ids from (values ${sql.join(rows)}) as v`;
    return { compile: () => q.compile(db) };
  });
const byLimit = new Map<number, ReturnType<typeof bucketsQuery>>();

/**
 * Stored articles sharing LSH bands with a new one, those sharing the most first (then by id). Each
 * band bucket gives at most `perBand` articles: a story syndicated thousands of times fills its
 * buckets with copies that all link to one original, and reading every one of them would make each
 * new copy cost more than the last.
 */
export async function articlesInBuckets(ctx: Ctx, bands: BandKey[], perBand: number): Promise<BandCandidate[]> {
  if (!bands.length) return [];
  if (!Number.isInteger(perBand) || perBand < 1) throw new RangeError(`perBand must be a whole number of at least 1, got ${perBand}`);
  let buckets = byLimit.get(perBand);
  if (!buckets) byLimit.set(perBand, (buckets = bucketsQuery(perBand)));
  const rows = await buckets(ctx, { band: bands.map((b) => b.band), key: bands.map((b) => b.key) });
  const shared = new Map<string, number>();
  for (const r of rows) {
    if (!r.ids) continue;
    for (const id of r.ids.split(' ')) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return [...shared]
    .map(([article_id, n]) => ({ article_id, shared: n }))
    .sort((a, b) => b.shared - a.shared || (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
}

import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';
import { bandColumn, checkBandKeys, type BandKey } from '../band-key.ts';
import type { BandCandidate } from './band-candidates.ts';

// One column per band: the first `perBand` articles of its bucket, joined into one string. A scalar
// subquery per bucket in a single statement costs a fraction of a union of limited subqueries, which
// SQLite runs as one co-routine each; each walks its band's (bucket, article id) index in order, and
// a written-out limit lets SQLite stop that walk sooner than a bound one.
const bucketsQuery = (perBand: number) =>
  prepared<Record<string, string | null>>(`bandBuckets.${perBand}`, (db, p, dialect) => {
    const joined = dialect === 'postgres' ? sql`string_agg(t.article_id, ' ')` : sql`group_concat(t.article_id, ' ')`;
    const columns = p.list<number>('keys').map((k, band) => {
      const column = sql.ref(`b.${bandColumn(band)}`);
      return sql`(select ${joined} from (select b.article_id from article_minhash_bands b where ${column} = ${k} order by b.article_id limit ${sql.lit(perBand)}) as t) as ${sql.ref(`ids_${band}`)}`;
    });
    return { compile: () => sql<Record<string, string | null>>`select ${sql.join(columns)}`.compile(db) };
  });
const byLimit = new Map<number, ReturnType<typeof bucketsQuery>>();

/**
 * The first `n` of two id-ordered lists together, each id once: what the bucket query would give had
 * the unwritten articles been stored. Article ids are "a_" and fixed-length lowercase hex, which JS
 * and every database collation order alike.
 */
function firstOfBoth(a: readonly string[], b: readonly string[], n: number): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (out.length < n && (i < a.length || j < b.length)) {
    if (j === b.length || (i < a.length && a[i] < b[j])) out.push(a[i++]);
    else if (i === a.length || b[j] < a[i]) out.push(b[j++]);
    else {
      out.push(a[i++]);
      j++;
    }
  }
  return out;
}

/**
 * Stored articles sharing LSH buckets with a new one (its keys from bandKeys), those sharing the most
 * first (then by id). Each bucket gives at most `perBand` articles: a story syndicated thousands of
 * times fills its buckets with copies that all link to one original, and reading every one of them
 * would make each new copy cost more than the last. `unwritten` lists, per band and in id order,
 * articles of the open transaction whose bands are not written yet (fuse/pending-bands.ts); they
 * count as if they were.
 */
export async function articlesInBuckets(ctx: Ctx, keys: BandKey[], perBand: number, unwritten?: readonly (readonly string[] | undefined)[]): Promise<BandCandidate[]> {
  if (!keys.length) return [];
  checkBandKeys(keys);
  if (!Number.isInteger(perBand) || perBand < 1) throw new RangeError(`perBand must be a whole number of at least 1, got ${perBand}`);
  let buckets = byLimit.get(perBand);
  if (!buckets) byLimit.set(perBand, (buckets = bucketsQuery(perBand)));
  const [row] = await buckets(ctx, { keys });
  const shared = new Map<string, number>();
  for (let band = 0; band < keys.length; band++) {
    const stored = row?.[`ids_${band}`];
    let ids = stored ? stored.split(' ') : [];
    const extra = unwritten?.[band];
    // group_concat and string_agg promise no order of their own: the stored few are sorted here.
    if (extra?.length) ids = firstOfBoth(ids.sort(), extra, perBand);
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return [...shared]
    .map(([article_id, n]) => ({ article_id, shared: n }))
    .sort((a, b) => b.shared - a.shared || (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
}

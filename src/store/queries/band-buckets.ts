import BetterSqlite3 from 'better-sqlite3';
import { Kysely, sql, SqliteDialect, type Compilable } from 'kysely';
import type { Ctx } from '../context.ts';
import type { DialectName } from '../migrations/dialect.ts';
import type { Database } from '../schema.ts';
import { prepared } from '../prepared.ts';
import { BANDS, bandColumn, checkBandKeys, type BandKey } from '../band-key.ts';
import type { BandCandidate } from './band-candidates.ts';

// One column per band: the first `perBand` articles of its bucket, joined into one string. A scalar
// subquery per bucket in a single statement costs a fraction of a union of limited subqueries, which
// SQLite runs as one co-routine each; each walks its band's (bucket, article id) index in order, and
// a written-out limit lets SQLite stop that walk sooner than a bound one.
function bucketsSelect(db: Kysely<Database>, keys: readonly unknown[], perBand: number, dialect: DialectName): Compilable<Record<string, string | null>> {
  const joined = dialect === 'postgres' ? sql`string_agg(t.article_id, ' ')` : sql`group_concat(t.article_id, ' ')`;
  const columns = keys.map((k, band) => {
    const column = sql.ref(`b.${bandColumn(band)}`);
    return sql`(select ${joined} from (select b.article_id from article_minhash_bands b where ${column} = ${k} order by b.article_id limit ${sql.lit(perBand)}) as t) as ${sql.ref(`ids_${band}`)}`;
  });
  return { compile: () => sql<Record<string, string | null>>`select ${sql.join(columns)}`.compile(db) };
}
const bucketsQuery = (perBand: number) =>
  prepared<Record<string, string | null>>(`bandBuckets.${perBand}`, (db, p, dialect) => bucketsSelect(db, p.list<number>('keys'), perBand, dialect));
const byLimit = new Map<number, ReturnType<typeof bucketsQuery>>();

/**
 * The first `n` of two id-ordered lists together, each id once: what the bucket query would give had
 * the unwritten articles been stored. Article ids are "a_" and fixed-length lowercase hex, which JS
 * and every database collation order alike.
 */
export function firstOfBoth(a: readonly string[], b: readonly string[], n: number): string[] {
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
export async function articlesInBuckets(
  ctx: Ctx,
  keys: BandKey[],
  perBand: number,
  unwritten?: readonly (readonly string[] | undefined)[],
  /** Each bucket's stored articles as a BucketReader read them, when one did: the query is not run again. */
  stored?: readonly (string | null)[],
  /** Only the first this many candidates are wanted (default: all). */
  limit = Infinity,
): Promise<BandCandidate[]> {
  if (!keys.length) return [];
  checkBandKeys(keys);
  if (!Number.isInteger(perBand) || perBand < 1) throw new RangeError(`perBand must be a whole number of at least 1, got ${perBand}`);
  if (stored && stored.length !== keys.length) throw new RangeError(`stored buckets: ${stored.length} given for ${keys.length} keys`);
  let row: Record<string, string | null> | undefined;
  if (!stored) {
    let buckets = byLimit.get(perBand);
    if (!buckets) byLimit.set(perBand, (buckets = bucketsQuery(perBand)));
    [row] = await buckets(ctx, { keys });
  }
  // Each candidate is counted in its own entry, so an id is looked up once per bucket it is in.
  const shared = new Map<string, BandCandidate>();
  for (let band = 0; band < keys.length; band++) {
    const ids0 = stored ? stored[band] : row?.[`ids_${band}`];
    let ids: readonly string[] = ids0 ? ids0.split(' ') : NONE;
    const extra = unwritten?.[band];
    // group_concat and string_agg promise no order of their own: the stored few are sorted here.
    if (extra?.length) ids = firstOfBoth(sortIds(ids as string[]), extra, perBand);
    for (const id of ids) {
      const c = shared.get(id);
      if (c) c.shared++;
      else shared.set(id, { article_id: id, shared: 1 });
    }
  }
  if (limit >= shared.size) return [...shared.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  // The few wanted of a few dozen, kept in order as they come: sorting them all cost more than the counting.
  const first: BandCandidate[] = [];
  for (const c of shared.values()) {
    if (first.length === limit && !before(c, first[limit - 1])) continue;
    let at = first.length === limit ? limit - 1 : first.length;
    for (; at > 0 && before(c, first[at - 1]); at--) first[at] = first[at - 1];
    first[at] = c;
  }
  return first;
}

const NONE: readonly string[] = [];

/** Candidates sharing more bands first, then by id. */
function before(a: BandCandidate, b: BandCandidate): boolean {
  return a.shared > b.shared || (a.shared === b.shared && a.article_id < b.article_id);
}

/** Sorts a bucket's few ids in place as `sort()` would, without its conversions of each id to a string. */
function sortIds(ids: string[]): string[] {
  for (let i = 1; i < ids.length; i++) {
    const id = ids[i];
    let j = i;
    for (; j > 0 && ids[j - 1] > id; j--) ids[j] = ids[j - 1];
    ids[j] = id;
  }
  return ids;
}

/** Reads band buckets of a SQLite store from another thread, on a read-only connection of its own. */
export interface BucketReader {
  /** For each key, in band order, the ids of the first articles of its bucket (joined by spaces), or null. */
  read(keys: readonly BandKey[]): (string | null)[];
  close(): void;
}

// A page cache for the reader's walks of the band indexes; the OS holds the rest of the file.
const READER_CACHE_KIB = 32_768;

/**
 * A BucketReader on the SQLite store at `path`, which must exist. It sees what was committed when it
 * reads, never the writing connection's open transaction: the caller adds what that holds, and what
 * was committed after it asked, from its own records.
 */
export function openBucketReader(path: string, perBand: number): BucketReader {
  const raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    raw.pragma(`cache_size = -${READER_CACHE_KIB}`);
    // Compiled by the same builder as the store's own lookup, with each key's position as its value:
    // the statement must take the keys in band order.
    const compiler = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const order = Array.from({ length: BANDS }, (_, i) => i);
    const q = bucketsSelect(compiler, order, perBand, 'sqlite').compile();
    if (q.parameters.length !== BANDS || q.parameters.some((v, i) => v !== i)) throw new Error('band bucket query: parameters out of band order');
    const statement = raw.prepare(q.sql);
    return {
      read(keys) {
        checkBandKeys(keys);
        const row = statement.get(keys) as Record<string, string | null>;
        return order.map((band) => row[`ids_${band}`] ?? null);
      },
      close: () => raw.close(),
    };
  } catch (err) {
    raw.close();
    throw err;
  }
}

import type { Store } from '../db.ts';
import { swapSqlitePragma } from './sqlite-pragma.ts';

/**
 * Sets the page cache of a SQLite connection, in KiB, and returns the size it had (as SQLite states
 * it: negative for KiB, positive for pages); null on PostgreSQL, whose cache is the server's. A bulk
 * writer inserts into B-trees keyed by hashes and random ids, so each new row lands on a page far from
 * the last; the more of those pages stay in memory, the fewer are read again from the file.
 */
export async function setPageCache(store: Store, kib: number | string): Promise<number | null> {
  const size = typeof kib === 'number' ? -Math.max(0, Math.floor(kib)) : Number.parseInt(kib, 10);
  if (!Number.isFinite(size)) throw new RangeError(`page cache size must be a number, got ${kib}`);
  return swapSqlitePragma(store, 'cache_size', size);
}

import type { Store } from '../db.ts';
import { swapSqlitePragma } from './sqlite-pragma.ts';

/**
 * Sets how many WAL pages a SQLite connection lets accumulate before it copies them into the
 * database (its automatic checkpoint), and returns the interval it had; null on PostgreSQL, which
 * has no such setting. A bulk writer touches index pages all over a large store: checkpointing less
 * often copies a page once for several batches that changed it.
 */
export async function setCheckpointInterval(store: Store, pages: number): Promise<number | null> {
  return swapSqlitePragma(store, 'wal_autocheckpoint', Math.max(0, Math.floor(pages)));
}

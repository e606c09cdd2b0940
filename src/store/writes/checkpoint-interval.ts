import { sql } from 'kysely';
import type { Store } from '../db.ts';

/**
 * Sets how many WAL pages a SQLite connection lets accumulate before it copies them into the
 * database (its automatic checkpoint), and returns the interval it had; null on PostgreSQL, which
 * has no such setting. A bulk writer touches index pages all over a large store: checkpointing less
 * often copies a page once for several batches that changed it.
 */
export async function setCheckpointInterval(store: Store, pages: number): Promise<number | null> {
  if (store.dialect !== 'sqlite') return null;
  const before = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db);
  await sql.raw(`pragma wal_autocheckpoint = ${Math.max(0, Math.floor(pages))}`).execute(store.db);
  return before.rows[0]?.wal_autocheckpoint ?? null;
}

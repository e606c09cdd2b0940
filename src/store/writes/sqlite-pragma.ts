import { sql } from 'kysely';
import type { Store } from '../db.ts';

/**
 * Sets a numeric pragma of a SQLite connection and returns the value it had; null on PostgreSQL,
 * which has no such settings. For settings a bulk writer changes for its run and then puts back.
 */
export async function swapSqlitePragma(store: Store, name: string, value: number): Promise<number | null> {
  if (store.dialect !== 'sqlite') return null;
  if (!/^[a-z_]+$/.test(name) || !Number.isInteger(value)) throw new RangeError(`pragma ${name} = ${value} is not a whole-number setting`);
  const before = await sql<Record<string, number>>`${sql.raw(`pragma ${name}`)}`.execute(store.db);
  await sql.raw(`pragma ${name} = ${value}`).execute(store.db);
  return before.rows[0]?.[name] ?? null;
}

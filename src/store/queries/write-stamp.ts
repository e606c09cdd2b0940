import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { dialectOf } from '../prepared.ts';

/**
 * A value that moves whenever the SQLite store is written by anyone: another connection's commit
 * (data_version) or any write through this one (total_changes). A caller that noted it after its own
 * last write and reads the same value later knows nothing else was written in between. Null on
 * PostgreSQL, where other sessions' commits show up inside a transaction and no such value exists.
 */
export async function writeStamp(ctx: Ctx): Promise<string | null> {
  if (dialectOf(ctx.db) !== 'sqlite') return null;
  // A read of the database first: a deferred transaction takes its snapshot there, and data_version
  // is brought up to date only when the connection looks at the file.
  await sql`select count(*) as n from (select 1 from sqlite_master limit 1) as s`.execute(ctx.db);
  const version = await sql<{ data_version: number }>`pragma data_version`.execute(ctx.db);
  const changes = await sql<{ n: number }>`select total_changes() as n`.execute(ctx.db);
  return `${version.rows[0]?.data_version}:${changes.rows[0]?.n}`;
}

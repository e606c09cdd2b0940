import { sql } from 'kysely';
import type { Ctx } from '../context.ts';

// The first key of PostgreSQL's two-int advisory lock space, so these never meet other lock users.
const LOCK_SPACE = 0x52454144;

/**
 * Waits for each transaction-level advisory lock in `ids`, in the order given, in one round trip;
 * they are released when the transaction ends. PostgreSQL only.
 */
export async function takeAdvisoryLocks(ctx: Ctx, ids: number[]): Promise<void> {
  if (!ids.length) return;
  // The ordinality keeps the caller's order: locks taken in one global order cannot deadlock.
  await sql`select count(pg_advisory_xact_lock(${LOCK_SPACE}, l.id)) from (select id from unnest(${ids}::int4[]) with ordinality as u(id, n) order by n) as l`.execute(ctx.db);
}

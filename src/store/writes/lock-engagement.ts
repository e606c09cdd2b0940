import type { Ctx } from '../context.ts';
import { dialectOf, prepared } from '../prepared.ts';

const lock = prepared<{ id: string }>('lockEngagement', (db, p) => db.selectFrom('engagements').select('id').where('id', '=', p('id')).forNoKeyUpdate());

/**
 * Holds an engagement's row until the transaction ends, before it is re-fused from its claims: two
 * articles joining it at once then re-fuse it one after the other, the second (in READ COMMITTED)
 * reading the first's claim, so neither overwrites the other's. NO KEY UPDATE, the lock the update
 * takes anyway: rows that only reference the engagement are still written meanwhile. A no-op on
 * SQLite, whose writers are serial.
 */
export async function lockEngagement(ctx: Ctx, id: string): Promise<void> {
  if (dialectOf(ctx.db) !== 'postgres') return;
  await lock(ctx, { id });
}

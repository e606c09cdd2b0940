import type { Ctx } from '../context.ts';
import { dialectOf, prepared } from '../prepared.ts';

const locked = prepared<{ name: string; aliases: unknown }>('actorForUpdate', (db, p) => db.selectFrom('actors').select(['name', 'aliases']).where('id', '=', p('id')).forNoKeyUpdate());

/**
 * A person's stored spellings, read with their row held until the transaction ends: on PostgreSQL two
 * articles may add spellings to one person at once, and each must add to what the other wrote. NO
 * KEY UPDATE, the lock the update takes anyway: claims naming the person are still linked meanwhile. On
 * SQLite, whose writers are serial, null: the caller's own reading is current.
 */
export async function actorForUpdate(ctx: Ctx, id: string): Promise<{ name: string; aliases: string[] } | null> {
  if (dialectOf(ctx.db) !== 'postgres') return null;
  const row = (await locked(ctx, { id }))[0];
  return row ? { name: row.name, aliases: ctx.json.read<string[]>(row.aliases) ?? [] } : null;
}

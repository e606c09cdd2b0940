import type { Ctx } from '../context.ts';
import { setActorNameKeys } from './actor-name-keys.ts';

/** New spellings of a person; `keys` index all of them (fuse's nameKeys over name and aliases). */
export async function updateActorNames(ctx: Ctx, id: string, name: string, aliases: string[], keys: string[]): Promise<void> {
  await ctx.db.updateTable('actors').set({ name, aliases: ctx.json.write(aliases) }).where('id', '=', id).execute();
  await setActorNameKeys(ctx, id, keys, true);
}

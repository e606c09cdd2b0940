import type { Ctx } from '../context.ts';

/** Replaces the name keys an actor is found by. */
export async function setActorNameKeys(ctx: Ctx, actorId: string, keys: string[], replace: boolean): Promise<void> {
  if (replace) await ctx.db.deleteFrom('actor_name_keys').where('actor_id', '=', actorId).execute();
  const unique = [...new Set(keys)];
  if (unique.length) await ctx.db.insertInto('actor_name_keys').values(unique.map((key) => ({ key, actor_id: actorId }))).execute();
}

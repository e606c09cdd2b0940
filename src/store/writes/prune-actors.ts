import type { Ctx } from '../context.ts';

/** Drops actors no claim names any more (after reprocessing), unless an analyst corrected them. */
export async function pruneActors(ctx: Ctx, actorIds: string[]): Promise<void> {
  const ids = [...new Set(actorIds)];
  if (!ids.length) return;
  await ctx.db
    .deleteFrom('actors')
    .where('id', 'in', ids)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('claim_actors').select('claim_actors.actor_id').whereRef('claim_actors.actor_id', '=', 'actors.id'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('corrections').select('corrections.id').where('corrections.entity', '=', 'actor').whereRef('corrections.entity_id', '=', 'actors.id'))))
    .execute();
}

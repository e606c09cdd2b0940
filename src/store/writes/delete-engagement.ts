import type { Ctx } from '../context.ts';

/** Removes an engagement; its country and person links go with it (cascade). Returns whether it existed. */
export async function deleteEngagement(ctx: Ctx, id: string): Promise<boolean> {
  const r = await ctx.db.deleteFrom('engagements').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

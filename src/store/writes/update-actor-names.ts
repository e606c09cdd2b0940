import type { Ctx } from '../context.ts';

export async function updateActorNames(ctx: Ctx, id: string, name: string, aliases: string[]): Promise<void> {
  await ctx.db.updateTable('actors').set({ name, aliases: ctx.json.write(aliases) }).where('id', '=', id).execute();
}

import type { Ctx } from '../context.ts';

export type ActorField = 'name' | 'country' | 'org' | 'aliases';

/** Writes an analyst's value for one field of a person; fusion reads corrections before renaming anyone. */
export async function applyActorCorrection(ctx: Ctx, actorId: string, field: ActorField, value: unknown): Promise<void> {
  if (field === 'aliases') {
    await ctx.db.updateTable('actors').set({ aliases: ctx.json.write(value ?? []) }).where('id', '=', actorId).execute();
  } else if (field === 'name') {
    await ctx.db.updateTable('actors').set({ name: String(value) }).where('id', '=', actorId).execute();
  } else {
    await ctx.db.updateTable('actors').set({ [field]: value === null ? null : String(value) }).where('id', '=', actorId).execute();
  }
}

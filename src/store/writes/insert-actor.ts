import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context.ts';

export async function insertActor(ctx: Ctx, a: { name: string; aliases: string[]; country: string | null; org: string | null }): Promise<string> {
  const id = randomUUID();
  await ctx.db.insertInto('actors').values({ id, name: a.name, aliases: ctx.json.write(a.aliases), country: a.country, org: a.org }).execute();
  return id;
}

import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context.ts';
import { setActorNameKeys } from './actor-name-keys.ts';

/** A new person, indexed by `keys`: the name parts of every spelling, from fuse's nameKeys. */
export async function insertActor(ctx: Ctx, a: { name: string; aliases: string[]; country: string | null; org: string | null; keys: string[] }): Promise<string> {
  const id = randomUUID();
  await ctx.db.insertInto('actors').values({ id, name: a.name, aliases: ctx.json.write(a.aliases), country: a.country, org: a.org }).execute();
  await setActorNameKeys(ctx, id, a.keys, false);
  return id;
}

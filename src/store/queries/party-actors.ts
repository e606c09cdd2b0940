import type { Ctx } from '../context.ts';

export interface PartyActor {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  org: string | null;
}

/**
 * The people stored for one side (a country, or without one an organisation, or neither) that have
 * a spelling sharing one of `keys`. Names are only compared within a side and only when they share a
 * name part, so these are every actor a new name could be; ordered by id so the choice is stable.
 */
export async function actorsByNameKeys(ctx: Ctx, keys: string[], country: string | null, org: string | null): Promise<PartyActor[]> {
  if (!keys.length) return [];
  let q = ctx.db
    .selectFrom('actors')
    .selectAll()
    .where('id', 'in', (eb) => eb.selectFrom('actor_name_keys').select('actor_id').where('key', 'in', keys));
  q = country ? q.where('country', '=', country) : q.where('country', 'is', null);
  if (!country) q = org ? q.where('org', '=', org) : q.where('org', 'is', null);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: ctx.json.read<string[]>(r.aliases) ?? [], country: r.country, org: r.org }));
}

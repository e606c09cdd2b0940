import type { Ctx } from '../context.ts';

export interface PartyActor {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  org: string | null;
}

/**
 * The people stored for one side: a country, or (without one) an organisation, or neither. Names
 * are only ever compared within a side, so this is every actor a new name could be.
 */
export async function actorsOfParty(ctx: Ctx, country: string | null, org: string | null): Promise<PartyActor[]> {
  let q = ctx.db.selectFrom('actors').selectAll();
  q = country ? q.where('country', '=', country) : q.where('country', 'is', null);
  if (!country) q = org ? q.where('org', '=', org) : q.where('org', 'is', null);
  const rows = await q.orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: ctx.json.read<string[]>(r.aliases) ?? [], country: r.country, org: r.org }));
}

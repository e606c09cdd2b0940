import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface PartyActor {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  org: string | null;
}

// 'any': every side at once, for a caller that looks up all of an article's names in one read.
type Side = 'country' | 'org' | 'none' | 'any';

const bySide = (side: Side) =>
  prepared<PartyActorRow>(`actorsByNameKeys.${side}`, (db, p) => {
    let q = db
      .selectFrom('actors')
      .select(['id', 'name', 'aliases', 'country', 'org'])
      .where('id', 'in', (eb) => eb.selectFrom('actor_name_keys').select('actor_id').where('key', 'in', p.list('keys')));
    if (side === 'country') q = q.where('country', '=', p('country'));
    else if (side !== 'any') q = q.where('country', 'is', null).where((eb) => (side === 'org' ? eb('org', '=', p('org')) : eb('org', 'is', null)));
    // Order matters only where one candidate is chosen.
    return side === 'any' ? q : q.orderBy('id');
  });
const QUERIES: Record<Side, ReturnType<typeof bySide>> = { country: bySide('country'), org: bySide('org'), none: bySide('none'), any: bySide('any') };

interface PartyActorRow {
  id: string;
  name: string;
  aliases: unknown;
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
  const rows = country
    ? await QUERIES.country(ctx, { keys, country })
    : org
      ? await QUERIES.org(ctx, { keys, org })
      : await QUERIES.none(ctx, { keys });
  return rows.map((r) => toActor(ctx, r));
}

/** The people of any side with a spelling sharing one of `keys`: every name of an article in one read. */
export async function actorsWithKeys(ctx: Ctx, keys: string[]): Promise<PartyActor[]> {
  if (!keys.length) return [];
  return (await QUERIES.any(ctx, { keys })).map((r) => toActor(ctx, r));
}

function toActor(ctx: Ctx, r: PartyActorRow): PartyActor {
  return { id: r.id, name: r.name, aliases: ctx.json.read<string[]>(r.aliases) ?? [], country: r.country, org: r.org };
}

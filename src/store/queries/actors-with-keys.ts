import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';
import type { PartyActor } from './party-actors.ts';

const query = prepared<{ id: string; name: string; aliases: unknown; country: string | null; org: string | null }>('actorsWithKeys', (db, p) =>
  db
    .selectFrom('actors')
    .select(['id', 'name', 'aliases', 'country', 'org'])
    .where('id', 'in', (eb) => eb.selectFrom('actor_name_keys').select('actor_id').where('key', 'in', p.list('keys'))),
);

/** The people of any side with a spelling sharing one of `keys`: every name of an article in one read. */
export async function actorsWithKeys(ctx: Ctx, keys: string[]): Promise<PartyActor[]> {
  if (!keys.length) return [];
  const rows = await query(ctx, { keys });
  return rows.map((r) => ({ id: r.id, name: r.name, aliases: ctx.json.read<string[]>(r.aliases) ?? [], country: r.country, org: r.org }));
}

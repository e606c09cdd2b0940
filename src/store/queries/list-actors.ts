import { sql } from 'kysely';
import { UserError } from '../../model/errors.ts';
import type { Store } from '../db.ts';
import { iso3 } from './filters.ts';

export interface ActorRole {
  role: string;
  country: string | null;
  first_seen: string | null;
  last_seen: string | null;
}

export interface StoredActor {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  org: string | null;
  roles: ActorRole[];
  first_seen: string | null;
  last_seen: string | null;
  num_engagements: number;
}

/** People in the store with their dated roles; `q` matches part of a name or alias, case-insensitive. */
export async function listActors(store: Store, filters: { country?: string; q?: string } = {}): Promise<StoredActor[]> {
  let q = store.db.selectFrom('actors').selectAll();
  if (filters.country !== undefined) q = q.where('country', '=', iso3(filters.country, 'country'));
  if (filters.q !== undefined) {
    const text = String(filters.q).trim().toLowerCase();
    if (!text) throw new UserError('bad-filter', 'the name query is empty', 'Give part of a name, e.g. Khurelsukh');
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([sql<boolean>`lower(name) like ${pattern} escape '\\'`, sql<boolean>`lower(cast(aliases as text)) like ${pattern} escape '\\'`]));
  }
  const actors = await q.orderBy('name').orderBy('id').execute();
  if (!actors.length) return [];
  const ids = actors.map((a) => a.id);
  const roles = await store.db.selectFrom('actor_roles').selectAll().where('actor_id', 'in', ids).orderBy('first_seen').orderBy('role').execute();
  const counts = await store.db
    .selectFrom('engagement_actors')
    .select((eb) => ['actor_id', eb.fn.countAll().as('n')])
    .where('actor_id', 'in', ids)
    .groupBy('actor_id')
    .execute();
  const n = new Map(counts.map((c) => [c.actor_id, Number(c.n)]));
  return actors.map((a) => {
    const own = roles
      .filter((r) => r.actor_id === a.id)
      .map((r) => ({ role: r.role, country: r.country || null, first_seen: r.first_seen, last_seen: r.last_seen }));
    const firsts = own.map((r) => r.first_seen).filter((x): x is string => !!x).sort();
    const lasts = own.map((r) => r.last_seen).filter((x): x is string => !!x).sort();
    return {
      id: a.id,
      name: a.name,
      aliases: store.json.read<string[]>(a.aliases) ?? [],
      country: a.country,
      org: a.org,
      roles: own,
      first_seen: firsts[0] ?? null,
      last_seen: lasts[lasts.length - 1] ?? null,
      num_engagements: n.get(a.id) ?? 0,
    };
  });
}

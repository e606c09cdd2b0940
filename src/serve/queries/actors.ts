import { sql, type SqlBool } from 'kysely';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { SUMMARY_COLUMNS, toSummary, type EngagementSummary } from './engagement-row.ts';
import type { Store } from './store.ts';

export interface ActorRole {
  role: string;
  country: string | null;
  first_seen: string | null;
  last_seen: string | null;
}

export interface ActorSummary {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  org: string | null;
  num_engagements: number;
}

export interface ActorDetail extends ActorSummary {
  /** Oldest first: how the person's roles followed one another. */
  roles: ActorRole[];
  engagements: EngagementSummary[];
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

async function engagementCounts(store: Store, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await store.db
    .selectFrom('engagement_actors')
    .select((eb) => ['actor_id', eb.fn.countAll().as('n')])
    .where('actor_id', 'in', ids)
    .groupBy('actor_id')
    .execute();
  return new Map(rows.map((r) => [r.actor_id, Number(r.n)]));
}

/** People by name, keyset-paginated; `q` matches part of a name or alias. */
export async function listActorPage(store: Store, f: { q?: string; country?: string; cursor?: string; limit: number }): Promise<{ items: ActorSummary[]; next_cursor: string | null }> {
  let q = store.db.selectFrom('actors').select(['id', 'name', 'aliases', 'country', 'org']);
  if (f.country) q = q.where('country', '=', f.country);
  if (f.q) {
    const pattern = `%${escapeLike(f.q.toLowerCase())}%`;
    q = q.where((eb) => eb.or([sql<SqlBool>`lower(name) like ${pattern} escape '\\'`, sql<SqlBool>`lower(cast(aliases as text)) like ${pattern} escape '\\'`]));
  }
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    q = q.where(sql<SqlBool>`(name, id) > (${String(c.key)}, ${c.id})`);
  }
  const rows = await q.orderBy('name').orderBy('id').limit(f.limit + 1).execute();
  const page = rows.slice(0, f.limit);
  const n = await engagementCounts(store, page.map((r) => r.id));
  const last = page[page.length - 1];
  return {
    items: page.map((a) => ({ id: a.id, name: a.name, aliases: store.json.read<string[]>(a.aliases) ?? [], country: a.country, org: a.org, num_engagements: n.get(a.id) ?? 0 })),
    next_cursor: rows.length > f.limit && last ? encodeCursor({ key: last.name, id: last.id }) : null,
  };
}

export async function getActor(store: Store, id: string, limit = 200): Promise<ActorDetail | null> {
  const a = await store.db.selectFrom('actors').select(['id', 'name', 'aliases', 'country', 'org']).where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const roles = await store.db.selectFrom('actor_roles').selectAll().where('actor_id', '=', id).orderBy('first_seen').orderBy('role').execute();
  const rows = await store.db
    .selectFrom('engagements')
    .select(SUMMARY_COLUMNS)
    .where('id', 'in', (eb) => eb.selectFrom('engagement_actors').select('engagement_id').where('actor_id', '=', id))
    .orderBy(sql`coalesce(date, first_reported, '')`, 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const n = await engagementCounts(store, [id]);
  return {
    id: a.id,
    name: a.name,
    aliases: store.json.read<string[]>(a.aliases) ?? [],
    country: a.country,
    org: a.org,
    num_engagements: n.get(id) ?? 0,
    roles: roles.map((r) => ({ role: r.role, country: r.country || null, first_seen: r.first_seen, last_seen: r.last_seen })),
    engagements: rows.map((r) => toSummary(store, r)),
  };
}

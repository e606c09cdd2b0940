import { sql } from 'kysely';
import type { EngagementKind, Outcome, Participant } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import { nowIso, type Ctx } from '../context.ts';
import { dialectOf, prepared } from '../prepared.ts';
import { engagementExists } from '../queries/engagement-exists.ts';
import type { Readings } from '../readings.ts';

/** A fused engagement as stored, with the rows that index it by country and by person. */
export interface EngagementRow {
  kind: EngagementKind;
  date: string | null;
  place: string | null;
  country: string | null;
  occasion: string | null;
  participants: Participant[];
  topics: Topic[];
  outcomes: Outcome[];
  evidence: string;
  readings: Readings;
  fingerprint: string;
  confidence: number;
  num_sources: number;
  num_copies: number;
  num_articles: number;
  first_reported: string | null;
  last_reported: string | null;
  countries: string[];
  actors: { actor_id: string; role: string | null }[];
}

const FIELDS = [
  'kind', 'date', 'place', 'country', 'occasion', 'participants', 'topics', 'outcomes', 'evidence', 'readings', 'fingerprint',
  'confidence', 'num_sources', 'num_copies', 'num_articles', 'first_reported', 'last_reported', 'updated_at',
] as const;

const insert = prepared('insertEngagement', (db, p) => db.insertInto('engagements').values(Object.fromEntries(['id', ...FIELDS].map((c) => [c, p(c)])) as never));
const update = prepared('updateEngagement', (db, p) => db.updateTable('engagements').set(Object.fromEntries(FIELDS.map((c) => [c, p(c)])) as never).where('id', '=', p('id')));

// The columns SQLite's indexes on engagements and its update triggers (`after update of ...`) read.
// SQLite rewrites the entries of every index over a column the UPDATE sets, and considers every
// trigger on one, whether or not the value changed; a re-fused engagement mostly changes only its
// readings and counts, so these are set only when they changed. Left out unchanged, they leave
// every index entry, trigger and count as setting them would have.
const WATCHED = ['kind', 'date', 'first_reported', 'last_reported', 'fingerprint', 'num_sources', 'topics'] as const;
type Watched = (typeof WATCHED)[number];
// With the country and person links in the same read, as JSON lists: three lookups of one
// engagement were three statements for every re-fusion.
const storedOf = prepared<Record<Watched, unknown> & { countries: string; actors: string }>('engagementStoredColumnsAndLinks', (db, p) =>
  db
    .selectFrom('engagements')
    .select([
      ...WATCHED,
      sql<string>`(select json_group_array(c.iso3) from engagement_countries c where c.engagement_id = engagements.id)`.as('countries'),
      sql<string>`(select json_group_array(json_array(a.actor_id, a.role)) from engagement_actors a where a.engagement_id = engagements.id)`.as('actors'),
    ])
    .where('id', '=', p('id')),
);
// One statement per set of columns written; at most 2^7 of them, a few in practice.
const updatesOf = new Map<string, ReturnType<typeof prepared>>();
function updateOnly(columns: readonly string[]) {
  const name = columns.join(',');
  let u = updatesOf.get(name);
  if (!u) updatesOf.set(name, (u = prepared(`updateEngagement:${name}`, (db, p) => db.updateTable('engagements').set(Object.fromEntries(columns.map((c) => [c, p(c)])) as never).where('id', '=', p('id')))));
  return u;
}
const countriesOf = prepared<{ iso3: string }>('engagementCountries', (db, p) => db.selectFrom('engagement_countries').select('iso3').where('engagement_id', '=', p('id')));
const dropCountries = prepared('dropEngagementCountries', (db, p) => db.deleteFrom('engagement_countries').where('engagement_id', '=', p('id')).where('iso3', 'in', p.list('iso3')));
const addCountries = prepared('addEngagementCountries', (db, p) => db.insertInto('engagement_countries').values(p.list('iso3').map((iso3) => ({ engagement_id: p<string>('id'), iso3 }))));
const actorsOf = prepared<{ actor_id: string; role: string | null }>('engagementActors', (db, p) => db.selectFrom('engagement_actors').select(['actor_id', 'role']).where('engagement_id', '=', p('id')));
const dropActors = prepared('dropEngagementActors', (db, p) => db.deleteFrom('engagement_actors').where('engagement_id', '=', p('id')).where('actor_id', 'in', p.list('actor')));
const addActors = prepared('addEngagementActors', (db, p) => {
  const roles = p.list<string | null>('role');
  return db.insertInto('engagement_actors').values(p.list('actor').map((actor_id, i) => ({ engagement_id: p<string>('id'), actor_id, role: roles[i] })));
});

/**
 * Writes (inserting or replacing) one engagement and its country and person links. `known` says
 * whether the caller knows the row is new (it just made up the id) or already there, which saves
 * looking it up.
 */
export async function saveEngagement(ctx: Ctx, id: string, e: EngagementRow, known?: 'new' | 'existing'): Promise<'created' | 'updated'> {
  const existing = known ? known === 'existing' : await engagementExists(ctx, id);
  const { countries, actors, ...fields } = e;
  const row = {
    ...fields,
    participants: ctx.json.write(e.participants),
    topics: ctx.json.write(e.topics),
    outcomes: ctx.json.write(e.outcomes),
    readings: ctx.json.write(e.readings),
    updated_at: nowIso(),
    id,
  };
  const links = existing ? await rewrite(ctx, id, row) : undefined;
  if (!existing) await insert(ctx, row);

  // A re-fused engagement nearly always keeps its countries and people: only what changed is
  // written, since every link row moves the indexes and the counts kept over them.
  const stored = existing ? links?.countries ?? (await countriesOf(ctx, { id })).map((r) => r.iso3) : [];
  const gone = stored.filter((c) => !countries.includes(c));
  const added = countries.filter((c) => !stored.includes(c));
  if (gone.length) await dropCountries(ctx, { id, iso3: gone });
  if (added.length) await addCountries(ctx, { id, iso3: added });

  const had = new Map(existing ? links?.actors ?? (await actorsOf(ctx, { id })).map((r) => [r.actor_id, r.role] as const) : []);
  const want = new Map(actors.map((a) => [a.actor_id, a.role] as const));
  // A changed role is a removed link and a new one.
  const changed = actors.filter((a) => !had.has(a.actor_id) || had.get(a.actor_id) !== a.role);
  const dropped = [...had.keys()].filter((a) => !want.has(a) || want.get(a) !== had.get(a));
  if (dropped.length) await dropActors(ctx, { id, actor: dropped });
  if (changed.length) await addActors(ctx, { id, actor: changed.map((a) => a.actor_id), role: changed.map((a) => a.role) });
  return existing ? 'updated' : 'created';
}

/**
 * Writes the row of a stored engagement. On SQLite, the watched columns whose stored value is the
 * same are left out of the UPDATE (PostgreSQL writes a new row version either way, so it sets all),
 * and the engagement's stored country and person links, read with them, are handed back.
 */
async function rewrite(ctx: Ctx, id: string, row: Record<(typeof FIELDS)[number] | 'id', string | number | null>): Promise<{ countries: string[]; actors: [string, string | null][] } | undefined> {
  if (dialectOf(ctx.db) !== 'sqlite') return void (await update(ctx, row));
  const [stored] = await storedOf(ctx, { id });
  const columns = stored ? FIELDS.filter((c) => !(WATCHED as readonly string[]).includes(c) || stored[c as Watched] !== row[c]) : FIELDS;
  await updateOnly(columns)(ctx, Object.fromEntries([...columns.map((c) => [c, row[c]]), ['id', id]]));
  return stored ? { countries: JSON.parse(stored.countries), actors: JSON.parse(stored.actors) } : undefined;
}

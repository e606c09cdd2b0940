import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface RoleSighting {
  actor_id: string;
  role: string | null;
  country: string | null;
  published: string | null;
}

// The earlier of two dates, and the later, where a missing date never wins over a known one:
// what min() and max() over the claims give, written so SQLite and PostgreSQL read it alike.
const earlier = sql<string | null>`case when actor_roles.first_seen is null then excluded.first_seen when excluded.first_seen is null or actor_roles.first_seen <= excluded.first_seen then actor_roles.first_seen else excluded.first_seen end`;
const later = sql<string | null>`case when actor_roles.last_seen is null then excluded.last_seen when excluded.last_seen is null or actor_roles.last_seen >= excluded.last_seen then actor_roles.last_seen else excluded.last_seen end`;

const COLUMNS = ['actor_id', 'role', 'country', 'first_seen', 'last_seen'] as const;

const upsert = prepared('extendActorRoles', (db, p) => {
  const cols = Object.fromEntries(COLUMNS.map((c) => [c, p.list(c)]));
  return db
    .insertInto('actor_roles')
    .values(cols.actor_id.map((_, i) => Object.fromEntries(COLUMNS.map((c) => [c, cols[c][i]]))) as never)
    .onConflict((oc) => oc.columns(['actor_id', 'role', 'country']).doUpdateSet({ first_seen: earlier, last_seen: later }));
});

/**
 * Widens the dated roles of the people new claims name. Ingest only ever adds claims, so folding the
 * new sightings into the stored range gives what rebuilding from every claim would (refreshActorRoles),
 * without reading a well-known person's every claim again.
 */
export async function extendActorRoles(ctx: Ctx, sightings: RoleSighting[]): Promise<void> {
  const rows = new Map<string, { actor_id: string; role: string; country: string; first_seen: string | null; last_seen: string | null }>();
  for (const s of sightings) {
    if (!s.role) continue;
    const country = s.country ?? '';
    const k = `${s.actor_id}\u0000${s.role}\u0000${country}`;
    const row = rows.get(k);
    // One row per key: PostgreSQL refuses to update the same row twice in one statement.
    if (!row) rows.set(k, { actor_id: s.actor_id, role: s.role, country, first_seen: s.published, last_seen: s.published });
    else if (s.published) {
      if (!row.first_seen || s.published < row.first_seen) row.first_seen = s.published;
      if (!row.last_seen || s.published > row.last_seen) row.last_seen = s.published;
    }
  }
  if (!rows.size) return;
  const list = [...rows.values()];
  await upsert(ctx, Object.fromEntries(COLUMNS.map((c) => [c, list.map((r) => r[c])])));
}

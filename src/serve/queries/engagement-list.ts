import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { EngagementKind, OutcomeKind } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { SUMMARY_COLUMNS, toSummary, type EngagementSummary } from './engagement-row.ts';
import type { Store } from './store.ts';

export const ENGAGEMENT_SORTS = ['date_desc', 'date_asc', 'sources_desc'] as const;
export type EngagementSort = (typeof ENGAGEMENT_SORTS)[number];

/** Already validated by the API layer: codes upper-case, dates YYYY-MM-DD, enums checked. */
export interface EngagementQuery {
  country?: string;
  pair?: [string, string];
  person?: string;
  kind?: EngagementKind;
  topic?: Topic;
  outcome?: OutcomeKind;
  from?: string;
  to?: string;
  q?: string;
  sort?: EngagementSort;
  cursor?: string;
  limit: number;
}

export interface EngagementPage {
  items: EngagementSummary[];
  next_cursor: string | null;
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The sort key. An undated engagement is placed by when it was first reported; '' keeps rows with
 * neither at the end of a newest-first list. Migration 0002 indexes exactly this expression.
 */
export const WHEN = sql<string>`coalesce(date, first_reported, '')`;

/** Where migration 0007 lists each engagement under its countries and their pairs, by WHEN. */
type Timelines = {
  engagement_timelines: { scope: string; sort_key: string; engagement_id: string };
};

/**
 * The timeline a date-sorted page reads in order, stopping after one page: the pair's when it
 * names two countries, else the country's. A country filter it does not cover stays a filter.
 */
function timelineOf(f: EngagementQuery): { scope: string; covers: string[] } | null {
  if (f.sort === 'sources_desc') return null;
  if (f.pair && f.pair[0] !== f.pair[1]) {
    const [a, b] = [...f.pair].sort();
    return { scope: `${a}-${b}`, covers: [a, b] };
  }
  const one = f.pair?.[0] ?? f.country;
  return one ? { scope: one, covers: [one] } : null;
}

/** One page of fused engagements, keyset-paginated so deep pages cost as little as the first. */
export async function listEngagementPage(store: Store, f: EngagementQuery): Promise<EngagementPage> {
  const sort = f.sort ?? 'date_desc';
  const timeline = timelineOf(f);
  // The timeline's sort key is WHEN, kept beside the engagement, so its index gives the page order.
  const when = timeline ? sql<string>`t.sort_key` : WHEN;
  const key: RawBuilder<string | number> = sort === 'sources_desc' ? sql<number>`num_sources` : when;
  const tie = timeline ? sql.ref('t.engagement_id') : sql.ref('id');
  const desc = sort !== 'date_asc';
  const from = timeline
    ? store.db.withTables<Timelines>().selectFrom('engagement_timelines as t').innerJoin('engagements', 'engagements.id', 't.engagement_id').where('t.scope', '=', timeline.scope)
    : store.db.selectFrom('engagements');
  // Every column below is named without its table, and none is in both: the two sources read alike.
  let q = (from as ReturnType<typeof store.db.selectFrom<'engagements'>>).select(SUMMARY_COLUMNS).select(key.as('sort_key'));

  const countries = new Set([f.country, ...(f.pair ?? [])].filter((c): c is string => !!c));
  for (const c of timeline?.covers ?? []) countries.delete(c);
  for (const c of countries) {
    q = q.where('id', 'in', (eb) => eb.selectFrom('engagement_countries').select('engagement_id').where('iso3', '=', c));
  }
  if (f.person) {
    const pattern = `%${escapeLike(f.person.toLowerCase())}%`;
    const person = f.person;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('engagement_actors')
        .innerJoin('actors', 'actors.id', 'engagement_actors.actor_id')
        .select('engagement_actors.engagement_id')
        .where((w) => w.or([
          w('actors.id', '=', person),
          sql<SqlBool>`lower(actors.name) like ${pattern} escape '\\'`,
          sql<SqlBool>`lower(cast(actors.aliases as text)) like ${pattern} escape '\\'`,
        ])),
    );
  }
  if (f.kind) q = q.where('kind', '=', f.kind);
  // Topics and outcome kinds are closed vocabularies, so a quoted name matches only that JSON value.
  if (f.topic) q = q.where(sql<string>`cast(topics as text)`, 'like', `%"${f.topic}"%`);
  if (f.outcome) q = q.where(sql<string>`cast(outcomes as text)`, 'like', `%"${f.outcome}"%`);
  if (f.from) q = q.where(when, '>=', f.from);
  if (f.to) q = q.where(when, '<=', f.to);
  if (f.q) q = q.where(sql<string>`lower(evidence)`, 'like', sql<string>`${`%${escapeLike(f.q.toLowerCase())}%`} escape '\\'`);

  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    const k = sort === 'sources_desc' ? Number(c.key) : String(c.key);
    // Spelt out rather than as a row-value comparison, which SQLite answers by scanning instead of seeking the index.
    const op = sql.raw(desc ? '<' : '>');
    q = q.where(sql<SqlBool>`${key} ${sql.raw(desc ? '<=' : '>=')} ${k} and (${key} ${op} ${k} or ${tie} ${op} ${c.id})`);
  }
  const dir = desc ? 'desc' : 'asc';
  const rows = await q.orderBy(key, dir).orderBy(tie, dir).limit(f.limit + 1).execute();
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toSummary(store, r)),
    next_cursor: more && last ? encodeCursor({ key: r(last.sort_key), id: last.id }) : null,
  };
}

function r(v: unknown): string | number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : String(v);
}

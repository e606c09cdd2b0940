import { sql } from 'kysely';
import { UserError } from '../../model/errors.ts';
import type { Engagement, EngagementKind, Outcome, Participant } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import type { Readings } from '../readings.ts';
import type { Store } from '../db.ts';
import { count, iso3, kind, topic, ymd } from './filters.ts';

export interface EngagementFilters {
  country?: string;
  pair?: [string, string];
  /** An actor id, or part of a person's name or one of their aliases (case-insensitive). */
  person?: string;
  from?: string;
  to?: string;
  topic?: string;
  kind?: string;
  limit?: number;
  offset?: number;
}

export interface EngagementSource {
  article_id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  /** A copy re-publishes an earlier article and adds no independent evidence. */
  role: 'original' | 'copy';
}

export interface StoredEngagement extends Engagement {
  id: string;
  confidence: number;
  readings: Readings;
  sources: EngagementSource[];
  /** Independent sources: an original and its copies count once. */
  num_sources: number;
  num_articles: number;
  first_reported: string | null;
  last_reported: string | null;
}

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Fused engagements, newest first, with every article that reported each. */
export async function listEngagements(store: Store, filters: EngagementFilters = {}): Promise<StoredEngagement[]> {
  const limit = filters.limit === undefined ? DEFAULT_LIMIT : count(filters.limit, 'limit', 1, MAX_LIMIT);
  const offset = filters.offset === undefined ? 0 : count(filters.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  const from = filters.from === undefined ? undefined : ymd(filters.from, 'from');
  const to = filters.to === undefined ? undefined : ymd(filters.to, 'to');
  if (from && to && from > to) throw new UserError('bad-filter', `from ${from} is after to ${to}`, 'Swap the two dates');
  const countries: string[] = [];
  if (filters.country !== undefined) countries.push(iso3(filters.country, 'country'));
  if (filters.pair !== undefined) {
    if (!Array.isArray(filters.pair) || filters.pair.length !== 2) {
      throw new UserError('bad-filter', 'pair needs exactly two country codes', 'Give two ISO alpha-3 codes, e.g. MNG,KAZ');
    }
    countries.push(iso3(filters.pair[0], 'pair country'), iso3(filters.pair[1], 'pair country'));
  }
  const wantedTopic = filters.topic === undefined ? undefined : topic(filters.topic);
  const wantedKind = filters.kind === undefined ? undefined : kind(filters.kind);

  let q = store.db.selectFrom('engagements').selectAll();
  for (const c of new Set(countries)) {
    q = q.where('id', 'in', (eb) => eb.selectFrom('engagement_countries').select('engagement_id').where('iso3', '=', c));
  }
  if (filters.person !== undefined) {
    const person = String(filters.person).trim();
    if (!person) throw new UserError('bad-filter', 'person is empty', 'Give part of a name or an actor id');
    const pattern = `%${escapeLike(person.toLowerCase())}%`;
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('engagement_actors')
        .innerJoin('actors', 'actors.id', 'engagement_actors.actor_id')
        .select('engagement_actors.engagement_id')
        .where((w) =>
          w.or([
            w('actors.id', '=', person),
            sql<boolean>`lower(actors.name) like ${pattern} escape '\\'`,
            sql<boolean>`lower(cast(actors.aliases as text)) like ${pattern} escape '\\'`,
          ]),
        ),
    );
  }
  // An undated engagement is placed by when it was reported, so date ranges still find it.
  const when = sql<string>`coalesce(${sql.ref('date')}, ${sql.ref('first_reported')})`;
  if (from) q = q.where(when, '>=', from);
  if (to) q = q.where(when, '<=', to);
  // Topics are a closed vocabulary, so the quoted name matches only that element of the JSON array.
  if (wantedTopic) q = q.where(sql<string>`cast(topics as text)`, 'like', `%"${wantedTopic}"%`);
  if (wantedKind) q = q.where('kind', '=', wantedKind);
  const rows = await q.orderBy(sql`case when ${when} is null then 1 else 0 end`).orderBy(when, 'desc').orderBy('id').limit(limit).offset(offset).execute();
  if (!rows.length) return [];

  const srcRows = await store.db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.engagement_id', 'articles.id', 'articles.url', 'articles.canonical_url', 'articles.title', 'articles.published', 'articles.source', 'articles.near_duplicate_of', 'articles.ingested_at'])
    .where('claims.engagement_id', 'in', rows.map((r) => r.id))
    .orderBy('articles.published')
    .orderBy('articles.ingested_at')
    .orderBy('articles.id')
    .execute();
  const sources = new Map<string, EngagementSource[]>();
  for (const r of srcRows) {
    const list = sources.get(r.engagement_id!) ?? [];
    if (list.some((x) => x.article_id === r.id)) continue;
    list.push({ article_id: r.id, url: r.url ?? r.canonical_url, title: r.title, published: r.published, source: r.source, role: r.near_duplicate_of ? 'copy' : 'original' });
    sources.set(r.engagement_id!, list);
  }

  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as EngagementKind,
    date: r.date,
    location: { place: r.place, country: r.country },
    occasion: r.occasion,
    participants: store.json.read<Participant[]>(r.participants),
    topics: store.json.read<Topic[]>(r.topics),
    outcomes: store.json.read<Outcome[]>(r.outcomes),
    evidence: r.evidence,
    confidence: Number(r.confidence),
    readings: store.json.read<Readings>(r.readings),
    sources: sources.get(r.id) ?? [],
    num_sources: Number(r.num_sources),
    num_articles: Number(r.num_articles),
    first_reported: r.first_reported,
    last_reported: r.last_reported,
  }));
}

import { z } from 'zod';
import 'zod-openapi';
import { ENGAGEMENT_KINDS, OUTCOME_KINDS } from '../../model/engagement.ts';
import { TOPICS } from '../../model/topics.ts';
import { HIGHLIGHT_KINDS } from '../queries/highlights.ts';

/** Response shapes, for the OpenAPI document; handlers build them from the query results. */

const nstr = z.string().nullable();

export const ApiError = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    hint: nstr,
  }),
}).meta({ id: 'Error' });

const Participant = z.object({ name: nstr, role: nstr, country: nstr, org: nstr }).meta({ id: 'Participant' });
const Quantity = z.object({ value: z.number(), unit: z.string() }).meta({ id: 'Quantity' });
const Outcome = z.object({
  kind: z.enum(OUTCOME_KINDS), by: nstr, to: nstr, summary: z.string(), quantity: Quantity.nullable(),
}).meta({ id: 'Outcome' });

export const EngagementSummary = z.object({
  id: z.string(),
  kind: z.enum(ENGAGEMENT_KINDS),
  date: nstr,
  location: z.object({ place: nstr, country: nstr }),
  occasion: nstr,
  participants: z.array(Participant),
  countries: z.array(z.string()),
  topics: z.array(z.enum(TOPICS)),
  outcomes: z.array(Outcome),
  evidence: z.string(),
  confidence: z.number(),
  num_sources: z.number().int().meta({ description: 'Independent sources: an original and its copies count once' }),
  num_articles: z.number().int(),
  first_reported: nstr,
  last_reported: nstr,
}).meta({ id: 'EngagementSummary' });

export const EngagementPage = z.object({
  items: z.array(EngagementSummary),
  next_cursor: nstr.meta({ description: 'Pass as cursor for the next page; null on the last page' }),
}).meta({ id: 'EngagementPage' });

const Highlight = z.object({
  start: z.number().int(), end: z.number().int(), kind: z.enum(HIGHLIGHT_KINDS), label: z.string(),
}).meta({ id: 'Highlight', description: 'A stretch of the article text ([start, end) in UTF-16 units) supporting one field' });

const Cameo = z.object({ code: z.string(), name: z.string(), goldstein: z.number().nullable(), quadClass: z.number().nullable(), source: nstr, target: nstr });
const Plover = z.object({ event: z.string(), mode: nstr, context: z.array(z.string()), actors: z.array(z.string()), recipients: z.array(z.string()) });
const Codes = z.object({
  cameo: z.array(Cameo),
  plover: Plover,
  outcomes: z.array(z.object({ cameo: z.array(Cameo), plover: Plover.nullable() })),
}).meta({ id: 'Codes' });

const Reading = z.object({ value: z.string(), article_id: z.string() });

export const EngagementDetail = EngagementSummary.extend({
  readings: z.object({ kind: z.array(Reading), date: z.array(Reading), place: z.array(Reading), country: z.array(Reading), occasion: z.array(Reading) })
    .meta({ description: 'What each source said for the fields fusion chose between' }),
  codes: Codes.nullable(),
  goldstein: z.number().nullable(),
  sources: z.array(z.object({
    article_id: z.string(), url: nstr, title: nstr, published: nstr, source: nstr,
    role: z.enum(['original', 'copy']), confidence: z.number(), text: z.string(),
    highlights: z.array(Highlight), codes: Codes.nullable(),
  })),
}).meta({ id: 'EngagementDetail' });

const MonthCount = z.object({ month: z.string(), engagements: z.number().int() });
const TopicCount = z.object({ topic: z.string(), engagements: z.number().int() });

export const CountryProfile = z.object({
  iso3: z.string(), name: z.string(), engagements: z.number().int(),
  kinds: z.record(z.string(), z.number().int()),
  partners: z.array(z.object({ iso3: z.string(), name: z.string(), engagements: z.number().int() })),
  topics: z.array(TopicCount),
  timeline: z.array(MonthCount),
  recent: z.array(EngagementSummary),
}).meta({ id: 'CountryProfile' });

export const Dyad = z.object({
  a: z.object({ iso3: z.string(), name: z.string() }),
  b: z.object({ iso3: z.string(), name: z.string() }),
  engagements: z.number().int(),
  timeline: z.array(z.object({
    month: z.string(), engagements: z.number().int(), kinds: z.record(z.string(), z.number().int()),
    goldstein: z.number().nullable().meta({ description: 'Mean Goldstein value, -10 to +10' }),
    plover: z.record(z.string(), z.number().int()).meta({ description: 'PLOVER event types counted' }),
  })),
  topics: z.array(TopicCount),
  outcomes: z.array(Outcome.extend({ engagement_id: z.string(), date: nstr, state: z.enum(['open', 'fulfilled', 'restated', 'recorded']) })),
  goldstein: z.number().nullable(),
  latest: z.array(EngagementSummary),
}).meta({ id: 'Dyad' });

const ActorSummary = z.object({
  id: z.string(), name: z.string(), aliases: z.array(z.string()), country: nstr, org: nstr, num_engagements: z.number().int(),
}).meta({ id: 'ActorSummary' });

export const ActorPage = z.object({ items: z.array(ActorSummary), next_cursor: nstr }).meta({ id: 'ActorPage' });

export const ActorDetail = ActorSummary.extend({
  roles: z.array(z.object({ role: z.string(), country: nstr, first_seen: nstr, last_seen: nstr })),
  engagements: z.array(EngagementSummary),
}).meta({ id: 'ActorDetail' });

export const ArticleDetail = z.object({
  id: z.string(), url: nstr, title: nstr, published: nstr, source: nstr, language: nstr, ingested_at: z.string(),
  near_duplicate_of: nstr,
  duplicates: z.array(z.object({ url: nstr, seen_at: z.string() })),
  text: z.string(),
  claims: z.array(z.object({
    idx: z.number().int(), engagement_id: nstr, kind: z.string(), date: nstr, confidence: z.number(), highlights: z.array(Highlight),
  })),
}).meta({ id: 'ArticleDetail' });

export const Stats = z.object({
  counts: z.object({
    articles: z.number().int(), duplicates: z.number().int(), near_duplicates: z.number().int(), engagements: z.number().int(),
    actors: z.number().int(), countries: z.number().int(), claims: z.number().int(),
  }),
  kinds: z.record(z.string(), z.number().int()),
  timeline: z.array(MonthCount),
  top_pairs: z.array(z.object({ a: z.string(), b: z.string(), a_name: z.string(), b_name: z.string(), engagements: z.number().int() })),
  latest: z.array(EngagementSummary),
}).meta({ id: 'Stats' });

export const Network = z.object({
  nodes: z.array(z.object({ iso3: z.string(), name: z.string(), engagements: z.number().int() })),
  edges: z.array(z.object({ a: z.string(), b: z.string(), engagements: z.number().int() })),
}).meta({ id: 'Network' });

export const SearchResult = z.object({
  countries: z.array(z.object({ iso3: z.string(), name: z.string() })),
  actors: z.array(ActorSummary),
  engagements: z.array(EngagementSummary),
}).meta({ id: 'SearchResult' });

export const IngestResult = z.object({
  article_id: nstr.meta({ description: 'The stored article (an earlier one when this text was already stored)' }),
  status: z.enum(['stored', 'duplicate', 'failed']),
  engagements: z.number().int().meta({ description: 'Engagements the article reports' }),
  new_engagements: z.number().int(),
  reason: nstr,
}).meta({ id: 'IngestResult' });

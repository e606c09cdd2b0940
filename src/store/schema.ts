/**
 * Row types of the store. JSON columns are typed `unknown` because their wire form differs by
 * dialect (text in SQLite, parsed jsonb in PostgreSQL); go through store.json to read and write them.
 */
export interface ArticlesTable {
  id: string;
  url: string | null;
  canonical_url: string | null;
  content_hash: string;
  near_duplicate_of: string | null;
  near_duplicate_score: number | null;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  text: string;
  ingested_at: string;
  extractor_version: string | null;
}

/** Exact copies seen under another URL: not stored again, only remembered as where else the text appeared. */
export interface ArticleDuplicatesTable {
  id: string;
  article_id: string;
  url: string | null;
  canonical_url: string | null;
  content_hash: string;
  seen_at: string;
}

type BandNumber = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

/**
 * An article's LSH bucket in each band (a BandKey), one column a band (band-key.ts). PostgreSQL hands
 * a bigint back as a string; nothing reads them back but tests, which compare them as such.
 */
export type ArticleMinhashBandsTable = { article_id: string } & { [B in BandNumber as `band_${B}`]: number };

export interface ClaimsTable {
  id: string;
  article_id: string;
  idx: number;
  engagement: unknown;
  confidence: number;
  extractor_version: string | null;
  engagement_id: string | null;
  /** A digest of the engagement's JSON text, as written (null for claims stored before migration 0011). */
  digest: string | null;
  /** Its codes' Goldstein sum and count and PLOVER event (goldstein_n null: not given, read from the JSON). */
  goldstein_sum: number | null;
  goldstein_n: number | null;
  plover: string | null;
}

export interface ClaimActorsTable {
  claim_id: string;
  participant_idx: number;
  actor_id: string;
  role: string | null;
  country: string | null;
  published: string | null;
}

export interface EngagementsTable {
  id: string;
  kind: string;
  date: string | null;
  place: string | null;
  country: string | null;
  occasion: string | null;
  participants: unknown;
  topics: unknown;
  outcomes: unknown;
  evidence: string;
  readings: unknown;
  fingerprint: string;
  confidence: number;
  num_sources: number;
  num_copies: number;
  num_articles: number;
  first_reported: string | null;
  last_reported: string | null;
  updated_at: string;
}

export interface EngagementCountriesTable {
  engagement_id: string;
  iso3: string;
}

export interface ActorsTable {
  id: string;
  name: string;
  aliases: unknown;
  country: string | null;
  org: string | null;
}

export interface ActorRolesTable {
  actor_id: string;
  role: string;
  /** '' for an organisation's official: part of the key, so never null. */
  country: string;
  first_seen: string | null;
  last_seen: string | null;
}

export interface EngagementActorsTable {
  engagement_id: string;
  actor_id: string;
  role: string | null;
}

export interface CorrectionsTable {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  before: unknown;
  after: unknown;
  who: string;
  why: string | null;
  at: string;
  reverted_at: string | null;
  /** Added by 0006_commitments: who undid the correction, and why. */
  reverted_by: string | null;
  revert_why: string | null;
}

/** One name part of one spelling of a person (see fuse/person-name.ts nameKeys): how resolveActor finds candidates. */
export interface ActorNameKeysTable {
  key: string;
  actor_id: string;
}

/** Rows whose lookup entries (article bands, actor name keys) the next ingest must rebuild. */
export interface StoreReindexTable {
  kind: 'article' | 'actor';
  id: string;
}

export interface Database {
  articles: ArticlesTable;
  article_duplicates: ArticleDuplicatesTable;
  article_minhash_bands: ArticleMinhashBandsTable;
  claims: ClaimsTable;
  claim_actors: ClaimActorsTable;
  engagements: EngagementsTable;
  engagement_countries: EngagementCountriesTable;
  actors: ActorsTable;
  actor_roles: ActorRolesTable;
  engagement_actors: EngagementActorsTable;
  corrections: CorrectionsTable;
  actor_name_keys: ActorNameKeysTable;
  store_reindex: StoreReindexTable;
}

import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';

/**
 * The layout for a feed that outgrows one machine. On PostgreSQL:
 *
 * - articles and claims are range-partitioned by `part_month`, the month the row was written
 *   (a column default, so every existing writer fills it without knowing it exists). A primary key
 *   on a partitioned table must contain the partition key, so articles are keyed (id, part_month)
 *   and claims (article_id, idx, part_month); the global uniqueness of an article's canonical URL
 *   and text moves to `article_keys`, a plain table a trigger keeps in the same transaction.
 * - No foreign key crosses from the article side (distributed by article id) to the engagement
 *   side (distributed by engagement id): the cascades they gave are triggers now, so the tables
 *   can be distributed with Citus. Foreign keys that stay point at co-located tables or at actors.
 * - `title_tsv` and `evidence_tsv` are generated tsvector columns with GIN indexes.
 * - `pair_day_counts` holds engagements (and the articles reporting them) per country pair and
 *   day; triggers keep it current in the transaction that writes the engagement.
 *
 * SQLite gets only the ingest-order index the reprocess pages by; it stays a single-file store.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') {
    await sql`create index if not exists articles_ingested_id on articles (ingested_at, id)`.execute(db);
    return;
  }
  for (const statement of POSTGRES_UP) await sql.raw(statement).execute(db);
}

const MONTH_DEFAULT = `(date_trunc('month', now() at time zone 'utc'))::date`;

const POSTGRES_UP: string[] = [
  // The old tables are renamed, not dropped, until their rows are copied into the new layout.
  `alter table articles rename to articles_v1`,
  `alter table claims rename to claims_v1`,

  `create table articles (
    id text not null,
    url text,
    canonical_url text,
    content_hash text not null,
    near_duplicate_of text,
    near_duplicate_score double precision,
    title text,
    published text,
    source text,
    language text,
    text text not null,
    ingested_at text not null,
    extractor_version text,
    part_month date not null default ${MONTH_DEFAULT},
    title_tsv tsvector generated always as (to_tsvector('simple', coalesce(title, ''))) stored,
    constraint articles_pk primary key (id, part_month)
  ) partition by range (part_month)`,
  `create table articles_default partition of articles default`,

  `create table claims (
    id text not null,
    article_id text not null,
    idx integer not null,
    engagement jsonb not null,
    confidence double precision not null,
    extractor_version text,
    engagement_id text,
    part_month date not null default ${MONTH_DEFAULT},
    constraint claims_pk primary key (article_id, idx, part_month)
  ) partition by range (part_month)`,
  `create table claims_default partition of claims default`,

  // Where an article's identity is unique across every partition (and, under Citus, every shard:
  // the key is the distribution column).
  `create table article_keys (
    key text primary key,
    article_id text not null,
    part_month date not null
  )`,
  `create index article_keys_article on article_keys (article_id)`,

  // A month's partition is made on demand; a month with rows already in the default partition is
  // left there rather than moved under a lock, and stays correct, only unpruned.
  `create or replace function readout_ensure_month_partition(parent text, month date) returns boolean
  language plpgsql as $fn$
  declare
    lo date := date_trunc('month', month)::date;
    hi date := (date_trunc('month', month) + interval '1 month')::date;
    part text := parent || '_' || to_char(lo, '"y"YYYY"m"MM');
    clash boolean;
  begin
    if to_regclass(part) is not null then return false; end if;
    perform pg_advisory_xact_lock(hashtext('readout:partitions'));
    if to_regclass(part) is not null then return false; end if;
    execute format('select exists (select 1 from %I where part_month >= %L and part_month < %L)', parent || '_default', lo, hi) into clash;
    if clash then return false; end if;
    execute format('create table %I partition of %I for values from (%L) to (%L)', part, parent, lo, hi);
    return true;
  end
  $fn$`,

  `do $do$
  declare m date;
  begin
    for m in
      select distinct date_trunc('month', ingested_at::timestamptz at time zone 'utc')::date from articles_v1
      union select ${MONTH_DEFAULT}
      union select (${MONTH_DEFAULT} + interval '1 month')::date
    loop
      perform readout_ensure_month_partition('articles', m);
      perform readout_ensure_month_partition('claims', m);
    end loop;
  end
  $do$`,

  `insert into articles (id, url, canonical_url, content_hash, near_duplicate_of, near_duplicate_score, title, published,
      source, language, text, ingested_at, extractor_version, part_month)
    select id, url, canonical_url, content_hash, near_duplicate_of, near_duplicate_score, title, published,
      source, language, text, ingested_at, extractor_version, date_trunc('month', ingested_at::timestamptz at time zone 'utc')::date
    from articles_v1`,
  // A claim lives in its article's month, so an article and what it says share a partition.
  `insert into claims (id, article_id, idx, engagement, confidence, extractor_version, engagement_id, part_month)
    select c.id, c.article_id, c.idx, c.engagement, c.confidence, c.extractor_version, c.engagement_id, a.part_month
    from claims_v1 c join articles a on a.id = c.article_id`,
  `insert into article_keys (key, article_id, part_month)
    select 'h:' || content_hash, id, part_month from articles
    union all
    select 'u:' || canonical_url, id, part_month from articles where canonical_url is not null`,

  // Dropping the old tables takes the foreign keys that pointed at them (bands, duplicates,
  // claim_actors); the cascades they gave come back below as triggers.
  `drop table claims_v1 cascade`,
  `drop table articles_v1 cascade`,

  `create index articles_by_published on articles (published)`,
  `create index articles_by_ingested on articles (ingested_at, id)`,
  `create index articles_by_hash on articles (content_hash)`,
  `create index articles_by_canonical on articles (canonical_url)`,
  `create index articles_by_near_duplicate on articles (near_duplicate_of)`,
  `create index articles_title_search on articles using gin (title_tsv)`,
  `create index claims_by_id on claims (id)`,
  `create index claims_by_engagement on claims (engagement_id)`,

  `alter table engagements add column evidence_tsv tsvector generated always as (to_tsvector('simple', coalesce(evidence, ''))) stored`,
  `create index engagements_evidence_search on engagements using gin (evidence_tsv)`,

  `create or replace function readout_article_keys() returns trigger language plpgsql as $fn$
  begin
    if tg_op in ('UPDATE', 'DELETE') then
      delete from article_keys where article_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
      insert into article_keys (key, article_id, part_month) values ('h:' || new.content_hash, new.id, new.part_month);
      if new.canonical_url is not null then
        insert into article_keys (key, article_id, part_month) values ('u:' || new.canonical_url, new.id, new.part_month);
      end if;
    end if;
    return null;
  end
  $fn$`,
  `create trigger articles_keys_insert after insert on articles for each row execute function readout_article_keys()`,
  `create trigger articles_keys_update after update of id, content_hash, canonical_url on articles for each row execute function readout_article_keys()`,
  `create trigger articles_keys_delete after delete on articles for each row execute function readout_article_keys()`,

  `create or replace function readout_article_deleted() returns trigger language plpgsql as $fn$
  begin
    delete from claims where article_id = old.id;
    delete from article_minhash_bands where article_id = old.id;
    delete from article_duplicates where article_id = old.id;
    update articles set near_duplicate_of = null where near_duplicate_of = old.id;
    return null;
  end
  $fn$`,
  `create trigger articles_cascade after delete on articles for each row execute function readout_article_deleted()`,

  `create or replace function readout_claim_deleted() returns trigger language plpgsql as $fn$
  begin
    delete from claim_actors where claim_id = old.id;
    return null;
  end
  $fn$`,
  `create trigger claims_cascade after delete on claims for each row execute function readout_claim_deleted()`,

  `create or replace function readout_engagement_deleted() returns trigger language plpgsql as $fn$
  begin
    update claims set engagement_id = null where engagement_id = old.id;
    return null;
  end
  $fn$`,
  `create trigger engagements_unlink_claims after delete on engagements for each row execute function readout_engagement_deleted()`,

  // What each engagement adds to the rollup now, so the next change subtracts exactly that, in
  // whatever order the engagement row and its country rows are rewritten.
  `create table engagement_pair_days (
    engagement_id text not null,
    pair text not null,
    day text not null,
    articles integer not null,
    primary key (engagement_id, pair)
  )`,
  `create table pair_day_counts (
    pair text not null,
    day text not null,
    country_a text not null,
    country_b text not null,
    engagements integer not null,
    articles integer not null,
    primary key (pair, day)
  )`,
  `create index pair_day_counts_by_day on pair_day_counts (day)`,
  `create index pair_day_counts_by_b on pair_day_counts (country_b, day)`,

  // An engagement counts on its date, or when undated on the day it was first reported; the
  // placeholder fusion creates before filling it in (no articles yet) counts nowhere.
  `create or replace function readout_rollup_engagement(eid text) returns void language plpgsql as $fn$
  declare
    r record;
    left_over integer;
  begin
    for r in delete from engagement_pair_days where engagement_id = eid returning pair, day, articles loop
      update pair_day_counts set engagements = engagements - 1, articles = articles - r.articles
        where pair = r.pair and day = r.day
        returning engagements into left_over;
      if left_over is not null and left_over <= 0 then
        delete from pair_day_counts where pair = r.pair and day = r.day;
      end if;
    end loop;
    insert into engagement_pair_days (engagement_id, pair, day, articles)
      select e.id, a.iso3 || '-' || b.iso3, left(coalesce(e.date, e.first_reported), 10), e.num_articles
      from engagements e
      join engagement_countries a on a.engagement_id = e.id
      join engagement_countries b on b.engagement_id = e.id and a.iso3 < b.iso3
      where e.id = eid and coalesce(e.date, e.first_reported) is not null and e.num_articles > 0;
    insert into pair_day_counts (pair, day, country_a, country_b, engagements, articles)
      select pair, day, split_part(pair, '-', 1), split_part(pair, '-', 2), 1, articles
      from engagement_pair_days where engagement_id = eid
      on conflict (pair, day) do update set
        engagements = pair_day_counts.engagements + 1,
        articles = pair_day_counts.articles + excluded.articles;
  end
  $fn$`,
  `create or replace function readout_rollup_engagement_row() returns trigger language plpgsql as $fn$
  begin
    perform readout_rollup_engagement(case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
  end
  $fn$`,
  `create trigger engagements_rollup_insert after insert on engagements for each row execute function readout_rollup_engagement_row()`,
  `create trigger engagements_rollup_delete after delete on engagements for each row execute function readout_rollup_engagement_row()`,
  `create trigger engagements_rollup_update after update on engagements for each row
    when (old.date is distinct from new.date or old.first_reported is distinct from new.first_reported or old.num_articles is distinct from new.num_articles)
    execute function readout_rollup_engagement_row()`,
  `create or replace function readout_rollup_countries_added() returns trigger language plpgsql as $fn$
  declare eid text;
  begin
    for eid in select distinct engagement_id from added loop perform readout_rollup_engagement(eid); end loop;
    return null;
  end
  $fn$`,
  `create or replace function readout_rollup_countries_removed() returns trigger language plpgsql as $fn$
  declare eid text;
  begin
    for eid in select distinct engagement_id from removed loop perform readout_rollup_engagement(eid); end loop;
    return null;
  end
  $fn$`,
  `create trigger engagement_countries_rollup_insert after insert on engagement_countries
    referencing new table as added for each statement execute function readout_rollup_countries_added()`,
  `create trigger engagement_countries_rollup_delete after delete on engagement_countries
    referencing old table as removed for each statement execute function readout_rollup_countries_removed()`,
  `insert into engagement_pair_days (engagement_id, pair, day, articles)
    select e.id, a.iso3 || '-' || b.iso3, left(coalesce(e.date, e.first_reported), 10), e.num_articles
    from engagements e
    join engagement_countries a on a.engagement_id = e.id
    join engagement_countries b on b.engagement_id = e.id and a.iso3 < b.iso3
    where coalesce(e.date, e.first_reported) is not null and e.num_articles > 0`,
  `insert into pair_day_counts (pair, day, country_a, country_b, engagements, articles)
    select pair, day, split_part(pair, '-', 1), split_part(pair, '-', 2), count(*), sum(articles)
    from engagement_pair_days group by pair, day`,
];

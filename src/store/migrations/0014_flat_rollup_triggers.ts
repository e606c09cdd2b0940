import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';
import { month, pairOf, sqliteTriggerSql, when, year } from './0007_read_rollups.ts';

/**
 * SQLite's insert and update rollup triggers from 0007, rewritten without the grouping that nets
 * rows out (the two delete triggers keep 0007's form: they run only when an engagement or a country
 * goes). 0007 sent every delta row through `group by ... having sum(d) <> 0` and read the engagement
 * and its other countries through materialized CTEs: SQLite builds a sorter and two temporary tables
 * for each trigger run, which cost more than the upserts they feed.
 *
 * - A new engagement adds one row per facet, and a country joining one adds one per facet, per
 *   distinct topic and per other country: all distinct keys, so there was nothing to net.
 * - A rewritten engagement used to subtract all its old rows and add all its new ones, and the
 *   grouping cancelled the facets that had not moved. Each facet is now guarded instead: its old
 *   value goes and its new one comes only when it changed (the kind, the month, the year, each topic
 *   that came or went), so a topic kept is not touched at all.
 *
 * The counts are the same as 0007's: test/store/rollups.test.ts compares them with a recount after
 * every kind of write, and the 0014 test after random engagement rewrites. Measured: adding the
 * countries of 3,000 engagements to a copy of a 20,000-article store, 360-425 → 134-138 µs an
 * engagement; in bench:ingest (40,000 articles) much less, 208 → 190 µs a call (32 µs with no
 * trigger at all), since there the upserts themselves dominate. PostgreSQL keeps its
 * statement-level triggers, which see all of a statement's rows.
 */

const REPLACED = ['engagements_rollup_insert', 'engagements_rollup_update', 'engagement_countries_rollup_insert'];

/** Adds rows (facet, scope, value, d) to the counts, one upsert each. `where true`: without it SQLite reads `on conflict` as a join constraint. */
const add = (rows: string[]) => `insert into rollup_counts (facet, scope, value, slot, n)
  select facet, scope, value, 0, d from (${rows.join('\n    union all ')}) as delta where true
  on conflict (facet, scope, value, slot) do update set n = rollup_counts.n + excluded.n`;

// The rows a trigger on engagement_countries reads: its engagement, and the engagement's other countries.
const E = `engagements e where e.id = new.engagement_id`;
const OTHERS = `engagement_countries c where c.engagement_id = new.engagement_id and c.iso3 <> new.iso3`;
const E_OTHERS = `engagements e join engagement_countries c on c.engagement_id = e.id and c.iso3 <> new.iso3 where e.id = new.engagement_id`;

const COUNTRY_JOINED = `create trigger engagement_countries_rollup_insert after insert on engagement_countries begin
  insert into engagement_timelines (scope, sort_key, engagement_id)
    select * from (select new.iso3, ${when('e')}, new.engagement_id from ${E}
      union all select ${pairOf('new.iso3', 'c.iso3')}, ${when('e')}, new.engagement_id from ${E_OTHERS}) as listed
    where true on conflict do nothing;
  ${add([
    `select 'kind' as facet, new.iso3 as scope, e.kind as value, 1 as d from ${E}`,
    `select 'month', new.iso3, ${month('e')}, 1 from ${E}`,
    `select 'countrymonth', ${month('e')}, new.iso3, 1 from ${E}`,
    `select 'countryyear', ${year('e')}, new.iso3, 1 from ${E}`,
    // A topic listed twice counts once.
    `select distinct 'topic', new.iso3, t.value, 1 from engagements e, json_each(e.topics) as t where e.id = new.engagement_id and t.type = 'text'`,
    `select 'partner', new.iso3, c.iso3, 1 from ${OTHERS}`,
    `select 'partner', c.iso3, new.iso3, 1 from ${OTHERS}`,
    `select 'pairmonth', ${month('e')}, ${pairOf('new.iso3', 'c.iso3')}, 1 from ${E_OTHERS}`,
    `select 'pairyear', ${year('e')}, ${pairOf('new.iso3', 'c.iso3')}, 1 from ${E_OTHERS}`,
  ])};
end`;

const ENGAGEMENT_ADDED = `create trigger engagements_rollup_insert after insert on engagements begin
  ${add([`select 'kind' as facet, '' as scope, new.kind as value, 1 as d`, `select 'month', '', ${month('new')}, 1`])};
end`;

// The rewritten engagement's countries and pairs; `changed` limits the rows to a facet whose value moved.
const countries = (changed: string) => `engagement_countries c where c.engagement_id = new.id and ${changed}`;
const pairs = (changed: string) => `engagement_countries a join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3
  where a.engagement_id = new.id and ${changed}`;
const KIND = 'old.kind is not new.kind';
const MONTH = `${month('old')} is not ${month('new')}`;
const YEAR = `${year('old')} is not ${year('new')}`;
/** Per country, with `d`, each distinct topic of engagement row `from` that row `without` lacks. */
const topicRows = (from: string, without: string, d: string) => `select distinct 'topic', c.iso3, t.value, ${d}
  from engagement_countries c, json_each(${from}.topics) as t
  where c.engagement_id = new.id and old.topics is not new.topics and t.type = 'text'
    and t.value not in (select u.value from json_each(${without}.topics) as u where u.type = 'text')`;

const ENGAGEMENT_CHANGED = `create trigger engagements_rollup_update after update of kind, date, first_reported, topics on engagements
when old.kind is not new.kind or ${month('old')} is not ${month('new')} or old.topics is not new.topics begin
  ${add([
    `select 'kind' as facet, '' as scope, old.kind as value, -1 as d where ${KIND}`,
    `select 'kind', '', new.kind, 1 where ${KIND}`,
    `select 'month', '', ${month('old')}, -1 where ${MONTH}`,
    `select 'month', '', ${month('new')}, 1 where ${MONTH}`,
    `select 'kind', c.iso3, old.kind, -1 from ${countries(KIND)}`,
    `select 'kind', c.iso3, new.kind, 1 from ${countries(KIND)}`,
    `select 'month', c.iso3, ${month('old')}, -1 from ${countries(MONTH)}`,
    `select 'month', c.iso3, ${month('new')}, 1 from ${countries(MONTH)}`,
    `select 'countrymonth', ${month('old')}, c.iso3, -1 from ${countries(MONTH)}`,
    `select 'countrymonth', ${month('new')}, c.iso3, 1 from ${countries(MONTH)}`,
    `select 'countryyear', ${year('old')}, c.iso3, -1 from ${countries(YEAR)}`,
    `select 'countryyear', ${year('new')}, c.iso3, 1 from ${countries(YEAR)}`,
    `select 'pairmonth', ${month('old')}, a.iso3 || '-' || b.iso3, -1 from ${pairs(MONTH)}`,
    `select 'pairmonth', ${month('new')}, a.iso3 || '-' || b.iso3, 1 from ${pairs(MONTH)}`,
    `select 'pairyear', ${year('old')}, a.iso3 || '-' || b.iso3, -1 from ${pairs(YEAR)}`,
    `select 'pairyear', ${year('new')}, a.iso3 || '-' || b.iso3, 1 from ${pairs(YEAR)}`,
    topicRows('old', 'new', '-1'),
    topicRows('new', 'old', '1'),
  ])};
end`;

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const name of REPLACED) await sql.raw(`drop trigger if exists ${name}`).execute(db);
  for (const s of [ENGAGEMENT_ADDED, ENGAGEMENT_CHANGED, COUNTRY_JOINED]) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const name of REPLACED) {
    await sql.raw(`drop trigger if exists ${name}`).execute(db);
    await sql.raw(sqliteTriggerSql(name)).execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';

/**
 * Counts the server would otherwise recompute over the whole store on every request, kept current
 * by triggers in the writing transaction, so the write path needs no change:
 *
 * - `rollup_counts` holds one count per (facet, scope, value): engagements per kind and per month
 *   over the whole store (scope ''), per country (scope = ISO code) by kind, month, topic and
 *   partner country; per month and per year by country ('countrymonth', 'countryyear': scope the
 *   period, value the country) and by country pair ('pairmonth', 'pairyear': value 'A-B'); and the
 *   row counts of the tables the statistics report (facet 'table'). A count that falls to zero stays
 *   as a zero row; readers skip it.
 * - `engagement_timelines` lists every engagement under each of its countries and each pair of
 *   them ('A-B', A < B), in the order the engagement list sorts by: a country's or a pair's page is
 *   one index range read in order, instead of all its engagements sorted, or the intersection of
 *   two countries' runs.
 * - `claim_codes` keeps, per engagement and claim, the claim's codes (CAMEO and PLOVER: a small part
 *   of its record) beside what ranks the claims (copy or original, publication, article), so a
 *   pair's timeline reads one short row per engagement instead of every claim and article.
 *
 * `slot` is 0 on SQLite. On PostgreSQL it is the writing backend's pid: concurrent workers never
 * update the same row (a store-wide counter would make every serializable transaction conflict
 * with every other), and readers add the slots up.
 *
 * An engagement's month is that of its date, or when undated of its first report, '' with neither:
 * the same key the engagement list sorts by. Topics count once per engagement.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const statements = dialect === 'postgres' ? postgresUp() : sqliteUp();
  for (const s of [...statements, ...backfill(dialect)]) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const drops = dialect === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN;
  for (const s of drops) await sql.raw(s).execute(db);
}

// An engagement row's sort key, month and year, and a country pair's key: later rollup migrations build on them.
export const when = (r: string) => `coalesce(${r}.date, ${r}.first_reported, '')`;
export const month = (r: string) => `substr(${when(r)}, 1, 7)`;
export const year = (r: string) => `substr(${when(r)}, 1, 4)`;
export const pairOf = (x: string, y: string) => `case when ${x} < ${y} then ${x} || '-' || ${y} else ${y} || '-' || ${x} end`;

/**
 * Adds signed rows (facet, scope, value, d) to the counts, netting out rows that cancel. `withs`
 * names what several rows read, so it is looked up once rather than once a row.
 */
function bump(rows: string[], slot: string, withs = ''): string {
  return `insert into rollup_counts (facet, scope, value, slot, n) ${withs}
    select facet, scope, value, ${slot}, sum(d) from (${rows.join('\n    union all ')}) as delta where true
    group by facet, scope, value having sum(d) <> 0
    on conflict (facet, scope, value, slot) do update set n = rollup_counts.n + excluded.n`;
}

function tableCount(name: string, d: string, slot: string): string {
  return `insert into rollup_counts (facet, scope, value, slot, n) values ('table', '', '${name}', ${slot}, ${d})
    on conflict (facet, scope, value, slot) do update set n = rollup_counts.n + excluded.n`;
}

/** An engagement row `r`'s counts over the whole store. */
const storeRows = (r: string, d: string) => [`select 'kind' as facet, '' as scope, ${r}.kind as value, ${d} as d`, `select 'month', '', ${month(r)}, ${d}`];

const pairsOf = (id: string) => `engagement_countries a join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3 where a.engagement_id = ${id}`;

/** An engagement whose sort key changed moves in the timelines of its countries and pairs. */
const TIMELINE_MOVE = `update engagement_timelines set sort_key = ${when('new')}
  where engagement_id = new.id and sort_key = ${when('old')} and scope in (
    select iso3 from engagement_countries where engagement_id = new.id
    union all select a.iso3 || '-' || b.iso3 from ${pairsOf('new.id')})`;

/** What engagement row `r` adds to each country `x` of the rows `from` gives, but for its topics. */
const countryFacets = (x: string, r: string, d: string, from: string) => [
  `select 'kind' as facet, ${x} as scope, ${r}.kind as value, ${d} as d from ${from}`,
  `select 'month', ${x}, ${month(r)}, ${d} from ${from}`,
  `select 'countrymonth', ${month(r)}, ${x}, ${d} from ${from}`,
  `select 'countryyear', ${year(r)}, ${x}, ${d} from ${from}`,
];

/** What engagement row `r` adds to pair `pair` (rows `from`), by month and by year. */
const pairRows = (pair: string, r: string, d: string, from: string) => [
  `select 'pairmonth', ${month(r)}, ${pair}, ${d} from ${from}`,
  `select 'pairyear', ${year(r)}, ${pair}, ${d} from ${from}`,
];

/** What engagement row `r` adds to each country `x` of the rows `from` gives; `key` names the engagement. */
type CountryRows = (x: string, r: string, d: string, from: string, key: string) => string[];

/** An engagement row rewritten in place (kind, date or topics): its old counts out, its new ones in, for it and each of its countries and pairs. */
function engagementChanged(countryRows: CountryRows, slot: string): string {
  const withs = `with c as materialized (select iso3 from engagement_countries where engagement_id = new.id),
    p as materialized (select a.iso3 || '-' || b.iso3 as pair from ${pairsOf('new.id')})`;
  return bump([
    ...storeRows('old', '-1'), ...storeRows('new', '1'),
    ...countryRows('c.iso3', 'old', '-1', 'c where true', 'c.iso3'),
    ...countryRows('c.iso3', 'new', '1', 'c where true', 'c.iso3'),
    ...pairRows('p.pair', 'old', '-1', 'p'),
    ...pairRows('p.pair', 'new', '1', 'p'),
  ], slot, withs);
}

const CREATE = (withoutRowid: string) => [
  `create table rollup_counts (
    facet text not null,
    scope text not null,
    value text not null,
    slot integer not null,
    n integer not null,
    primary key (facet, scope, value, slot)
  )${withoutRowid}`,
  `create table engagement_timelines (
    scope text not null,
    sort_key text not null,
    engagement_id text not null,
    primary key (scope, sort_key, engagement_id)
  )${withoutRowid}`,
  `create table claim_codes (
    engagement_id text not null,
    claim_id text not null,
    article_id text not null,
    copy integer not null,
    published text,
    codes text,
    primary key (engagement_id, claim_id)
  )${withoutRowid}`,
];

/** The claim_codes row of claim row `r`, when it belongs to an engagement; `article` finds the claim's article `a`. */
const claimCode = (r: string, codes: string, article: string) => `insert into claim_codes (engagement_id, claim_id, article_id, copy, published, codes)
    select ${r}.engagement_id, ${r}.id, a.id, case when a.near_duplicate_of is null then 0 else 1 end, a.published, ${codes}
    from articles a where ${article} and ${r}.engagement_id is not null`;

const dropClaimCode = (r: string) => `delete from claim_codes where engagement_id = ${r}.engagement_id and claim_id = ${r}.id`;

/** A dialect's codes of claim row `r` as JSON text, and the condition that finds its article `a`. */
interface CodeReader {
  codes(r: string): string;
  article(r: string): string;
}

function codeTriggers(read: CodeReader, make: TriggerMaker): string[] {
  const code = (r: string) => claimCode(r, read.codes(r), read.article(r));
  return [
    make('claims_codes_insert', 'insert', 'claims', code('new')),
    make('claims_codes_delete', 'delete', 'claims', dropClaimCode('old')),
    make('claims_codes_update', 'update of engagement_id, engagement, article_id', 'claims', `${dropClaimCode('old')}; ${code('new')}`,
      'old.engagement_id is distinct from new.engagement_id or old.engagement is distinct from new.engagement or old.article_id is distinct from new.article_id'),
    make('articles_codes_update', 'update of near_duplicate_of, published', 'articles', `update claim_codes
      set copy = case when new.near_duplicate_of is null then 0 else 1 end, published = new.published
      where (engagement_id, claim_id) in (select engagement_id, id from claims where article_id = new.id and engagement_id is not null)`,
      '(old.near_duplicate_of is null) <> (new.near_duplicate_of is null) or old.published is distinct from new.published'),
  ].flat();
}

const SQLITE_CODES: CodeReader = {
  codes: (r) => `json_extract(${r}.engagement, '$.codes')`,
  article: (r) => `a.id = ${r}.article_id`,
};

const POSTGRES_CODES: CodeReader = {
  codes: (r) => `(${r}.engagement -> 'codes')::text`,
  // A claim lives in its article's month partition: naming it lets PostgreSQL probe one partition.
  article: (r) => `a.id = ${r}.article_id and a.part_month = ${r}.part_month`,
};

/** The statement this migration created SQLite trigger `name` with: later migrations that replace one restore it on the way down. */
export function sqliteTriggerSql(name: string): string {
  const found = sqliteUp().find((s) => s.startsWith(`create trigger ${name} `));
  if (!found) throw new Error(`0007 created no SQLite trigger ${name}`);
  return found;
}

// ---- SQLite: row triggers fire as each row changes, so each one sees the rows changed before it.

function sqliteUp(): string[] {
  const slot = '0';
  // A trigger handles one engagement, so the distinct topic rows are distinct per engagement: a
  // topic listed twice counts once.
  const countryRows: CountryRows = (x, r, d, from) => [
    ...countryFacets(x, r, d, from),
    `select distinct 'topic', ${x}, t.value, ${d} from ${from.replace(' where ', `, json_each(${r}.topics) as t where t.type = 'text' and `)}`,
  ];
  // The engagement a country row joins or leaves, and the countries it still has besides.
  const withs = (row: string) => `with e as materialized (select kind, date, first_reported, topics from engagements where id = ${row}.engagement_id),
    c as materialized (select iso3 from engagement_countries where engagement_id = ${row}.engagement_id and iso3 <> ${row}.iso3)`;
  // A country row joining or leaving its engagement: its facets, and its pairs with the countries still there.
  const countryChange = (row: string, d: string) => bump([
    ...countryRows(`${row}.iso3`, 'e', d, 'e where true', ''),
    `select 'partner', ${row}.iso3, c.iso3, ${d} from c`,
    `select 'partner', c.iso3, ${row}.iso3, ${d} from c`,
    ...pairRows(pairOf(`${row}.iso3`, 'c.iso3'), 'e', d, 'e, c'),
  ], slot, withs(row));
  // The timeline entries of a country row: its country's, and its pairs' with the countries still there.
  const listed = (row: string) => `${withs(row)}
    select ${row}.iso3 as scope, ${when('e')} as sort_key, ${row}.engagement_id as engagement_id from e
    union all select ${pairOf(`${row}.iso3`, 'c.iso3')}, ${when('e')}, ${row}.engagement_id from e, c`;
  return [
    ...CREATE(' without rowid'),
    `create trigger engagements_rollup_insert after insert on engagements begin
      ${bump(storeRows('new', '1'), slot)};
    end`,
    `create trigger engagements_rollup_update after update of kind, date, first_reported, topics on engagements
    when old.kind is not new.kind or ${month('old')} is not ${month('new')} or old.topics is not new.topics begin
      ${engagementChanged(countryRows, slot)};
    end`,
    `create trigger engagements_timeline_update after update of date, first_reported on engagements
    when ${when('old')} is not ${when('new')} begin ${TIMELINE_MOVE}; end`,
    // Its countries leave first, while the engagement is still there to say what they counted;
    // the foreign key's cascade then finds nothing left to delete.
    `create trigger engagements_rollup_delete before delete on engagements begin
      delete from engagement_countries where engagement_id = old.id;
      ${bump(storeRows('old', '-1'), slot)};
    end`,
    `create trigger engagement_countries_rollup_insert after insert on engagement_countries begin
      insert into engagement_timelines (scope, sort_key, engagement_id) select * from (${listed('new')}) as listed where true on conflict do nothing;
      ${countryChange('new', '1')};
    end`,
    `create trigger engagement_countries_rollup_delete after delete on engagement_countries begin
      delete from engagement_timelines where engagement_id = old.engagement_id and (scope, sort_key) in (select scope, sort_key from (${listed('old')}) as listed);
      ${countryChange('old', '-1')};
    end`,
    ...[tableTriggers(slot, make), codeTriggers(SQLITE_CODES, make)].flat(),
  ];
}

const make: TriggerMaker = (name, event, table, body, when = '') => [`create trigger ${name} after ${event} on ${table} ${when ? `when ${when} ` : ''}begin ${body}; end`];

type TriggerMaker = (name: string, event: string, table: string, body: string, when?: string) => string[];

/** The counts the statistics report, one trigger per change that moves one of them. */
function tableTriggers(slot: string, make: TriggerMaker): string[] {
  const nd = (r: string) => `case when ${r}.near_duplicate_of is null then 0 else 1 end`;
  return [
    make('articles_rollup_insert', 'insert', 'articles', tableCount('articles', '1', slot)),
    make('articles_rollup_delete', 'delete', 'articles', tableCount('articles', '-1', slot)),
    make('articles_rollup_insert_near', 'insert', 'articles', tableCount('near_duplicates', '1', slot), 'new.near_duplicate_of is not null'),
    make('articles_rollup_delete_near', 'delete', 'articles', tableCount('near_duplicates', '-1', slot), 'old.near_duplicate_of is not null'),
    make('articles_rollup_near_duplicate', 'update of near_duplicate_of', 'articles', tableCount('near_duplicates', `${nd('new')} - ${nd('old')}`, slot),
      '(old.near_duplicate_of is null) <> (new.near_duplicate_of is null)'),
    make('article_duplicates_rollup_insert', 'insert', 'article_duplicates', tableCount('duplicates', '1', slot)),
    make('article_duplicates_rollup_delete', 'delete', 'article_duplicates', tableCount('duplicates', '-1', slot)),
    make('actors_rollup_insert', 'insert', 'actors', tableCount('actors', '1', slot)),
    make('actors_rollup_delete', 'delete', 'actors', tableCount('actors', '-1', slot)),
    make('claims_rollup_insert', 'insert', 'claims', tableCount('claims', '1', slot)),
    make('claims_rollup_delete', 'delete', 'claims', tableCount('claims', '-1', slot)),
  ].flat();
}

// ---- PostgreSQL: row triggers run when their statement ends and see all of its rows, so the
// country rows are handled per statement, from the transition tables of what changed.

function postgresUp(): string[] {
  const slot = 'pg_backend_pid()';
  const topics = (r: string) => `jsonb_array_elements(case when jsonb_typeof(${r}.topics) = 'array' then ${r}.topics else '[]'::jsonb end) as t(v)`;
  const countryRows: CountryRows = (x, r, d, from, key) => [
    ...countryFacets(x, r, d, from),
    // Distinct per engagement and country: a topic listed twice counts once.
    `select 'topic', scope, value, ${d} from (select distinct ${key}, ${x} as scope, t.v #>> '{}' as value
      from ${from.replace(' where ', `, ${topics(r)} where jsonb_typeof(t.v) = 'string' and `)}) as topic`,
  ];
  const makePg: TriggerMaker = (name, event, table, body, when = '') => [
    fn(`readout_${name}`, body),
    `create trigger ${name} after ${event} on ${table} for each row ${when ? `when (${when}) ` : ''}execute function readout_${name}()`,
  ];
  const fn = (name: string, body: string) => `create or replace function ${name}() returns trigger language plpgsql as $fn$
  begin
    ${body};
    return ${name.endsWith('_before') ? 'old' : 'null'};
  end
  $fn$`;
  // Rows `changed` joined (d = 1) or left (d = -1) their engagements: the pairs they made are
  // those of the engagement's countries, before a removal or after an addition, with a changed side.
  const countriesChanged = (changed: string, d: string) => {
    const members = d === '1'
      ? `select engagement_id, iso3 from engagement_countries where engagement_id in (select engagement_id from ${changed})`
      : `select engagement_id, iso3 from engagement_countries where engagement_id in (select engagement_id from ${changed}) union all select engagement_id, iso3 from ${changed}`;
    const pairs = `select a.engagement_id, a.iso3 as a, b.iso3 as b from members a join members b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3
      where exists (select 1 from ${changed} x where x.engagement_id = a.engagement_id and x.iso3 in (a.iso3, b.iso3))`;
    const listed = `select x.iso3 as scope, ${when('e')} as sort_key, e.id as engagement_id from ${changed} x join engagements e on e.id = x.engagement_id
      union all select p.a || '-' || p.b, ${when('e')}, e.id from pairs p join engagements e on e.id = p.engagement_id`;
    const timelines = d === '1'
      ? `insert into engagement_timelines (scope, sort_key, engagement_id) select * from listed on conflict do nothing`
      : `delete from engagement_timelines t using listed
        where t.scope = listed.scope and t.sort_key = listed.sort_key and t.engagement_id = listed.engagement_id`;
    return `with members as (${members}), pairs as (${pairs}), listed as (${listed}), moved as (${timelines})
    ${bump([
      ...countryRows('x.iso3', 'e', d, `${changed} x join engagements e on e.id = x.engagement_id where true`, 'x.engagement_id'),
      `select 'partner', a, b, ${d} from pairs`,
      `select 'partner', b, a, ${d} from pairs`,
      ...pairRows(`p.a || '-' || p.b`, 'e', d, 'pairs p join engagements e on e.id = p.engagement_id'),
    ], slot)}`;
  };
  return [
    ...CREATE(''),
    fn('readout_rollup_engagement_added', bump(storeRows('new', '1'), slot)),
    fn('readout_rollup_engagement_changed', engagementChanged(countryRows, slot)),
    // As on SQLite: the countries leave while the engagement is still there to say what they counted.
    fn('readout_rollup_engagement_before', `delete from engagement_countries where engagement_id = old.id;
    ${bump(storeRows('old', '-1'), slot)}`),
    `create trigger engagements_facets_insert after insert on engagements for each row execute function readout_rollup_engagement_added()`,
    `create trigger engagements_facets_update after update on engagements for each row
      when (old.kind is distinct from new.kind or ${month('old')} is distinct from ${month('new')} or old.topics is distinct from new.topics)
      execute function readout_rollup_engagement_changed()`,
    `create trigger engagements_facets_delete before delete on engagements for each row execute function readout_rollup_engagement_before()`,
    fn('readout_rollup_engagement_moved', TIMELINE_MOVE),
    `create trigger engagements_timeline_update after update on engagements for each row
      when (${when('old')} is distinct from ${when('new')}) execute function readout_rollup_engagement_moved()`,
    fn('readout_rollup_countries_joined', countriesChanged('added', '1')),
    fn('readout_rollup_countries_left', countriesChanged('removed', '-1')),
    `create trigger engagement_countries_facets_insert after insert on engagement_countries
      referencing new table as added for each statement execute function readout_rollup_countries_joined()`,
    `create trigger engagement_countries_facets_delete after delete on engagement_countries
      referencing old table as removed for each statement execute function readout_rollup_countries_left()`,
    ...[tableTriggers(slot, makePg), codeTriggers(POSTGRES_CODES, makePg)].flat(),
  ];
}

/** The counts of the rows already stored, as the triggers would have kept them. */
export function backfill(dialect: DialectName): string[] {
  const topic = dialect === 'postgres'
    ? `from engagement_countries c join engagements e on e.id = c.engagement_id,
        jsonb_array_elements(case when jsonb_typeof(e.topics) = 'array' then e.topics else '[]'::jsonb end) as t(v)
        where jsonb_typeof(t.v) = 'string' group by c.iso3, t.v #>> '{}'`
    : `from engagement_countries c join engagements e on e.id = c.engagement_id, json_each(e.topics) as t
        where t.type = 'text' group by c.iso3, t.value`;
  const topicValue = dialect === 'postgres' ? `t.v #>> '{}'` : 't.value';
  const ec = 'engagement_countries c join engagements e on e.id = c.engagement_id';
  const pairs = 'engagement_countries a join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3';
  const read = dialect === 'postgres' ? POSTGRES_CODES : SQLITE_CODES;
  const count = (name: string, from: string) => `select 'table', '', '${name}', 0, count(*) from ${from}`;
  return [
    `insert into engagement_timelines (scope, sort_key, engagement_id)
      select c.iso3, ${when('e')}, e.id from ${ec}
      union all select a.iso3 || '-' || b.iso3, ${when('e')}, e.id from ${pairs} join engagements e on e.id = a.engagement_id`,
    `insert into claim_codes (engagement_id, claim_id, article_id, copy, published, codes)
      select c.engagement_id, c.id, a.id, case when a.near_duplicate_of is null then 0 else 1 end, a.published, ${read.codes('c')}
      from claims c join articles a on a.id = c.article_id where c.engagement_id is not null`,
    `insert into rollup_counts (facet, scope, value, slot, n)
      select 'kind', '', e.kind, 0, count(*) from engagements e group by e.kind
      union all select 'month', '', ${month('e')}, 0, count(*) from engagements e group by ${month('e')}
      union all select 'kind', c.iso3, e.kind, 0, count(*) from ${ec} group by c.iso3, e.kind
      union all select 'month', c.iso3, ${month('e')}, 0, count(*) from ${ec} group by c.iso3, ${month('e')}
      union all select 'topic', c.iso3, ${topicValue}, 0, count(distinct c.engagement_id) ${topic}
      union all select 'partner', a.iso3, b.iso3, 0, count(*) from engagement_countries a join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 <> b.iso3 group by a.iso3, b.iso3
      union all select 'countrymonth', ${month('e')}, c.iso3, 0, count(*) from ${ec} group by ${month('e')}, c.iso3
      union all select 'countryyear', ${year('e')}, c.iso3, 0, count(*) from ${ec} group by ${year('e')}, c.iso3
      union all select 'pairmonth', ${month('e')}, a.iso3 || '-' || b.iso3, 0, count(*) from ${pairs} join engagements e on e.id = a.engagement_id
        group by ${month('e')}, a.iso3, b.iso3
      union all select 'pairyear', ${year('e')}, a.iso3 || '-' || b.iso3, 0, count(*) from ${pairs} join engagements e on e.id = a.engagement_id
        group by ${year('e')}, a.iso3, b.iso3
      union all ${count('articles', 'articles')}
      union all ${count('near_duplicates', 'articles where near_duplicate_of is not null')}
      union all ${count('duplicates', 'article_duplicates')}
      union all ${count('actors', 'actors')}
      union all ${count('claims', 'claims')}`,
  ];
}

const TABLE_TRIGGERS = [
  ['articles_rollup_insert', 'articles'], ['articles_rollup_delete', 'articles'], ['articles_rollup_insert_near', 'articles'],
  ['articles_rollup_delete_near', 'articles'], ['articles_rollup_near_duplicate', 'articles'],
  ['article_duplicates_rollup_insert', 'article_duplicates'], ['article_duplicates_rollup_delete', 'article_duplicates'],
  ['actors_rollup_insert', 'actors'], ['actors_rollup_delete', 'actors'], ['claims_rollup_insert', 'claims'], ['claims_rollup_delete', 'claims'],
  ['claims_codes_insert', 'claims'], ['claims_codes_delete', 'claims'], ['claims_codes_update', 'claims'], ['articles_codes_update', 'articles'],
];

const SQLITE_DOWN = [
  ...['engagements_rollup_insert', 'engagements_rollup_update', 'engagements_rollup_delete', 'engagements_timeline_update', 'engagement_countries_rollup_insert',
    'engagement_countries_rollup_delete', ...TABLE_TRIGGERS.map(([t]) => t)].map((t) => `drop trigger if exists ${t}`),
  'drop table if exists claim_codes',
  'drop table if exists engagement_timelines',
  'drop table if exists rollup_counts',
];

const POSTGRES_DOWN = [
  ...[['engagements_facets_insert', 'engagements'], ['engagements_facets_update', 'engagements'], ['engagements_facets_delete', 'engagements'],
    ['engagements_timeline_update', 'engagements'],
    ['engagement_countries_facets_insert', 'engagement_countries'], ['engagement_countries_facets_delete', 'engagement_countries'], ...TABLE_TRIGGERS]
    .map(([t, table]) => `drop trigger if exists ${t} on ${table}`),
  ...['readout_rollup_engagement_added', 'readout_rollup_engagement_changed', 'readout_rollup_engagement_before', 'readout_rollup_engagement_moved', 'readout_rollup_countries_joined',
    'readout_rollup_countries_left', ...TABLE_TRIGGERS.map(([t]) => `readout_${t}`)].map((f) => `drop function if exists ${f}()`),
  'drop table if exists claim_codes',
  'drop table if exists engagement_timelines',
  'drop table if exists rollup_counts',
];

import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';

/**
 * claim_codes kept each claim's whole codes object (CAMEO events of the engagement and of every
 * outcome, PLOVER fields): a quarter of what ingest wrote, for a reader that wants two numbers and a
 * word. It now keeps the sum and count of the claim's Goldstein values (the mean is rounded by the
 * reader, as before) and its PLOVER event type. Claims carry the same three values, which the writer
 * knows, so the trigger that copies them need not read the claim's JSON; a claim written without
 * them (goldstein_n null: an older writer, a hand-made row) has them read from its JSON instead.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  for (const s of dialect === 'postgres' ? postgresUp() : sqliteUp()) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<any>, dialect: DialectName): Promise<void> {
  for (const s of dialect === 'postgres' ? postgresDown() : sqliteDown()) await sql.raw(s).execute(db);
}

interface Reader {
  /** A one-row query of claim row `r`'s Goldstein sum (s) and count (n) and PLOVER event (p). */
  scores(r: string): string;
  codes(r: string): string;
  /** Finds the claim's article `a`. */
  article(r: string): string;
}

// Each scan runs only for a claim written without its values: SQLite tests a condition on the
// trigger's row once, before the loop.
const unscored = (r: string) => `${r}.goldstein_n is null`;

const SQLITE: Reader = {
  scores: (r) => `select case when ${unscored(r)} then total(g) else ${r}.goldstein_sum end as s, coalesce(${r}.goldstein_n, count(g)) as n,
      case when ${unscored(r)} then json_extract(${r}.engagement, '$.codes.plover.event') else ${r}.plover end as p
    from (select json_extract(j.value, '$.goldstein') as g from json_each(${r}.engagement, '$.codes.cameo') as j where ${unscored(r)}
      union all select json_extract(k.value, '$.goldstein') from json_each(${r}.engagement, '$.codes.outcomes') as o,
        json_each(case when o.type = 'object' then o.value else '{}' end, '$.cameo') as k where ${unscored(r)})
    where typeof(g) in ('integer', 'real')`,
  codes: (r) => `json_extract(${r}.engagement, '$.codes')`,
  article: (r) => `a.id = ${r}.article_id`,
};

const arrayOr = (x: string) => `case when jsonb_typeof(${x}) = 'array' then ${x} else '[]'::jsonb end`;
const POSTGRES: Reader = {
  scores: (r) => `select case when ${unscored(r)} then coalesce(sum((g #>> '{}')::double precision), 0) else ${r}.goldstein_sum end as s,
      coalesce(${r}.goldstein_n, count(g)) as n, case when ${unscored(r)} then ${r}.engagement #>> '{codes,plover,event}' else ${r}.plover end as p
    from (select x -> 'goldstein' as g from jsonb_array_elements(${arrayOr(`${r}.engagement -> 'codes' -> 'cameo'`)}) as x where ${unscored(r)}
      union all select k -> 'goldstein' from jsonb_array_elements(${arrayOr(`${r}.engagement -> 'codes' -> 'outcomes'`)}) as o,
        jsonb_array_elements(${arrayOr(`o -> 'cameo'`)}) as k where ${unscored(r)}) as v
    where jsonb_typeof(g) = 'number'`,
  codes: (r) => `(${r}.engagement -> 'codes')::text`,
  // A claim lives in its article's month partition: naming it lets PostgreSQL probe one partition.
  article: (r) => `a.id = ${r}.article_id and a.part_month = ${r}.part_month`,
};

const copyOf = `case when a.near_duplicate_of is null then 0 else 1 end`;
const scored = (read: Reader, r: string) => `insert into claim_codes (engagement_id, claim_id, article_id, copy, published, goldstein_sum, goldstein_n, plover)
    select ${r}.engagement_id, ${r}.id, a.id, ${copyOf}, a.published, sc.s, sc.n, sc.p
    from articles a, (${read.scores(r)}) as sc where ${read.article(r)} and ${r}.engagement_id is not null`;
const coded = (read: Reader, r: string) => `insert into claim_codes (engagement_id, claim_id, article_id, copy, published, codes)
    select ${r}.engagement_id, ${r}.id, a.id, ${copyOf}, a.published, ${read.codes(r)}
    from articles a where ${read.article(r)} and ${r}.engagement_id is not null`;
const dropRow = (r: string) => `delete from claim_codes where engagement_id = ${r}.engagement_id and claim_id = ${r}.id`;
const CHANGED = 'old.engagement_id is distinct from new.engagement_id or old.engagement is distinct from new.engagement or old.article_id is distinct from new.article_id';

// The table is rebuilt rather than altered: its rows are derived, and a fresh fill writes each once.
const sqliteTable = (columns: string) => `create table claim_codes (
    engagement_id text not null,
    claim_id text not null,
    article_id text not null,
    copy integer not null,
    published text,
    ${columns},
    primary key (engagement_id, claim_id)
  ) without rowid`;

function sqliteTriggers(insert: (r: string) => string): string[] {
  return [
    'drop trigger if exists claims_codes_insert',
    'drop trigger if exists claims_codes_update',
    `create trigger claims_codes_insert after insert on claims begin ${insert('new')}; end`,
    `create trigger claims_codes_update after update of engagement_id, engagement, article_id on claims when ${CHANGED}
      begin ${dropRow('old')}; ${insert('new')}; end`,
  ];
}

const fill = (insert: string) => insert.replace(/\bnew\b/g, 'c').replace('from articles a', 'from claims c, articles a');
// Filling from every claim: the scores query names the claim row, so it is asked as scalar subqueries.
const scoredFill = (read: Reader) => `insert into claim_codes (engagement_id, claim_id, article_id, copy, published, goldstein_sum, goldstein_n, plover)
    select c.engagement_id, c.id, a.id, ${copyOf}, a.published, (select s from (${read.scores('c')}) as sc), (select n from (${read.scores('c')}) as sc),
      (select p from (${read.scores('c')}) as sc)
    from claims c, articles a where ${read.article('c')} and c.engagement_id is not null`;

const CLAIM_SCORES = ['goldstein_sum double precision', 'goldstein_n integer', 'plover text'];
const addScores = CLAIM_SCORES.map((c) => `alter table claims add column ${c}`);
const dropScores = CLAIM_SCORES.map((c) => `alter table claims drop column ${c.split(' ')[0]}`);

function sqliteUp(): string[] {
  const insert = (r: string) => scored(SQLITE, r);
  return [
    ...addScores,
    'drop table claim_codes',
    sqliteTable('goldstein_sum double precision, goldstein_n integer not null, plover text'),
    ...sqliteTriggers(insert),
    scoredFill(SQLITE),
  ];
}

function sqliteDown(): string[] {
  const insert = (r: string) => coded(SQLITE, r);
  return ['drop table claim_codes', sqliteTable('codes text'), ...sqliteTriggers(insert), ...dropScores, fill(insert('new'))];
}

const pgFunction = (name: string, body: string) => `create or replace function ${name}() returns trigger language plpgsql as $fn$
  begin
    ${body};
    return null;
  end
  $fn$`;

function postgresUp(): string[] {
  const insert = (r: string) => scored(POSTGRES, r);
  return [
    ...addScores,
    'truncate claim_codes',
    'alter table claim_codes drop column codes',
    'alter table claim_codes add column goldstein_sum double precision, add column goldstein_n integer not null default 0, add column plover text',
    pgFunction('readout_claims_codes_insert', insert('new')),
    pgFunction('readout_claims_codes_update', `${dropRow('old')}; ${insert('new')}`),
    scoredFill(POSTGRES),
  ];
}

function postgresDown(): string[] {
  const insert = (r: string) => coded(POSTGRES, r);
  return [
    'truncate claim_codes',
    'alter table claim_codes drop column goldstein_sum, drop column goldstein_n, drop column plover',
    'alter table claim_codes add column codes text',
    pgFunction('readout_claims_codes_insert', insert('new')),
    pgFunction('readout_claims_codes_update', `${dropRow('old')}; ${insert('new')}`),
    fill(insert('new')),
    ...dropScores,
  ];
}

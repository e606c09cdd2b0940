import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { reprocessArticles } from '../../src/fuse/reprocess.ts';
import { ensureMonthPartitions } from '../../src/queue/partitions.ts';
import { openStore } from '../../src/store/db.ts';
import * as m0001 from '../../src/store/migrations/0001_initial.ts';
import * as m0002 from '../../src/store/migrations/0002_serve_read_indexes.ts';
import { NEEDS_PG, pgDatabase } from '../queue/pg.ts';
import { article, person, record, tableExtractor } from './helpers.ts';

const SKIP = NEEDS_PG;

/** A fresh store in its own database (see test/queue/pg.ts for why not a schema). */
async function pgStore() {
  const d = await pgDatabase();
  const store = await openStore(d.url);
  return { store, cleanup: async () => { await store.close(); await d.cleanup(); } };
}

const meetings = {
  'Mongolia Kazakhstan talks': [record({ participants: [person('Ukhnaagiin Khurelsukh', 'MNG'), person('Kassym-Jomart Tokayev', 'KAZ')], date: '2024-05-09', evidence: 'Khurelsukh held talks with Tokayev on railways.' })],
  'Tokayev receives Khurelsukh': [record({ participants: [person('Tokayev', 'KAZ'), person('Khurelsukh', 'MNG')], date: '2024-05-09', evidence: 'Tokayev received Khurelsukh in Astana.' })],
  'Uzbekistan China call': [record({ kind: 'phone_call', participants: [person('Wang Yi', 'CHN'), person('Bakhtiyor Saidov', 'UZB'), person('Ararat Mirzoyan', 'ARM')], date: '2024-05-11', evidence: 'Wang Yi spoke by phone with Saidov about transit.' })],
};
const arts = [
  article({ title: 'Mongolia Kazakhstan talks', text: 'Khurelsukh held talks with Tokayev on railways. '.repeat(8), url: 'https://a.example/1' }),
  article({ title: 'Tokayev receives Khurelsukh', text: 'Tokayev received Khurelsukh in Astana for a state visit. '.repeat(8), url: 'https://b.example/2' }),
  article({ title: 'Uzbekistan China call', text: 'Wang Yi spoke by phone with Saidov about transit corridors. '.repeat(8), url: 'https://c.example/3', published: '2024-05-12' }),
];

/** The rollup as the triggers keep it, and as a full recount of the engagements computes it. */
async function rollups(db: Kysely<any>) {
  const kept = await sql<{ pair: string; day: string; engagements: number; articles: number }>`
    select pair, day, engagements, articles from pair_day_counts order by pair, day`.execute(db);
  const recount = await sql<{ pair: string; day: string; engagements: number; articles: number }>`
    select a.iso3 || '-' || b.iso3 as pair, left(coalesce(e.date, e.first_reported), 10) as day, count(*)::int as engagements, sum(e.num_articles)::int as articles
    from engagements e join engagement_countries a on a.engagement_id = e.id join engagement_countries b on b.engagement_id = e.id and a.iso3 < b.iso3
    where e.num_articles > 0 group by 1, 2 order by 1, 2`.execute(db);
  return { kept: kept.rows, recount: recount.rows };
}

test('SQLite keeps its single-file layout and gains only the ingest-order index', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-scale-'));
  const store = await openStore(join(dir, 'r.db'));
  try {
    const idx = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name = 'articles_ingested_id'`.execute(store.db);
    assert.equal(idx.rows.length, 1);
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name in ('pair_day_counts', 'queue_workers', 'article_keys')`.execute(store.db);
    assert.deepEqual(tables.rows, []);
    assert.deepEqual(await ensureMonthPartitions(store), []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PostgreSQL: articles and claims live in month partitions, with no foreign key across the article and engagement sides', { skip: SKIP }, async () => {
  const { store, cleanup } = await pgStore();
  try {
    await ensureMonthPartitions(store);
    await ingestArticles(store, arts, tableExtractor(meetings));
    const month = new Date().toISOString().slice(0, 7).replace('-', 'm');
    const where = await sql<{ part: string; n: number }>`select tableoid::regclass::text as part, count(*)::int as n from articles group by 1`.execute(store.db);
    assert.deepEqual(where.rows.map((r) => [r.part.replace(/^.*\./, ''), r.n]), [[`articles_y${month}`, 3]]);
    const claimParts = await sql<{ part: string }>`select distinct tableoid::regclass::text as part from claims`.execute(store.db);
    assert.deepEqual(claimParts.rows.map((r) => r.part.replace(/^.*\./, '')), [`claims_y${month}`]);
    const fks = await sql<{ child: string; parent: string }>`select conrelid::regclass::text as child, confrelid::regclass::text as parent
      from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace`.execute(store.db);
    const crossing = fks.rows.filter((r) => ['articles', 'claims'].includes(r.parent.replace(/^.*\./, '')) || (r.child.replace(/^.*\./, '') === 'claims'));
    assert.deepEqual(crossing, []);
    // Both identities of each article are claimed once in the key table, whichever partition it is in.
    const keys = await sql<{ n: number }>`select count(*)::int as n from article_keys`.execute(store.db);
    assert.equal(keys.rows[0].n, 6);
    await assert.rejects(
      sql`insert into articles (id, content_hash, text, ingested_at) select 'a_copy', content_hash, text, ingested_at from articles limit 1`.execute(store.db),
      /article_keys/,
    );
    // A month that already has rows in the default partition is left there, not split under a lock.
    await sql`insert into articles (id, content_hash, text, ingested_at, part_month) values ('a_old', 'h-old', 'x', '2001-01-05T00:00:00Z', '2001-01-01')`.execute(store.db);
    const made = await sql<{ made: boolean }>`select readout_ensure_month_partition('articles', '2001-01-15') as made`.execute(store.db);
    assert.equal(made.rows[0].made, false);
    const futureMade = await sql<{ made: boolean }>`select readout_ensure_month_partition('articles', '2099-03-01') as made`.execute(store.db);
    assert.equal(futureMade.rows[0].made, true);
    assert.deepEqual(await ensureMonthPartitions(store), [], 'this month and the next exist already');
  } finally {
    await cleanup();
  }
});

test('PostgreSQL: title and evidence search, and the pair/day rollup stays equal to a full recount through changes', { skip: SKIP }, async () => {
  const { store, cleanup } = await pgStore();
  try {
    await ingestArticles(store, arts, tableExtractor(meetings));
    const titles = await sql<{ title: string }>`select title from articles where title_tsv @@ plainto_tsquery('simple', 'Kazakhstan') order by title`.execute(store.db);
    assert.deepEqual(titles.rows.map((r) => r.title), ['Mongolia Kazakhstan talks']);
    const evidence = await sql<{ n: number }>`select count(*)::int as n from engagements where evidence_tsv @@ plainto_tsquery('simple', 'phone')`.execute(store.db);
    assert.equal(evidence.rows[0].n, 1);
    const none = await sql<{ n: number }>`select count(*)::int as n from engagements where evidence_tsv @@ plainto_tsquery('simple', 'submarine')`.execute(store.db);
    assert.equal(none.rows[0].n, 0);

    let r = await rollups(store.db);
    assert.deepEqual(r.kept, r.recount);
    assert.deepEqual(r.kept.map((x) => [x.pair, x.day, x.engagements, x.articles]), [
      ['ARM-CHN', '2024-05-11', 1, 1], ['ARM-UZB', '2024-05-11', 1, 1], ['CHN-UZB', '2024-05-11', 1, 1], ['KAZ-MNG', '2024-05-09', 2 - 1, 2],
    ]);
    // A new extractor moves the call to another day and drops the third party: the rollup follows.
    const moved = { ...meetings, 'Uzbekistan China call': [record({ kind: 'phone_call', participants: [person('Wang Yi', 'CHN'), person('Bakhtiyor Saidov', 'UZB')], date: '2024-05-10', evidence: 'They spoke.' })] };
    await reprocessArticles(store, tableExtractor(moved, '2'));
    r = await rollups(store.db);
    assert.deepEqual(r.kept, r.recount);
    assert.ok(!r.kept.some((x) => x.pair.includes('ARM')), 'the dropped party no longer counts');
    // Deleting an article's claims and its engagement through the cascade triggers keeps it exact too.
    await sql`delete from articles where title = 'Uzbekistan China call'`.execute(store.db);
    const orphans = await sql<{ n: number }>`select (select count(*) from claims c where not exists (select 1 from articles a where a.id = c.article_id))::int
      + (select count(*) from claim_actors ca where not exists (select 1 from claims c where c.id = ca.claim_id))::int
      + (select count(*) from article_minhash_bands b where not exists (select 1 from articles a where a.id = b.article_id))::int
      + (select count(*) from article_keys k where not exists (select 1 from articles a where a.id = k.article_id))::int as n`.execute(store.db);
    assert.equal(orphans.rows[0].n, 0);
    const gone = await sql<{ id: string }>`select id from engagements where kind = 'phone_call'`.execute(store.db);
    for (const g of gone.rows) await sql`delete from engagements where id = ${g.id}`.execute(store.db);
    const unlinked = await sql<{ n: number }>`select count(*)::int as n from claims where engagement_id is not null and engagement_id not in (select id from engagements)`.execute(store.db);
    assert.equal(unlinked.rows[0].n, 0);
    r = await rollups(store.db);
    assert.deepEqual(r.kept, r.recount);
    assert.deepEqual(r.kept.map((x) => x.pair), ['KAZ-MNG']);
  } finally {
    await cleanup();
  }
});

test('PostgreSQL: a store written before partitioning keeps its articles, claims and engagements through the upgrade', { skip: SKIP }, async () => {
  const d = await pgDatabase();
  const old = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: d.url, max: 1 }) }) });
  try {
    const migrator = new Migrator({ db: old, provider: { getMigrations: async () => ({
      '0001_initial': { up: (db) => m0001.up(db, 'postgres') },
      '0002_serve_read_indexes': { up: (db) => m0002.up(db) },
    }) } });
    const { error } = await migrator.migrateToLatest();
    assert.equal(error, undefined);
    await sql`insert into articles (id, url, canonical_url, content_hash, title, published, text, ingested_at)
      values ('a_1', 'https://x.example/1', 'https://x.example/1', 'h1', 'Old talks', '2023-03-02', 'They met.', '2023-03-03T10:00:00.000Z'),
             ('a_2', null, null, 'h2', 'Older', '2022-11-30', 'They spoke.', '2022-12-01T10:00:00.000Z')`.execute(old);
    await sql`insert into engagements (id, kind, date, participants, topics, outcomes, evidence, readings, fingerprint, confidence, num_sources, num_copies, num_articles, first_reported, last_reported, updated_at)
      values ('e_1', 'meeting', '2023-03-01', '[]', '[]', '[]', 'They met.', '{}', 'KAZ,MNG', 0.9, 1, 0, 1, '2023-03-02', '2023-03-02', '2023-03-03')`.execute(old);
    await sql`insert into engagement_countries (engagement_id, iso3) values ('e_1', 'KAZ'), ('e_1', 'MNG')`.execute(old);
    await sql`insert into claims (id, article_id, idx, engagement, confidence, engagement_id) values ('a_1:0', 'a_1', 0, '{}', 0.9, 'e_1')`.execute(old);
  } finally {
    await old.destroy();
  }
  const store = await openStore(d.url);
  try {
    const parts = await sql<{ id: string; part: string }>`select id, tableoid::regclass::text as part from articles order by id`.execute(store.db);
    assert.deepEqual(parts.rows.map((r) => [r.id, r.part.replace(/^.*\./, '')]), [['a_1', 'articles_y2023m03'], ['a_2', 'articles_y2022m12']]);
    const claims = await sql<{ id: string; part_month: Date }>`select id, to_char(part_month, 'YYYY-MM') as part_month from claims`.execute(store.db);
    assert.deepEqual(claims.rows, [{ id: 'a_1:0', part_month: '2023-03' }]);
    const keys = await sql<{ key: string }>`select key from article_keys order by key`.execute(store.db);
    assert.deepEqual(keys.rows.map((k) => k.key), ['h:h1', 'h:h2', 'u:https://x.example/1']);
    const r = await rollups(store.db);
    assert.deepEqual(r.kept.map((x) => [x.pair, x.day, x.engagements]), [['KAZ-MNG', '2023-03-01', 1]]);
  } finally {
    await store.close();
    await d.cleanup();
  }
});

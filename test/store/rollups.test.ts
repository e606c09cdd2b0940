// The counts migration 0007 keeps by trigger must equal a direct count over the engagements after
// every kind of write: ingest, duplicates, reprocessing that moves, merges and drops engagements,
// corrections, deleting an article, and the migration's own backfill of a store written before it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { EngagementRecord } from '../../src/model/engagement.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { reprocessArticles } from '../../src/fuse/reprocess.ts';
import { recordCorrection } from '../../src/fuse/commitments/corrections/record.ts';
import type { Store } from '../../src/store/db.ts';
import * as m0007 from '../../src/store/migrations/0007_read_rollups.ts';
import * as m0010 from '../../src/store/migrations/0010_claim_code_scores.ts';
import { stats } from '../../src/store/queries/stats.ts';
import { countryCounts, countryTopics, kindCounts, monthlyCounts, pairCounts, topicCounts } from '../../src/serve/queries/aggregates.ts';
import { codesOf, dyad } from '../../src/serve/queries/dyad.ts';
import { meanGoldstein } from '../../src/serve/queries/engagement-detail.ts';
import { listEngagementPage } from '../../src/serve/queries/engagement-list.ts';
import { article, person, prose, record, tableExtractor, targets } from './helpers.ts';

const num = (x: unknown) => Number(x);
const WHEN = sql<string>`coalesce(e.date, e.first_reported, '')`;

/** The answers as the server computed them before the rollups: straight off the engagement rows. */
async function direct(store: Store, iso3?: string) {
  const one = iso3 ? sql`and e.id in (select engagement_id from engagement_countries where iso3 = ${iso3})` : sql``;
  const months = await sql<{ month: string; n: string | number }>`select substr(${WHEN}, 1, 7) as month, count(*) as n from engagements e
    where ${WHEN} <> '' ${one} group by substr(${WHEN}, 1, 7) order by month`.execute(store.db);
  const kinds = await sql<{ kind: string; n: string | number }>`select e.kind, count(*) as n from engagements e where 1 = 1 ${one} group by e.kind`.execute(store.db);
  const topics = await sql<{ topics: unknown }>`select e.topics from engagements e where 1 = 1 ${one}`.execute(store.db);
  return {
    timeline: months.rows.map((r) => ({ month: r.month, engagements: num(r.n) })),
    kinds: Object.fromEntries(kinds.rows.map((r) => [r.kind, num(r.n)])),
    topics: topicCounts(topics.rows.map((r) => store.json.read<string[]>(r.topics) ?? [])),
  };
}

async function directPairs(store: Store, o: { from?: string; to?: string; country?: string; limit: number }) {
  const parts = [sql`1 = 1`];
  if (o.from) parts.push(sql`${WHEN} >= ${o.from}`);
  if (o.to) parts.push(sql`${WHEN} <= ${o.to}`);
  if (o.country) parts.push(sql`(a.iso3 = ${o.country} or b.iso3 = ${o.country})`);
  const r = await sql<{ a: string; b: string; n: string | number }>`select a.iso3 as a, b.iso3 as b, count(*) as n
    from engagement_countries a join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3
    join engagements e on e.id = a.engagement_id where ${sql.join(parts, sql` and `)}
    group by a.iso3, b.iso3 order by n desc, a.iso3, b.iso3 limit ${o.limit}`.execute(store.db);
  return r.rows.map((x) => ({ a: x.a, b: x.b, engagements: num(x.n) }));
}

async function directCountries(store: Store, o: { from?: string; to?: string }) {
  const parts = [sql`1 = 1`];
  if (o.from) parts.push(sql`${WHEN} >= ${o.from}`);
  if (o.to) parts.push(sql`${WHEN} <= ${o.to}`);
  const r = await sql<{ iso3: string; n: string | number }>`select c.iso3, count(*) as n from engagement_countries c
    join engagements e on e.id = c.engagement_id where ${sql.join(parts, sql` and `)} group by c.iso3 order by n desc, c.iso3`.execute(store.db);
  return r.rows.map((x) => ({ iso3: x.iso3, engagements: num(x.n) }));
}

async function directStats(store: Store) {
  const n = async (q: string) => num((await sql<{ n: unknown }>`${sql.raw(q)}`.execute(store.db)).rows[0].n);
  return {
    articles: await n('select count(*) as n from articles'),
    duplicates: await n('select count(*) as n from article_duplicates'),
    near_duplicates: await n('select count(*) as n from articles where near_duplicate_of is not null'),
    engagements: await n('select count(*) as n from engagements'),
    actors: await n('select count(*) as n from actors'),
    countries: await n('select count(distinct iso3) as n from engagement_countries'),
    claims: await n('select count(*) as n from claims'),
  };
}

/** Each engagement's leading claim's codes, read from the claims and articles themselves. */
async function directCodes(store: Store) {
  const rows = await store.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.engagement_id', 'claims.engagement', 'claims.id as claim_id', 'articles.published', 'articles.near_duplicate_of', 'articles.id'])
    .where('claims.engagement_id', 'is not', null).execute();
  const best = new Map<string, { rank: string; coded: { goldstein: number | null; plover: string | null } }>();
  for (const r of rows) {
    const rank = `${r.near_duplicate_of ? 1 : 0}|${r.published ?? '9999'}|${r.id}|${r.claim_id}`;
    const prev = best.get(r.engagement_id!);
    if (prev && prev.rank <= rank) continue;
    const rec = store.json.read<EngagementRecord>(r.engagement);
    best.set(r.engagement_id!, { rank, coded: { goldstein: meanGoldstein(rec.codes), plover: rec.codes?.plover?.event ?? null } });
  }
  return new Map([...best].map(([k, v]) => [k, v.coded]));
}

async function countries(store: Store): Promise<string[]> {
  const r = await sql<{ iso3: string }>`select distinct iso3 from engagement_countries order by iso3`.execute(store.db);
  return r.rows.map((x) => x.iso3);
}

/** Paging a country's or pair's list, both ways, gives its engagements in the order a direct sort does. */
async function assertPagesMatch(store: Store, f: { country?: string; pair?: [string, string]; from?: string; to?: string }, label: string): Promise<void> {
  const parts = [sql`1 = 1`];
  for (const c of [f.country, ...(f.pair ?? [])].filter(Boolean)) parts.push(sql`e.id in (select engagement_id from engagement_countries where iso3 = ${c})`);
  if (f.from) parts.push(sql`${WHEN} >= ${f.from}`);
  if (f.to) parts.push(sql`${WHEN} <= ${f.to}`);
  for (const sort of ['date_desc', 'date_asc'] as const) {
    const dir = sql.raw(sort === 'date_desc' ? 'desc' : 'asc');
    const want = await sql<{ id: string }>`select e.id from engagements e where ${sql.join(parts, sql` and `)} order by ${WHEN} ${dir}, e.id ${dir}`.execute(store.db);
    const got: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await listEngagementPage(store, { ...f, sort, cursor, limit: 2 });
      got.push(...page.items.map((e) => e.id));
      if (!page.next_cursor) break;
      cursor = page.next_cursor;
    }
    assert.deepEqual(got, want.rows.map((r) => r.id), `${label}: pages ${sort} ${JSON.stringify(f)}`);
  }
}

const PERIODS = [
  {}, { from: '2024-05-10' }, { to: '2024-05-10' }, { from: '2024-04-15', to: '2024-06-02' }, { from: '2024-05-01', to: '2024-05-31' },
  { from: '2024-05-11', to: '2024-05-11' }, { from: '2023-01-01', to: '2030-12-31' }, { from: '2024-07-01' },
  // Whole years and whole months, alone and beside partial ones.
  { from: '2024-01-01', to: '2024-12-31' }, { to: '2024-05-31' }, { from: '2023-12-01' }, { from: '2024-04-30', to: '2024-07-31' },
  { to: '2023-12-31' }, { from: '2023-12-31', to: '2025-01-01' }, { from: '2024-02-01', to: '2024-02-29' },
  ...randomPeriods(12),
];

/** Periods with bounds on any day from late 2023 to late 2024, some open on one side: a fixed seed. */
function randomPeriods(n: number): { from?: string; to?: string }[] {
  let x = 2024;
  const next = () => { x = (x * 1103515245 + 12345) % 2147483648; return x; };
  const day = () => new Date(Date.UTC(2023, 10, 1) + (next() % 400) * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, () => {
    const [a, b] = [day(), day()].sort();
    const open = next() % 4;
    return open === 0 ? { from: a } : open === 1 ? { to: b } : { from: a, to: b };
  });
}

/** Every rollup-backed answer against its direct count, over the store as it is now. */
async function assertRollupsMatch(store: Store, label: string): Promise<void> {
  assert.deepEqual(await stats(store), await directStats(store), `${label}: stats`);
  const all = await direct(store);
  assert.deepEqual(await monthlyCounts(store), all.timeline, `${label}: timeline`);
  assert.deepEqual(await kindCounts(store), all.kinds, `${label}: kinds`);
  for (const p of PERIODS) {
    assert.deepEqual(await pairCounts(store, { ...p, limit: 1000 }), await directPairs(store, { ...p, limit: 1000 }), `${label}: pairs ${JSON.stringify(p)}`);
    assert.deepEqual(await pairCounts(store, { ...p, limit: 2 }), await directPairs(store, { ...p, limit: 2 }), `${label}: top pairs ${JSON.stringify(p)}`);
    assert.deepEqual(await countryCounts(store, p), await directCountries(store, p), `${label}: countries ${JSON.stringify(p)}`);
  }
  for (const c of await countries(store)) {
    const one = await direct(store, c);
    assert.deepEqual(await monthlyCounts(store, c), one.timeline, `${label}: ${c} timeline`);
    assert.deepEqual(await kindCounts(store, c), one.kinds, `${label}: ${c} kinds`);
    assert.deepEqual(await countryTopics(store, c), one.topics, `${label}: ${c} topics`);
    assert.deepEqual(await pairCounts(store, { country: c, limit: 50 }), await directPairs(store, { country: c, limit: 50 }), `${label}: ${c} partners`);
    assert.deepEqual(await pairCounts(store, { country: c, from: '2024-05-01', limit: 50 }), await directPairs(store, { country: c, from: '2024-05-01', limit: 50 }), `${label}: ${c} partners since May`);
  }
  // The timelines list every engagement under each of its countries and pairs, by its sort key.
  const listed = await sql`select scope, sort_key, engagement_id from engagement_timelines order by scope, sort_key, engagement_id`.execute(store.db);
  const recount = await sql`select * from (
      select c.iso3 as scope, ${WHEN} as sort_key, e.id as engagement_id from engagement_countries c join engagements e on e.id = c.engagement_id
      union all select a.iso3 || '-' || b.iso3, ${WHEN}, e.id from engagement_countries a
      join engagement_countries b on b.engagement_id = a.engagement_id and a.iso3 < b.iso3 join engagements e on e.id = a.engagement_id) as x
    order by scope, sort_key, engagement_id`.execute(store.db);
  assert.deepEqual(listed.rows, recount.rows, `${label}: timelines`);
  for (const c of await countries(store)) await assertPagesMatch(store, { country: c }, label);
  for (const [a, b] of (await pairCounts(store, { limit: 1000 })).map((p) => [p.a, p.b])) {
    await assertPagesMatch(store, { pair: [b, a] }, label);
    await assertPagesMatch(store, { pair: [a, b], from: '2024-05-01', to: '2024-06-30' }, label);
  }
  // The pair page's codes: the leading claim's, as the claims themselves give them.
  const ids = (await sql<{ id: string }>`select id from engagements order by id`.execute(store.db)).rows.map((r) => r.id);
  const expected = await directCodes(store);
  assert.ok([...expected.values()].some((c) => c.goldstein !== null), `${label}: codes to compare`);
  assert.deepEqual(new Map([...(await codesOf(store, ids))].sort()), new Map([...expected].sort()), `${label}: codes`);
  // No count below zero, whatever order the rows were rewritten in.
  const negative = await sql<{ facet: string }>`select facet, scope, value from rollup_counts group by facet, scope, value having sum(n) < 0`.execute(store.db);
  assert.deepEqual(negative.rows, [], `${label}: negative counts`);
}

let seq = 0;
/** A record with CAMEO events whose Goldstein values differ from one record to the next. */
function meet(over: Partial<EngagementRecord> & { participants: EngagementRecord['participants'] }): EngagementRecord {
  const g = [1, 3.4, -2, 7, 0.1][seq++ % 5];
  const event = (goldstein: number | null) => ({ code: '040', name: 'Consult', goldstein, quadClass: 1, source: null, target: null });
  return record({
    codes: { cameo: [event(g), event(null)], plover: { event: seq % 2 ? 'CONSULT' : 'COOPERATE', mode: null, context: [], actors: [], recipients: [] }, outcomes: [{ cameo: [event(g / 2)], plover: null }] },
    ...over,
  });
}

const V1: Record<string, EngagementRecord[]> = {
  a1: [meet({ participants: [person('Tokayev', 'KAZ'), person('Khurelsukh', 'MNG')], date: '2024-05-09', topics: ['trade', 'energy', 'trade'] })],
  a2: [meet({ participants: [person('Khurelsukh', 'MNG'), person('Tokayev', 'KAZ')], date: '2024-05-09', topics: ['trade'] })],
  a3: [meet({ kind: 'phone_call', participants: [person('Wang Yi', 'CHN'), person('Saidov', 'UZB'), person('Mirzoyan', 'ARM')], date: null, topics: ['security_defense'] })],
  a4: [
    meet({ kind: 'visit', participants: [person('Erdogan', 'TUR'), person('Japarov', 'KGZ')], date: '2024-06-01', topics: [] }),
    meet({ participants: [person('Fidan', 'TUR'), person('Kulubaev', 'KGZ'), person('Nurtleu', 'KAZ')], date: '2024-04-30', topics: ['transport_logistics'] }),
  ],
  // No date and no publication date: the engagement has no month at all.
  a5: [meet({ kind: 'video_call', participants: [person('Modi', 'IND'), person('Khurelsukh', 'MNG')], date: null, topics: ['investment'] })],
};

const V2: Record<string, EngagementRecord[]> = {
  // Moves to another month and changes kind and topics.
  a1: [meet({ kind: 'visit', participants: [person('Tokayev', 'KAZ'), person('Khurelsukh', 'MNG')], date: '2024-07-02', topics: ['culture_humanitarian'] })],
  a2: [meet({ participants: [person('Khurelsukh', 'MNG'), person('Tokayev', 'KAZ')], date: '2024-05-09', topics: ['trade'] })],
  // Loses a country.
  a3: [meet({ kind: 'phone_call', participants: [person('Wang Yi', 'CHN'), person('Saidov', 'UZB')], date: '2024-05-11', topics: ['security_defense'] })],
  // One engagement gone, the other gains a country.
  a4: [meet({ participants: [person('Fidan', 'TUR'), person('Kulubaev', 'KGZ'), person('Nurtleu', 'KAZ'), person('Aliyev', 'AZE')], date: '2024-04-30', topics: ['transport_logistics', 'energy'] })],
  a5: [],
};

function corpus() {
  return [
    article({ title: 'a1', text: prose(11), published: '2024-05-10', url: 'https://a.example/1' }),
    article({ title: 'a2', text: prose(12), published: '2024-05-11', url: 'https://b.example/2' }),
    article({ title: 'a3', text: prose(13), published: '2024-05-12', url: 'https://c.example/3' }),
    article({ title: 'a4', text: prose(14), published: '2024-06-02', url: 'https://d.example/4' }),
    article({ title: 'a5', text: prose(15), published: null, url: 'https://e.example/5' }),
    // The same text under another URL: remembered as a duplicate, not stored again.
    article({ title: 'a2', text: prose(12), published: '2024-05-11', url: 'https://f.example/2' }),
    // Nearly the same text: stored, as a near-copy of a1.
    article({ title: 'a1', text: `${prose(11)} Updated.`, published: '2024-05-10', url: 'https://g.example/1' }),
  ];
}

for (const target of targets()) {
  describe(`rollups (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, cleanup } = await target.open());
      await ingestArticles(store, corpus(), tableExtractor(V1, 'v1'));
    });
    after(async () => cleanup?.());

    test('after ingest, every count equals a direct count', async () => {
      const s = await stats(store);
      assert.equal(s.duplicates, 1);
      assert.equal(s.near_duplicates, 1);
      assert.ok(s.engagements >= 5);
      await assertRollupsMatch(store, 'ingest');
    });

    test('the pair page, list and dyad read the pair index and find what the two countries share', async () => {
      const d = await dyad(store, 'MNG', 'KAZ');
      const both = await sql<{ id: string }>`select id from engagements where id in (select engagement_id from engagement_countries where iso3 = 'KAZ')
        and id in (select engagement_id from engagement_countries where iso3 = 'MNG') order by id`.execute(store.db);
      assert.deepEqual(d.latest.map((e) => e.id).sort(), both.rows.map((r) => r.id));
      const page = await listEngagementPage(store, { pair: ['MNG', 'KAZ'], limit: 20 });
      assert.deepEqual(page.items.map((e) => e.id).sort(), both.rows.map((r) => r.id));
      assert.deepEqual((await listEngagementPage(store, { pair: ['KAZ', 'KAZ'], limit: 20 })).items.length, (await listEngagementPage(store, { country: 'KAZ', limit: 20 })).items.length);
      assert.deepEqual((await listEngagementPage(store, { pair: ['KAZ', 'MNG'], country: 'TUR', limit: 20 })).items, []);
    });

    test('reprocessing that moves, reshapes and drops engagements keeps every count right', async () => {
      const r = await reprocessArticles(store, tableExtractor(V2, 'v2'));
      assert.equal(r.failed, 0);
      assert.ok((await monthlyCounts(store)).some((m) => m.month === '2024-07'));
      assert.deepEqual((await pairCounts(store, { country: 'ARM', limit: 5 })), []);
      assert.equal((await kindCounts(store, 'IND')).video_call, undefined);
      await assertRollupsMatch(store, 'reprocess');
    });

    test('a correction of the date moves the engagement between months', async () => {
      const [e] = (await listEngagementPage(store, { pair: ['CHN', 'UZB'], limit: 5 })).items;
      await recordCorrection(store, { entity: 'engagement', id: e.id, field: 'date', value: '2023-12-30', who: 'analyst', why: null });
      await recordCorrection(store, { entity: 'engagement', id: e.id, field: 'participants[+]', value: person('Lavrov', 'RUS'), who: 'analyst', why: null });
      assert.deepEqual(await monthlyCounts(store, 'RUS'), [{ month: '2023-12', engagements: 1 }]);
      await assertRollupsMatch(store, 'correction');
    });

    test('deleting articles takes their claims, duplicates and counts with them; a near-copy of one becomes an original', async () => {
      const ids = (await sql<{ id: string }>`select id from articles where title in ('a1', 'a2') and near_duplicate_of is null`.execute(store.db)).rows.map((r) => r.id);
      assert.equal(ids.length, 2);
      for (const id of ids) {
        await sql`delete from claims where article_id = ${id}`.execute(store.db);
        await sql`delete from article_duplicates where article_id = ${id}`.execute(store.db);
        await sql`delete from articles where id = ${id}`.execute(store.db);
      }
      assert.equal((await stats(store)).near_duplicates, 0);
      const orphan = await sql<{ id: string }>`select id from engagements e where not exists (select 1 from claims c where c.engagement_id = e.id)`.execute(store.db);
      for (const o of orphan.rows) await sql`delete from engagements where id = ${o.id}`.execute(store.db);
      assert.equal((await stats(store)).duplicates, 0);
      await assertRollupsMatch(store, 'delete');
    });

    test('the migration backfills the counts of a store written before it, as the triggers keep them', async () => {
      await ingestArticles(store, [article({ title: 'a1', text: prose(21), published: '2024-08-01' }), article({ title: 'a4', text: prose(22), published: '2024-09-01' })], tableExtractor(V1, 'v1'));
      const counts = sql`select facet, scope, value, sum(n) as n from rollup_counts group by facet, scope, value having sum(n) <> 0 order by facet, scope, value`;
      const codes = sql`select * from claim_codes order by engagement_id, claim_id`;
      const pairs = sql`select * from engagement_timelines order by scope, sort_key, engagement_id`;
      const kept = [await counts.execute(store.db), await codes.execute(store.db), await pairs.execute(store.db)].map((r) => r.rows);
      // Undone and redone in order: 0010 reshapes the claim_codes table 0007 makes.
      await m0010.down(store.db, store.dialect);
      await m0007.down(store.db, store.dialect);
      await m0007.up(store.db, store.dialect);
      await m0010.up(store.db, store.dialect);
      const rebuilt = [await counts.execute(store.db), await codes.execute(store.db), await pairs.execute(store.db)].map((r) => r.rows);
      assert.deepEqual(rebuilt, kept);
      assert.ok(kept[1].length > 5);
      await assertRollupsMatch(store, 'backfill');
    });
  });
}

// Two workers storing at once, made to overlap: every article's row insert sleeps (a trigger in the
// test's database), so without the locks both transactions read the store before either commits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.ts';
import type { EngagementRecord } from '../../src/model/engagement.ts';
import { storeOneArticle } from '../../src/queue/store-one.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { article, person, prose, record, result } from '../store/helpers.ts';
import { NEEDS_PG, pgDatabase, type PgDatabase } from './pg.ts';

const SLEEP_S = 0.5;

interface Workers {
  pg: PgDatabase;
  one: Store;
  two: Store;
  close(): Promise<void>;
}

async function workers(): Promise<Workers> {
  const pg = await pgDatabase();
  const one = await openStore(pg.url, { namedStatements: true });
  const two = await openStore(pg.url, { namedStatements: true });
  return {
    pg,
    one,
    two,
    close: async () => {
      await one.close();
      await two.close();
      await pg.cleanup();
    },
  };
}

/** A test with two workers on a fresh database, closed however it ends. */
function raceTest(name: string, body: (w: Workers) => Promise<void>): void {
  test(name, { skip: NEEDS_PG, timeout: 60_000 }, async () => {
    const w = await workers();
    try {
      await body(w);
    } finally {
      await w.close();
    }
  });
}

async function slowInserts(pg: PgDatabase): Promise<void> {
  // Each slowed insert notes when its sleep ran, so a test can tell overlapping stores from queued ones
  // without trusting the wall clock of a loaded machine.
  await pg.admin.query('create table test_sleeps (started timestamptz not null, ended timestamptz not null)');
  await pg.admin.query(`create function test_slow() returns trigger language plpgsql as $$ declare t0 timestamptz := clock_timestamp(); begin perform pg_sleep(${SLEEP_S}); insert into test_sleeps values (t0, clock_timestamp()); return null; end $$`);
  await pg.admin.query('create trigger test_slow after insert on articles for each row execute function test_slow()');
}

let seed = 1000;
function report(title: string, published: string, engagements: EngagementRecord[]): { a: Article; r: ReturnType<typeof result> } {
  // Unrelated filler texts: never near-copies of each other, so no MinHash bucket joins them.
  const a = article({ text: `${title}. ${prose(seed++, 200)}`, title, published, url: `https://test.example/${seed}` });
  return { a, r: result(a, engagements) };
}

/** Both stores at once, each on its own connection pool as two worker processes would be. */
async function race(w: Workers, x: ReturnType<typeof report>, y: ReturnType<typeof report>): Promise<void> {
  const out = await Promise.all([storeOneArticle(w.one, x.a, x.r), storeOneArticle(w.two, y.a, y.r)]);
  assert.deepEqual(out.map((o) => o.status), ['stored', 'stored']);
}

raceTest('two workers storing reports of one new meeting at once fuse them into one engagement', async (w) => {
  await slowInserts(w.pg);
  // Nameless delegations: only the pair of countries and the day join the two reports.
  const meeting = () => [record({ date: '2024-05-10', participants: [person(null, 'KAZ'), person(null, 'MNG')] })];
  const started = Date.now();
  await race(w, report('Astana talks', '2024-05-10', meeting()), report('Talks in Astana', '2024-05-11', meeting()));
  const engagements = await w.pg.admin.query('select id, num_articles from engagements');
  assert.deepEqual(engagements.rows.map((r) => r.num_articles), [2]);
  // The second waited for the first: the inserts did not overlap.
  assert.ok(Date.now() - started >= 2 * SLEEP_S * 1000);
});

raceTest('two workers naming one new person at once, in meetings with nothing else in common, store the person once', async (w) => {
  await slowInserts(w.pg);
  await race(
    w,
    report('Envoy in Ulaanbaatar', '2024-02-01', [record({ date: '2024-02-01', participants: [person('Aibek Seitkali', 'KAZ'), person(null, 'MNG')] })]),
    report('Envoy in Moscow', '2024-09-20', [record({ date: '2024-09-20', participants: [person('Aibek Seitkali', 'KAZ'), person(null, 'RUS')] })]),
  );
  const actors = await w.pg.admin.query(`select id from actors where name = 'Aibek Seitkali'`);
  assert.equal(actors.rows.length, 1);
  assert.equal((await w.pg.admin.query('select count(distinct actor_id)::int as n from claim_actors')).rows[0].n, 1);
  // Now stored, the person locks nothing: two more articles naming him run side by side.
  await w.pg.admin.query('delete from test_sleeps');
  await race(
    w,
    report('Envoy in Tashkent', '2024-04-01', [record({ date: '2024-04-01', participants: [person('Aibek Seitkali', 'KAZ'), person(null, 'UZB')] })]),
    report('Envoy in Ankara', '2024-11-11', [record({ date: '2024-11-11', participants: [person('Aibek Seitkali', 'KAZ'), person(null, 'TUR')] })]),
  );
  const sleeps = await w.pg.admin.query('select max(started) < min(ended) as overlapped, count(*)::int as n from test_sleeps');
  assert.deepEqual(sleeps.rows[0], { overlapped: true, n: 2 }, 'the two stores ran one after the other');
  assert.equal((await w.pg.admin.query('select count(distinct actor_id)::int as n from claim_actors')).rows[0].n, 1);
});

raceTest('two workers joining one engagement from disjoint sides at once both count in its re-fusion', async (w) => {
  const leaders = { KAZ: 'Kassym-Jomart Tokayev', MNG: 'Ukhnaagiin Khurelsukh', RUS: 'Vladimir Putin', CHN: 'Xi Jinping' };
  const at = (...cs: (keyof typeof leaders)[]) => [record({ date: '2024-07-04', participants: cs.map((c) => person(leaders[c], c)) })];
  const summit = report('Summit of four', '2024-07-04', at('KAZ', 'MNG', 'RUS', 'CHN'));
  assert.equal((await storeOneArticle(w.one, summit.a, summit.r)).status, 'stored');
  await slowInserts(w.pg);
  // Each report names two of the four leaders: each joins the summit, and they share no pair and
  // no person, so only the engagement's row orders their re-fusions.
  await race(w, report('Tokayev and Khurelsukh at the summit', '2024-07-04', at('KAZ', 'MNG')), report('Putin and Xi at the summit', '2024-07-04', at('RUS', 'CHN')));
  const rows = await w.pg.admin.query('select num_articles, (select count(*)::int from claims c where c.engagement_id = e.id) as claims from engagements e');
  assert.deepEqual(rows.rows, [{ num_articles: 3, claims: 3 }]);
});

raceTest('two workers respelling one person at once through different name parts keep every spelling a claim names', async (w) => {
  const first = report('State visit', '2020-01-01', [record({ date: '2020-01-01', participants: [person('Xi Jinping', 'CHN'), person(null, 'RUS')] })]);
  assert.equal((await storeOneArticle(w.one, first.a, first.r)).status, 'stored');
  await slowInserts(w.pg);
  // "Xi" and "Jinping" each fit "Xi Jinping" but not each other, and share no name part, so no lock
  // but the person's row keeps the two articles apart.
  await race(
    w,
    report('Xi in Astana', '2024-03-01', [record({ date: '2024-03-01', participants: [person('Xi', 'CHN'), person(null, 'KAZ')] })]),
    report('Jinping in Ulaanbaatar', '2024-08-01', [record({ date: '2024-08-01', participants: [person('Jinping', 'CHN'), person(null, 'MNG')] })]),
  );
  const linked = await w.pg.admin.query(`select c.engagement->'participants'->(ca.participant_idx)->>'name' as said, a.name, a.aliases
    from claim_actors ca join claims c on c.id = ca.claim_id join actors a on a.id = ca.actor_id`);
  assert.equal(linked.rows.length, 3);
  for (const r of linked.rows) assert.ok([r.name, ...r.aliases].includes(r.said), `${r.said} is not a spelling of ${r.name} (${r.aliases.join(', ')})`);
});

raceTest('two workers storing near-copies of one story at once store the second as a copy of the first', async (w) => {
  await slowInserts(w.pg);
  const text = prose(77, 300);
  const original = article({ text, title: 'Wire', url: 'https://wire.example/1' });
  const copy = article({ text: `${text} Reporting by the desk.`, title: 'Wire (syndicated)', url: 'https://paper.example/9' });
  await race(w, { a: original, r: result(original, []) }, { a: copy, r: result(copy, []) });
  const rows = await w.pg.admin.query('select count(*)::int as n, count(near_duplicate_of)::int as copies from articles');
  assert.deepEqual(rows.rows[0], { n: 2, copies: 1 });
});

raceTest('two workers storing two versions of one page at once store it once; the other finds it stored', async (w) => {
  await slowInserts(w.pg);
  // One URL, texts too different to share a MinHash bucket: only the page's identity joins them.
  const version = (n: number) => {
    const a = article({ text: prose(500 + n, 200), title: `Once, version ${n}`, url: 'https://test.example/page?utm_source=feed', published: '2024-01-05' });
    // Nothing extracted: no pair of parties joins them either.
    return { a, r: result(a, []) };
  };
  const out = await Promise.all([storeOneArticle(w.one, version(1).a, version(1).r), storeOneArticle(w.two, version(2).a, version(2).r)]);
  assert.deepEqual(out.map((o) => o.status).sort(), ['duplicate', 'stored']);
  assert.equal((await w.pg.admin.query('select count(*)::int as n from articles')).rows[0].n, 1);
});

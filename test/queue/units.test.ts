import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJobKey, storeKeys } from '../../src/queue/job-key.ts';
import { knownSpellings, lockIds, personKeys, storeLockKeys } from '../../src/queue/store-locks.ts';
import { readArticleJob } from '../../src/queue/payload.ts';
import { queueDatabase, queueSchema } from '../../src/queue/config.ts';
import { UserError } from '../../src/model/errors.ts';
import { article, person, record, result } from '../store/helpers.ts';

test('job keys are the article identity: tracking parameters and fragments do not make a new job', () => {
  const a = articleJobKey({ url: 'https://News.example/a/1?utm_source=x#top', text: 'one' });
  assert.equal(a, articleJobKey({ url: 'https://news.example/a/1', text: 'different text, same page' }));
  assert.notEqual(a, articleJobKey({ url: 'https://news.example/a/2', text: 'one' }));
  // Without a usable URL the normalised text is the identity.
  const t = articleJobKey({ url: null, text: 'The  Minister met.' });
  assert.equal(t, articleJobKey({ url: 'not a url', text: 'the minister met.' }));
  assert.notEqual(t, articleJobKey({ url: null, text: 'The Minister left.' }));
  assert.match(t, /^article:text:[0-9a-f]{64}$/);
  assert.deepEqual(storeKeys({ url: null, text: 'x' }).length, 1);
  assert.deepEqual(storeKeys({ url: 'https://a.example/1', text: 'x' })[1], 'u:https://a.example/1');
});

test('store locks name every decision two reports of one event share, and nothing two unrelated ones share', () => {
  const a = article({ text: 'x', published: '2024-05-10' });
  const keysOf = (engagements: ReturnType<typeof record>[], over: Partial<Parameters<typeof storeLockKeys>[0]> = {}) =>
    storeLockKeys({ article: a, canonical: null, hash: 'h', bands: [], result: result(a, engagements), ...over });
  const meeting = (date: string | null, ...participants: ReturnType<typeof person>[]) => keysOf([record({ date, participants })]);
  const shared = (x: string[], y: string[]) => x.filter((k) => y.includes(k));
  const pairs = (x: string[]) => x.filter((k) => k.startsWith('pair:'));

  // The same two parties within reach of each other's day (three days at most) always share a lock,
  // whichever side of a week boundary each falls on and in whatever order the parties come.
  for (let d = 1; d <= 28; d++) {
    const day = `2024-05-${String(d).padStart(2, '0')}`;
    for (const gap of [0, 1, 2, 3]) {
      const other = new Date(Date.parse(`${day}T00:00:00Z`) + gap * 86_400_000).toISOString().slice(0, 10);
      assert.ok(shared(pairs(meeting(day, person(null, 'KAZ'), person(null, 'MNG'))), pairs(meeting(other, person(null, 'mng'), person(null, 'KAZ')))).length, `${day} and ${other}`);
    }
  }
  // An undated report is placed by its publication day.
  assert.ok(shared(pairs(meeting(null, person(null, 'KAZ'), person(null, 'MNG'))), pairs(meeting('2024-05-12', person(null, 'KAZ'), person(null, 'MNG')))).length);
  // A three-party report and a two-party one of the same event share their common pair.
  assert.ok(shared(pairs(meeting('2024-05-10', person(null, 'KAZ'), person(null, 'MNG'), person(null, 'RUS'))), pairs(meeting('2024-05-10', person(null, 'RUS'), person(null, 'MNG')))).length);
  // Other pairs, or the same pair a month apart: nothing in common.
  assert.deepEqual(shared(meeting('2024-05-10', person(null, 'KAZ'), person(null, 'MNG')), meeting('2024-05-10', person(null, 'KAZ'), person(null, 'RUS'))).filter((k) => !k.startsWith('id:')), []);
  assert.deepEqual(shared(pairs(meeting('2024-05-10', person(null, 'KAZ'), person(null, 'MNG'))), pairs(meeting('2024-06-10', person(null, 'KAZ'), person(null, 'MNG')))), []);
  // One party is no engagement fusion can match: no pair lock.
  assert.deepEqual(pairs(meeting('2024-05-10', person(null, 'KAZ'))), []);

  // Two spellings of one person on one side share a name part; on another side they do not meet.
  const named = (name: string, country: string) => meeting('2020-01-01', person(name, country), person(null, 'CHN')).filter((k) => k.startsWith('actor:'));
  assert.ok(shared(named('Aibek Seitkali', 'KAZ'), named('A. Seitkali', 'kaz')).length);
  assert.deepEqual(shared(named('Aibek Seitkali', 'KAZ'), named('Aibek Seitkali', 'MNG')), []);
  // A name stored already on its side creates no one, so it takes no lock; on another side it still does.
  const stored = knownSpellings([{ id: 'a1', name: 'Aibek Seitkali', aliases: ['A. Seitkali'], country: 'KAZ', org: null }]);
  const withKnown = (name: string, country: string) =>
    storeLockKeys({ article: a, canonical: null, hash: 'h', bands: [], known: stored, result: result(a, [record({ date: '2020-01-01', participants: [person(name, country), person(null, 'CHN')] })]) }).filter((k) => k.startsWith('actor:'));
  assert.deepEqual(withKnown('Aibek  Seitkali', 'kaz'), []);
  assert.deepEqual(withKnown('A. Seitkali', 'KAZ'), []);
  assert.ok(withKnown('Aibek Seitkali', 'MNG').length);
  assert.ok(withKnown('B. Seitkali', 'KAZ').length);
  assert.deepEqual(personKeys(result(a, [record({ participants: [person('Aibek Seitkali', 'KAZ'), person(null, 'CHN')] })])).sort(), ['aibek', 'seitkali']);
  // Identities and MinHash buckets.
  const ids = keysOf([], { canonical: 'https://a.example/1', bands: [3 * 2 ** 49 + 5] });
  assert.deepEqual(ids.sort(), [`band:${3 * 2 ** 49 + 5}`, 'id:h:h', 'id:u:https://a.example/1']);

  const lock = lockIds(['pair:KAZ|MNG:1', 'band:1', 'pair:KAZ|MNG:1']);
  assert.equal(lock.length, 2);
  assert.deepEqual(lock, [...lock].sort((x, y) => x - y));
  assert.ok(lock.every((i) => Number.isInteger(i) && i >= -(2 ** 31) && i < 2 ** 31));
});

test('a job payload must carry an article with text; other fields must be text or absent', () => {
  const ok = readArticleJob({ article: { text: 'They met.', title: 'T', url: null } });
  assert.ok('article' in ok && ok.article.text === 'They met.' && ok.article.published === null);
  assert.deepEqual(readArticleJob(null), { problem: 'the job payload has no article object' });
  assert.deepEqual(readArticleJob({ url: 'x' }), { problem: 'the job payload has no article object' });
  assert.deepEqual(readArticleJob({ article: { title: 'no text' } }), { problem: 'the queued article has no text' });
  assert.deepEqual(readArticleJob({ article: { text: 'x', published: 20240101 } }), { problem: "the queued article's published is not text" });
});

test('the queue needs PostgreSQL and a plain schema name', () => {
  assert.equal(queueDatabase('postgres://u@h/db'), 'postgres://u@h/db');
  assert.equal(queueDatabase('postgresql://u@h/db'), 'postgresql://u@h/db');
  for (const bad of ['./readout.db', 'readout.db', 'mysql://h/db']) {
    assert.throws(() => queueDatabase(bad), (e: unknown) => e instanceof UserError && e.code === 'queue-needs-postgres' && e.message.includes(bad));
  }
  assert.equal(queueSchema('readout_queue'), 'readout_queue');
  for (const bad of ['Queue', 'a-b', 'x; drop table jobs', '1abc']) assert.throws(() => queueSchema(bad), UserError);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleJobKey, storeKeys } from '../../src/queue/job-key.ts';
import { lockIds, partyLockKeys } from '../../src/queue/party-locks.ts';
import { readArticleJob } from '../../src/queue/payload.ts';
import { queueDatabase, queueSchema, serializableUrl } from '../../src/queue/config.ts';
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

test('party locks cover every side an article touches, in one global order', () => {
  const r = result(article({ text: 'x' }), [
    record({ participants: [person('A', 'kaz'), person('B', 'MNG')] }),
    record({ participants: [person('C', null, null, 'UN'), person('D', null), person('E', 'KAZ')] }),
  ]);
  assert.deepEqual(partyLockKeys(r).sort(), ['country:KAZ', 'country:MNG', 'none', 'org:UN']);
  assert.deepEqual(partyLockKeys(result(article({ text: 'x' }), [])), []);
  const ids = lockIds(['country:MNG', 'country:KAZ', 'country:MNG']);
  assert.equal(ids.length, 2);
  assert.deepEqual(ids, [...ids].sort((x, y) => x - y));
  assert.deepEqual(lockIds(['country:KAZ', 'country:MNG']), lockIds(['country:MNG', 'country:KAZ']));
  assert.ok(ids.every((i) => Number.isInteger(i) && i >= -(2 ** 31) && i < 2 ** 31));
});

test('a job payload must carry an article with text; other fields must be text or absent', () => {
  const ok = readArticleJob({ article: { text: 'They met.', title: 'T', url: null } });
  assert.ok('article' in ok && ok.article.text === 'They met.' && ok.article.published === null);
  assert.deepEqual(readArticleJob(null), { problem: 'the job payload has no article object' });
  assert.deepEqual(readArticleJob({ url: 'x' }), { problem: 'the job payload has no article object' });
  assert.deepEqual(readArticleJob({ article: { title: 'no text' } }), { problem: 'the queued article has no text' });
  assert.deepEqual(readArticleJob({ article: { text: 'x', published: 20240101 } }), { problem: "the queued article's published is not text" });
});

test('the queue needs PostgreSQL, a plain schema name, and SERIALIZABLE store connections', () => {
  assert.equal(queueDatabase('postgres://u@h/db'), 'postgres://u@h/db');
  assert.equal(queueDatabase('postgresql://u@h/db'), 'postgresql://u@h/db');
  for (const bad of ['./readout.db', 'readout.db', 'mysql://h/db']) {
    assert.throws(() => queueDatabase(bad), (e: unknown) => e instanceof UserError && e.code === 'queue-needs-postgres' && e.message.includes(bad));
  }
  assert.equal(queueSchema('readout_queue'), 'readout_queue');
  for (const bad of ['Queue', 'a-b', 'x; drop table jobs', '1abc']) assert.throws(() => queueSchema(bad), UserError);
  const plain = new URL(serializableUrl('postgres://u@h:5/db'));
  assert.equal(plain.searchParams.get('options'), '-c default_transaction_isolation=serializable');
  const kept = new URL(serializableUrl('postgres://u@h:5/db?options=-c%20search_path%3Ds1&sslmode=disable'));
  assert.equal(kept.searchParams.get('options'), '-c search_path=s1 -c default_transaction_isolation=serializable');
  assert.equal(kept.searchParams.get('sslmode'), 'disable');
});

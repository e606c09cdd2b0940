import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import type { ClaimInput } from '../../src/fuse/fuse-engagement.ts';
import { FusionMemo } from '../../src/fuse/fusion-memo.ts';
import { fingerprint } from '../../src/fuse/match.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { refuseEngagement } from '../../src/fuse/refuse-engagement.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { article, person, prose, record, tableExtractor } from '../store/helpers.ts';

const claim = (articleId: string): ClaimInput => ({
  articleId,
  rootArticleId: articleId,
  isCopy: false,
  published: '2024-05-01',
  order: articleId,
  confidence: 0.9,
  engagement: record({ participants: [] }),
});
const held = (m: FusionMemo, id: string) => m.get(id)?.claims.map((c) => c.articleId);

describe('FusionMemo', () => {
  test('holds up to its number of claims, dropping the engagement used longest ago', () => {
    const m = new FusionMemo(4);
    m.set('e1', { claims: [claim('a1'), claim('a2')], actors: [] });
    m.set('e2', { claims: [claim('b1')], actors: [] });
    m.get('e1');
    m.set('e3', { claims: [claim('c1')], actors: [] });
    assert.equal(m.size, 3);
    // A fifth claim: e2 was set before e1 was last asked for, so e2 goes.
    m.add('e1', claim('a3'), [{ actor_id: 'x', role: null }]);
    assert.equal(held(m, 'e2'), undefined);
    assert.deepEqual(held(m, 'e1'), ['a1', 'a2', 'a3']);
    assert.deepEqual(m.get('e1')!.actors, [{ actor_id: 'x', role: null }]);
    assert.deepEqual(held(m, 'e3'), ['c1']);
  });

  test('adding to an engagement it does not hold does nothing; set replaces; clear forgets', () => {
    const m = new FusionMemo(10);
    m.add('e9', claim('z'), []);
    assert.equal(m.size, 0);
    m.set('e1', { claims: [claim('a1')], actors: [] });
    m.set('e1', { claims: [claim('a2'), claim('a3')], actors: [] });
    assert.deepEqual(held(m, 'e1'), ['a2', 'a3']);
    m.clear();
    assert.equal(m.size, 0);
  });

  test('an engagement bigger than the whole memo is not held', () => {
    const m = new FusionMemo(2);
    m.set('big', { claims: [claim('a'), claim('b'), claim('c')], actors: [] });
    assert.equal(m.size, 0);
  });
});

/** Each engagement row as stored, without the time it was written. */
async function engagementRows(store: Store): Promise<Map<string, string>> {
  const rows = await store.db.selectFrom('engagements').selectAll().execute();
  return new Map(rows.map(({ updated_at: _, ...r }) => [r.id, JSON.stringify(r)]));
}

/** Re-fuses every engagement from what the store holds, without a memo, and says which rows that changed. */
async function differFromFullRefusion(store: Store): Promise<string[]> {
  const before = await engagementRows(store);
  for (const id of before.keys()) await refuseEngagement({ db: store.db, json: store.json }, id);
  const after = await engagementRows(store);
  return [...before].filter(([id, row]) => after.get(id) !== row).map(([id]) => id);
}

const mng = (name = 'Batmunkh Battsetseg') => person(name, 'MNG', 'Foreign Minister');
const kaz = (name = 'Murat Nurtleu') => person(name, 'KAZ', 'Foreign Minister');

describe('ingest with the fusion memo (sqlite)', () => {
  let dir: string;
  let path: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-fusion-memo-'));
    path = join(dir, 'readout.db');
    store = await openStore(path);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('engagements re-fused from the memo equal a full re-fusion from the store', async () => {
    // Forty reports of six meetings, with disagreeing kinds, dates, topics, places and confidences,
    // a few near-copies, stored in batches of three so that the memo outlives transactions.
    const table: Record<string, ReturnType<typeof record>[]> = {};
    const inputs: Article[] = [];
    const kinds = ['meeting', 'visit', 'meeting'] as const;
    const topics = ['trade', 'energy', 'transport_logistics', 'security_defense'] as const;
    for (let i = 0; i < 40; i++) {
      const meeting = i % 6;
      const day = String(1 + meeting * 5 + (i % 4 === 3 ? 1 : 0)).padStart(2, '0');
      const title = `m${i}`;
      table[title] = [record({
        participants: [i % 5 === 0 ? mng('B. Battsetseg') : mng(), kaz()],
        kind: kinds[i % 3] as never,
        date: i % 7 === 6 ? null : `2024-09-${day}`,
        location: { place: i % 2 ? 'Astana' : 'Ulaanbaatar', country: i % 2 ? 'KAZ' : 'MNG' },
        topics: [topics[i % 4], topics[(i * 3) % 4]] as never,
        confidence: 0.4 + (i % 5) / 10,
        evidence: `Report ${i} of meeting ${meeting}.`,
      })];
      const text = i % 9 === 8 ? prose(500 + i - 1, 200).replace(/^\w+/, 'reportedly') : prose(500 + i, 200);
      inputs.push(article({ title, text, published: `2024-09-${String(1 + meeting * 5 + (i % 3)).padStart(2, '0')}` }));
    }
    const r = await ingestArticles(store, inputs, tableExtractor(table), { batchSize: 3, readAhead: 2 });
    assert.equal(r.new, 40);
    const claimsPer = await store.db.selectFrom('claims').select(({ fn }) => ['engagement_id', fn.countAll<number>().as('n')]).groupBy('engagement_id').execute();
    assert.ok(claimsPer.some((c) => Number(c.n) >= 5), 'some engagements gather several reports');
    assert.deepEqual(await differFromFullRefusion(store), []);
  });

  for (const writer of ['another connection', 'this connection, outside the run'] as const) {
    test(`a report stored by ${writer} between two of a run's transactions is not missed`, async () => {
      const seed = writer === 'another connection' ? 700 : 800;
      const who = writer === 'another connection'
        ? [person('Wang Yi', 'CHN', 'Foreign Minister'), person('Ararat Mirzoyan', 'ARM', 'Foreign Minister')]
        : [person('Jeyhun Bayramov', 'AZE', 'Foreign Minister'), person('Ilia Darchiashvili', 'GEO', 'Foreign Minister')];
      const table = {
        [`a${seed}`]: [record({ participants: who, date: '2024-10-01', topics: ['trade'] })],
        [`b${seed}`]: [record({ participants: who, date: '2024-10-01', topics: ['energy'] })],
        [`c${seed}`]: [record({ participants: who, date: '2024-10-01', topics: ['culture_humanitarian'] })],
      };
      const extract = tableExtractor(table);
      const other = writer === 'another connection' ? await openStore(path) : store;
      try {
        // The second report arrives through someone else while the run waits for its input: the
        // run's first transaction has committed, and its next has not begun.
        async function* input(): AsyncGenerator<Article> {
          yield article({ title: `a${seed}`, text: prose(seed, 200), published: '2024-10-01' });
          const r = await ingestArticles(other, [article({ title: `b${seed}`, text: prose(seed + 1, 200), published: '2024-10-01' })], extract);
          assert.equal(r.new, 1);
          yield article({ title: `c${seed}`, text: prose(seed + 2, 200), published: '2024-10-02' });
        }
        const r = await ingestArticles(store, input(), extract, { batchSize: 1 });
        assert.equal(r.new, 2);
      } finally {
        if (other !== store) await other.close();
      }
      const rows = await store.db.selectFrom('engagements').select(['id', 'num_articles', 'topics']).where('date', '=', '2024-10-01').where('fingerprint', '=', fingerprint(who)).execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0].num_articles, 3);
      assert.deepEqual([...JSON.parse(rows[0].topics as string)].sort(), ['culture_humanitarian', 'energy', 'trade']);
      assert.deepEqual(await differFromFullRefusion(store), []);
    });
  }
});

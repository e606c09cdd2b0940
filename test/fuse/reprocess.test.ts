import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/db.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { reprocessArticles } from '../../src/fuse/reprocess.ts';
import { listActors } from '../../src/store/queries/list-actors.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { stats } from '../../src/store/queries/stats.ts';
import { article, person, prose, record, tableExtractor, targets } from '../store/helpers.ts';

const parties = () => [person('Wang Yi', 'CHN', 'Foreign Minister'), person('Murat Nurtleu', 'KAZ', 'Foreign Minister')];

for (const target of targets()) {
  describe(`reprocess (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, cleanup } = await target.open());
      await ingestArticles(store, [
        article({ title: 'p1', text: prose(1), published: '2024-04-02' }),
        article({ title: 'p2', text: prose(2), published: '2024-04-03' }),
        article({ title: 'p3', text: prose(3), published: '2024-05-20' }),
      ], tableExtractor({
        p1: [record({ participants: parties(), date: '2024-04-02', location: { place: 'Beijing', country: 'CHN' } })],
        p2: [record({ participants: parties(), date: '2024-04-02' })],
        p3: [record({ participants: [person('Old Name', 'KAZ', 'Envoy'), person('Someone', 'MNG', 'Envoy')], date: '2024-05-20' })],
      }, 'v1'));
    });
    after(async () => cleanup());

    test('re-running a new extractor replaces claims, keeps engagement ids and never overwrites corrections', async () => {
      const [e] = await listEngagements(store, { pair: ['CHN', 'KAZ'] });
      assert.equal(e.location.place, 'Beijing');
      await store.db.insertInto('corrections').values([
        { id: 'c1', entity: 'engagement', entity_id: e.id, field: 'location.place', before: store.json.write('Beijing'), after: store.json.write('Astana'), who: 'analyst', why: 'the article says Astana', at: '2024-06-01T00:00:00Z', reverted_at: null },
        // Reverted: must not apply.
        { id: 'c2', entity: 'engagement', entity_id: e.id, field: 'occasion', before: store.json.write(null), after: store.json.write('Wrong Forum'), who: 'analyst', why: null, at: '2024-06-01T00:00:00Z', reverted_at: '2024-06-02T00:00:00Z' },
      ]).execute();

      const v2 = tableExtractor({
        p1: [record({ participants: parties(), date: '2024-04-02', location: { place: 'Shanghai', country: 'CHN' }, topics: ['trade'] })],
        p2: [record({ participants: parties(), date: '2024-04-02', topics: ['energy'] })],
        // The new extractor finds nothing in p3: its engagement and its now-unnamed people go.
        p3: [],
      }, 'v2');
      const r = await reprocessArticles(store, v2);
      assert.equal(r.articles, 3);
      assert.equal(r.failed, 0);
      assert.equal(r.claims, 2);
      assert.equal(r.removedEngagements, 1);

      const after = await listEngagements(store, {});
      assert.equal(after.length, 1);
      assert.equal(after[0].id, e.id);
      assert.equal(after[0].location.place, 'Astana');
      assert.equal(after[0].occasion, null);
      assert.deepEqual(after[0].topics.sort(), ['energy', 'trade']);
      assert.equal(after[0].num_sources, 2);
      assert.deepEqual((await listActors(store, { q: 'old name' })), []);
      const versions = await store.db.selectFrom('articles').select('extractor_version').distinct().execute();
      assert.deepEqual(versions.map((v) => v.extractor_version), ['v2']);
      const s = await stats(store);
      assert.equal(s.claims, 2);
      assert.equal(s.articles, 3);
    });

    test('an article the extractor now fails on keeps its claims', async () => {
      const before = await stats(store);
      const r = await reprocessArticles(store, (a) => {
        if (a.title === 'p1') throw new Error('regression');
        return tableExtractor({ p2: [record({ participants: parties(), date: '2024-04-02' })] }, 'v3')(a);
      });
      assert.equal(r.failed, 1);
      assert.match(r.failures[0].reason, /regression/);
      assert.deepEqual(await stats(store), before);
    });
  });
}

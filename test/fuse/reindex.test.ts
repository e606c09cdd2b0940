import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/db.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { insertArticle } from '../../src/store/writes/insert-article.ts';
import { article, person, prose, record, tableExtractor, targets } from '../store/helpers.ts';

for (const target of targets()) {
  describe(`lookups of a store written before they existed (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await target.open()));
    after(async () => cleanup());

    test('queued articles get their bands and queued actors their name keys before the next ingest uses them', async () => {
      const ctx = { db: store.db, json: store.json };
      const text = prose(900, 200);
      // What an upgraded store holds: rows without bands or keys, listed in the rebuild queue.
      await insertArticle(ctx, {
        id: 'a_old', url: 'https://old.example/1', canonical_url: 'https://old.example/1', content_hash: 'h-old', near_duplicate_of: null, near_duplicate_score: null,
        title: 'old', published: '2024-01-01', source: 'old', language: 'en', text, extractor_version: null,
      });
      await store.db.insertInto('actors').values({ id: 'p_old', name: 'Ukhnaagiin Khurelsukh', aliases: store.json.write(['U. Khurelsukh']), country: 'MNG', org: null }).execute();
      await store.db.insertInto('store_reindex').values([{ kind: 'article', id: 'a_old' }, { kind: 'actor', id: 'p_old' }, { kind: 'actor', id: 'gone' }]).execute();

      const copy = text.replace(/^(\w+)/, 'reportedly');
      const other = prose(901, 200);
      const r = await ingestArticles(store, [
        article({ title: 'copy', text: copy, published: '2024-01-02' }),
        article({ title: 'other', text: other, published: '2024-01-02' }),
      ], tableExtractor({ copy: [record({ participants: [person('Khurelsukh', 'MNG', 'President'), person('Xi Jinping', 'CHN', 'President')], date: '2024-01-01' })] }));
      assert.equal(r.nearDuplicates, 1);
      const rows = await store.db.selectFrom('articles').select(['title', 'near_duplicate_of']).where('title', 'in', ['copy', 'other']).orderBy('title').execute();
      assert.deepEqual(rows, [{ title: 'copy', near_duplicate_of: 'a_old' }, { title: 'other', near_duplicate_of: null }]);
      const mng = await store.db.selectFrom('actors').select(['id', 'name']).where('country', '=', 'MNG').execute();
      assert.deepEqual(mng, [{ id: 'p_old', name: 'Ukhnaagiin Khurelsukh' }], 'the short name found the stored person through the rebuilt keys');
      assert.equal((await store.db.selectFrom('store_reindex').select('id').execute()).length, 0, 'the queue drains, rows of deleted things included');
    });
  });
}

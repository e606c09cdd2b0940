import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ctx } from '../../src/store/context.ts';
import type { Store } from '../../src/store/db.ts';
import { articlesInBuckets } from '../../src/store/queries/band-buckets.ts';
import { insertArticle } from '../../src/store/writes/insert-article.ts';
import { insertBands } from '../../src/store/writes/insert-bands.ts';
import { targets } from './helpers.ts';

const KEY_A = '00000000000000aa';
const KEY_B = '00000000000000bb';

for (const target of targets()) {
  describe(`band buckets (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let ctx: Ctx;
    before(async () => {
      ({ store, cleanup } = await target.open());
      ctx = { db: store.db, json: store.json };
      // Twelve articles in bucket (0, A), stored out of id order; the odd ones also in (1, B); one in (2, A).
      for (const n of [7, 3, 11, 0, 9, 5, 1, 10, 2, 8, 6, 4]) {
        const id = `a_${String(n).padStart(2, '0')}`;
        await insertArticle(ctx, { id, url: null, canonical_url: null, content_hash: `h${n}`, near_duplicate_of: null, near_duplicate_score: null, title: null, published: null, source: null, language: null, text: `text ${n}`, extractor_version: null });
        const bands = [{ band: 0, key: KEY_A }];
        if (n % 2) bands.push({ band: 1, key: KEY_B });
        if (n === 4) bands.push({ band: 2, key: KEY_A });
        await insertBands(ctx, id, bands);
      }
    });
    after(async () => cleanup());

    test('each bucket gives its first articles by id; those in more of the asked buckets come first', async () => {
      const got = await articlesInBuckets(ctx, [{ band: 0, key: KEY_A }, { band: 1, key: KEY_B }], 4);
      // (0, A) gives a_00..a_03; (1, B) gives a_01, a_03, a_05, a_07.
      assert.deepEqual(got, [
        { article_id: 'a_01', shared: 2 },
        { article_id: 'a_03', shared: 2 },
        { article_id: 'a_00', shared: 1 },
        { article_id: 'a_02', shared: 1 },
        { article_id: 'a_05', shared: 1 },
        { article_id: 'a_07', shared: 1 },
      ]);
    });

    test('a key counts only in its own band, and an empty bucket gives nothing', async () => {
      assert.deepEqual(await articlesInBuckets(ctx, [{ band: 2, key: KEY_A }, { band: 3, key: KEY_A }], 8), [{ article_id: 'a_04', shared: 1 }]);
      assert.deepEqual(await articlesInBuckets(ctx, [{ band: 0, key: KEY_B }], 8), []);
      assert.deepEqual(await articlesInBuckets(ctx, [], 8), []);
      assert.equal((await articlesInBuckets(ctx, [{ band: 0, key: KEY_A }], 20)).length, 12);
      await assert.rejects(articlesInBuckets(ctx, [{ band: 0, key: KEY_A }], 0), /perBand/);
    });
  });
}

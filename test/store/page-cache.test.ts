import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { setPageCache } from '../../src/store/writes/page-cache.ts';
import { article, prose, tableExtractor, targets } from './helpers.ts';

for (const target of targets()) {
  test(`ingest gives a SQLite store a larger page cache while it runs, then the one it had (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const size = async () => (await sql<{ cache_size: number }>`pragma cache_size`.execute(store.db)).rows[0].cache_size;
      if (store.dialect !== 'sqlite') {
        assert.equal(await setPageCache(store, 1024), null);
        return;
      }
      const before = await size();
      let during = 0;
      await ingestArticles(store, [article({ title: 'c1', text: prose(61) })], (a) => {
        void size().then((n) => (during = n));
        return tableExtractor({})(a);
      });
      assert.equal(during, -131_072);
      assert.equal(await size(), before);
      // In KiB as a number; as SQLite states it (pages when positive) as a string.
      assert.equal(await setPageCache(store, 2048), before);
      assert.equal(await size(), -2048);
      assert.equal(await setPageCache(store, '500'), -2048);
      assert.equal(await size(), 500);
      await assert.rejects(setPageCache(store, 'lots'), RangeError);
    } finally {
      await cleanup();
    }
  });
}

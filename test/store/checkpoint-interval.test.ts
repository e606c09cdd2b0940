import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { setCheckpointInterval } from '../../src/store/writes/checkpoint-interval.ts';
import { article, prose, tableExtractor, targets } from './helpers.ts';

for (const target of targets()) {
  test(`ingest checkpoints a SQLite store less often while it runs, then as before (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const interval = async () => (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db)).rows[0].wal_autocheckpoint;
      if (store.dialect !== 'sqlite') {
        assert.equal(await setCheckpointInterval(store, 100), null);
        return;
      }
      const before = await interval();
      let during = -1;
      await ingestArticles(store, [article({ title: 'w1', text: prose(60) })], (a) => {
        void interval().then((n) => (during = n));
        return tableExtractor({})(a);
      });
      assert.equal(during, 32_000);
      assert.equal(await interval(), before);
      assert.equal(await setCheckpointInterval(store, 123), before);
      assert.equal(await interval(), 123);
    } finally {
      await cleanup();
    }
  });
}

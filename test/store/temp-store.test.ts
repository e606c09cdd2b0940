import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { setTempStore, TEMP_STORE } from '../../src/store/writes/temp-store.ts';
import { article, prose, tableExtractor, targets } from './helpers.ts';

for (const target of targets()) {
  test(`ingest keeps a SQLite store's temporary B-trees in memory while it runs, then puts the setting back (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      if (store.dialect !== 'sqlite') {
        assert.equal(await setTempStore(store, TEMP_STORE.memory), null);
        return;
      }
      const mode = async () => (await sql<{ temp_store: number }>`pragma temp_store`.execute(store.db)).rows[0].temp_store;
      assert.equal(await setTempStore(store, TEMP_STORE.file), TEMP_STORE.default);
      let during = -1;
      await ingestArticles(store, [article({ title: 't1', text: prose(81) })], (a) => {
        void mode().then((n) => (during = n));
        return tableExtractor({})(a);
      });
      assert.equal(during, TEMP_STORE.memory);
      assert.equal(await mode(), TEMP_STORE.file);
      await assert.rejects(setTempStore(store, 3), RangeError);
      assert.equal(await mode(), TEMP_STORE.file);
    } finally {
      await cleanup();
    }
  });
}

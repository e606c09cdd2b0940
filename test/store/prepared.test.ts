import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepared } from '../../src/store/prepared.ts';
import { targets } from './helpers.ts';

const add = prepared('test.addReindex', (db, p) => db.insertInto('store_reindex').values({ kind: p<string>('kind') as never, id: p<string>('id') as never }));
const find = prepared<{ id: string }>('test.findReindex', (db, p) => db.selectFrom('store_reindex').select('id').where('kind', '=', p<string>('kind') as never));

for (const target of targets()) {
  test(`prepared statements see their own transaction's writes, and nobody else does until it commits (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const outside = { db: store.db, json: store.json };
      const trx = await store.db.startTransaction().execute();
      const inside = { db: trx, json: store.json };
      await add(inside, { kind: 'probe', id: 'p1' });
      assert.deepEqual(await find(inside, { kind: 'probe' }), [{ id: 'p1' }]);
      // A query outside the transaction waits for it (SQLite's one connection) or reads around it
      // (PostgreSQL); either way it never sees the row the transaction takes back.
      const seen = find(outside, { kind: 'probe' });
      await new Promise((r) => setTimeout(r, 50));
      await trx.rollback().execute();
      assert.deepEqual(await seen, []);
      assert.deepEqual(await find(outside, { kind: 'probe' }), []);
      // Inside a savepoint, as ingest writes each article.
      const t2 = await store.db.startTransaction().execute();
      const sp = await t2.savepoint('a').execute();
      await add({ db: sp, json: store.json }, { kind: 'probe', id: 'p2' });
      await sp.rollbackToSavepoint('a').execute();
      await add({ db: t2, json: store.json }, { kind: 'probe', id: 'p3' });
      await t2.commit().execute();
      assert.deepEqual(await find(outside, { kind: 'probe' }), [{ id: 'p3' }]);
    } finally {
      await cleanup();
    }
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/extract/index.ts';
import { enqueueArticles } from '../../src/queue/enqueue.ts';
import { queuePool } from '../../src/queue/pool.ts';
import { runWorker } from '../../src/queue/run-worker.ts';
import { reports } from './corpus.ts';
import { NEEDS_PG, pgDatabase } from './pg.ts';

const settle = () => new Promise((r) => setTimeout(r, 300));

test('a queue connection the server closes does not crash the process, idle or checked out', { skip: NEEDS_PG }, async () => {
  const d = await pgDatabase();
  const pool = queuePool(d.url, 2);
  try {
    const idle = await pool.connect();
    const idlePid = (await idle.query('select pg_backend_pid() as pid')).rows[0].pid;
    idle.release();
    const busy = await pool.connect();
    const busyPid = (await busy.query('select pg_backend_pid() as pid')).rows[0].pid;
    await d.admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [[idlePid, busyPid]]);
    await settle();
    busy.release(true);
    // The pool replaces what it lost.
    assert.equal((await pool.query('select 1 as one')).rows[0].one, 1);
  } finally {
    await pool.end();
    await d.cleanup();
  }
});

test('a worker that has returned holds no connection: dropping its database at once harms nothing', { skip: NEEDS_PG, timeout: 60_000 }, async () => {
  for (let i = 0; i < 2; i++) {
    const d = await pgDatabase();
    try {
      await enqueueArticles(reports(2), { db: d.url, queueSchema: d.queueSchema });
      const s = await runWorker({ db: d.url, queueSchema: d.queueSchema, extract: (a) => extractArticle(a), untilEmpty: true, pollIntervalMs: 200 });
      assert.equal(s.stored, 2);
    } finally {
      // with (force): any connection still open would be cut, and its error would surface here.
      await d.cleanup();
    }
    await settle();
  }
});

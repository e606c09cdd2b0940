import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../../src/extract/index.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { enqueueArticles } from '../../src/queue/enqueue.ts';
import { runWorker } from '../../src/queue/run-worker.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { stats } from '../../src/store/queries/stats.ts';
import { reports } from './corpus.ts';
import { NEEDS_PG, pgDatabase } from './pg.ts';

const N = 240;

/** The engagements as a reader sees them, without the ids each store makes up. */
async function engagements(store: Store): Promise<unknown[]> {
  const all = await listEngagements(store, { limit: 10_000 });
  return all
    .map(({ id: _id, sources, readings, ...e }) => ({
      ...e,
      confidence: Math.round(e.confidence * 1e6) / 1e6,
      sources: sources.map((s) => `${s.url}|${s.role}`).sort(),
      readings: Object.fromEntries(Object.entries(readings).map(([k, v]) => [k, (v as { value: unknown }[]).map((r) => JSON.stringify(r.value)).sort()])),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

test('the same articles ingested into SQLite directly and into PostgreSQL through the queue give the same engagements', { skip: NEEDS_PG, timeout: 120_000 }, async () => {
  const articles = reports(N);
  const dir = mkdtempSync(join(tmpdir(), 'readout-queue-'));
  const pg = await pgDatabase();
  try {
    const lite = await openStore(join(dir, 'readout.db'));
    const direct = await ingestArticles(lite, articles, (a) => extractArticle(a));
    assert.equal(direct.new, N);

    // One job at a time takes them in queue order, the order SQLite saw: which report came first
    // decides the wording a fused engagement shows, and the comparison is exact. (Many workers
    // store the same events, as the workers test checks, only fused in another order.)
    await enqueueArticles(articles, { db: pg.url, queueSchema: pg.queueSchema });
    const worked = await runWorker({ db: pg.url, queueSchema: pg.queueSchema, extract: (a) => extractArticle(a), untilEmpty: true, pollIntervalMs: 200, signal: AbortSignal.timeout(90_000) });
    assert.deepEqual({ stored: worked.stored, rejected: worked.rejected }, { stored: N, rejected: 0 });

    const pgStore = await openStore(pg.url);
    try {
      const [a, b] = [await engagements(lite), await engagements(pgStore)];
      assert.equal(a.length, N / 2);
      assert.deepEqual(b, a);
      const [sa, sb] = [await stats(lite), await stats(pgStore)];
      assert.deepEqual(sb, sa);
    } finally {
      await pgStore.close();
      await lite.close();
    }
  } finally {
    await pg.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a queued article the extractor refuses is listed as rejected, not retried, and stores nothing', { skip: NEEDS_PG, timeout: 60_000 }, async () => {
  const pg = await pgDatabase();
  try {
    const good = reports(2);
    const french = { ...good[0], text: 'Le ministre a rencontré son homologue.', url: 'https://fr.example/1', language: 'fr', title: 'fr' };
    await enqueueArticles([...good, french], { db: pg.url, queueSchema: pg.queueSchema });
    const refuseFrench = (a: (typeof good)[number]) => {
      if (a.language !== 'en') throw new Error('not English');
      return extractArticle(a);
    };
    const s = await runWorker({ db: pg.url, queueSchema: pg.queueSchema, extract: refuseFrench, untilEmpty: true, pollIntervalMs: 200, signal: AbortSignal.timeout(40_000) });
    assert.deepEqual(s, { stored: 2, duplicates: 0, rejected: 1, failedTries: 0 });
    const rejects = await pg.admin.query(`select job_key, reason from queue_rejects`);
    assert.deepEqual(rejects.rows, [{ job_key: 'article:url:https://fr.example/1', reason: 'the extractor failed: not English' }]);
    const arts = await pg.admin.query(`select title from articles order by title`);
    assert.deepEqual(arts.rows.map((r) => r.title), good.map((a) => a.title).sort());
    // Enqueueing them again queues only the rejected one: the others are stored.
    const again = await enqueueArticles([...good, french], { db: pg.url, queueSchema: pg.queueSchema });
    assert.deepEqual({ queued: again.queued, stored: again.stored }, { queued: 1, stored: 2 });
  } finally {
    await pg.cleanup();
  }
});

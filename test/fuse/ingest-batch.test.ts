import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { article, person, prose, record, tableExtractor } from '../store/helpers.ts';

/** A fresh SQLite store, and another connection that sees only what is committed, as a reader (or a re-run after a kill) would. */
async function withStore(run: (store: Store, committed: () => number) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'readout-batch-'));
  const path = join(dir, 'b.db');
  const store = await openStore(path);
  const reader = new Database(path, { readonly: true });
  try {
    await run(store, () => (reader.prepare('select count(*) as n from articles').get() as { n: number }).n);
  } finally {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('an article is reported only once the batch holding it is committed', async () => {
  await withStore(async (store, committed) => {
    const inputs = Array.from({ length: 23 }, (_, i) => article({ title: `c${i}`, text: prose(700 + i), published: '2024-06-01' }));
    const table = Object.fromEntries(inputs.map((a, i) => [a.title!, [record({ participants: [person(`Envoy${i}`, 'MNG'), person('Murat Nurtleu', 'KAZ')], date: '2024-06-01' })]]));
    const stored: number[] = [];
    const r = await ingestArticles(store, inputs, tableExtractor(table), {
      batchSize: 5,
      onProgress: (p) => stored.push(committed() - p.new),
    });
    assert.equal(r.new, 23);
    // Never fewer stored than reported; and reports lag the store by at most the rest of one batch.
    assert.ok(stored.every((d) => d >= 0 && d < 5), `committed minus reported: ${stored.join(',')}`);
    assert.equal(stored.at(-1), 0);
    assert.ok(stored.some((d) => d > 0), 'articles were committed five at a time, not one by one');
  });
});

test('a slow input does not hold a batch open: what came before is committed meanwhile', async () => {
  await withStore(async (store, committed) => {
    let seenDuringWait = -1;
    async function* slowFeed() {
      yield article({ title: 's1', text: prose(800) });
      yield article({ title: 's2', text: prose(801) });
      await new Promise((res) => setTimeout(res, 150));
      seenDuringWait = committed();
      yield article({ title: 's3', text: prose(802) });
    }
    const r = await ingestArticles(store, slowFeed(), tableExtractor({}), { batchSize: 100, batchMs: 30 });
    assert.equal(r.new, 3);
    assert.equal(seenDuringWait, 2, 'the first two were committed while the feed was waiting');
    assert.equal(committed(), 3);
  });
});

test('a run commits small batches first, then ever larger ones up to the batch size', async () => {
  await withStore(async (store, committed) => {
    const commits: number[] = [];
    const inputs = Array.from({ length: 1300 }, (_, i) => article({ title: `r${i}`, text: `Ramp report ${i}: ${prose(900 + (i % 50), 12)}` }));
    // Each time the committed count moves, a batch has just been committed.
    const r = await ingestArticles(store, inputs, tableExtractor({}), {
      batchSize: 500,
      batchMs: 60_000,
      onProgress: () => {
        const n = committed();
        if (n !== commits.at(-1)) commits.push(n);
      },
    });
    assert.equal(r.new, 1300);
    assert.deepEqual(commits, [100, 300, 700, 1200, 1300]);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { openStore } from '../../src/store/db.ts';
import { article, person, prose, record, tableExtractor } from '../store/helpers.ts';

test('an article is reported only once the batch holding it is committed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-batch-'));
  const path = join(dir, 'b.db');
  const store = await openStore(path);
  // Another connection sees only what is committed, as a reader (or a re-run after a kill) would.
  const reader = new Database(path, { readonly: true });
  try {
    const inputs = Array.from({ length: 23 }, (_, i) => article({ title: `c${i}`, text: prose(700 + i), published: '2024-06-01' }));
    const table = Object.fromEntries(inputs.map((a, i) => [a.title!, [record({ participants: [person(`Envoy${i}`, 'MNG'), person('Murat Nurtleu', 'KAZ')], date: '2024-06-01' })]]));
    const stored: number[] = [];
    const r = await ingestArticles(store, inputs, tableExtractor(table), {
      batchSize: 5,
      onProgress: (p) => stored.push((reader.prepare('select count(*) as n from articles').get() as { n: number }).n - p.new),
    });
    assert.equal(r.new, 23);
    // Never fewer stored than reported; and reports lag the store by at most the rest of one batch.
    assert.ok(stored.every((d) => d >= 0 && d < 5), `committed minus reported: ${stored.join(',')}`);
    assert.equal(stored.at(-1), 0);
    assert.ok(stored.some((d) => d > 0), 'articles were committed five at a time, not one by one');
  } finally {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a slow input does not hold a batch open: what came before is committed meanwhile', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-batch-'));
  const path = join(dir, 'b.db');
  const store = await openStore(path);
  const reader = new Database(path, { readonly: true });
  try {
    const count = () => (reader.prepare('select count(*) as n from articles').get() as { n: number }).n;
    let seenDuringWait = -1;
    async function* slowFeed() {
      yield article({ title: 's1', text: prose(800) });
      yield article({ title: 's2', text: prose(801) });
      await new Promise((res) => setTimeout(res, 150));
      seenDuringWait = count();
      yield article({ title: 's3', text: prose(802) });
    }
    const r = await ingestArticles(store, slowFeed(), tableExtractor({}), { batchSize: 100, batchMs: 30 });
    assert.equal(r.new, 3);
    assert.equal(seenDuringWait, 2, 'the first two were committed while the feed was waiting');
    assert.equal(count(), 3);
  } finally {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, templates } from '../../bench/ingest-corpus.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { engagementIdFor } from '../../src/fuse/engagement-id.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { openStore } from '../../src/store/db.ts';

test('an engagement id is derived from the claim that creates it, shaped like a UUID', () => {
  const id = engagementIdFor('a_0123456789abcdef01234567:0');
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(engagementIdFor('a_0123456789abcdef01234567:0'), id);
  assert.notEqual(engagementIdFor('a_0123456789abcdef01234567:1'), id);
  assert.notEqual(engagementIdFor('a_0123456789abcdef01234567:0', 1), id);
});

/** Every engagement as stored (without the time it was written) and which claims it holds. */
async function fused(path: string, n: number): Promise<string[]> {
  const store = await openStore(path);
  try {
    const r = await ingestArticles(store, generate(await templates(), n), (a) => extractArticle(a), { batchSize: 200 });
    assert.equal(r.failed, 0);
    const rows = await store.db.selectFrom('engagements').selectAll().orderBy('id').execute();
    const claims = await store.db.selectFrom('claims').select(['id', 'engagement_id']).orderBy('id').execute();
    return [...rows.map(({ updated_at: _, ...e }) => JSON.stringify(e)), ...claims.map((c) => `${c.id} ${c.engagement_id}`)];
  } finally {
    await store.close();
  }
}

test('the same articles ingested twice fuse into the same engagements, ids included', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-reproducible-'));
  try {
    // Generated reports of the example stories, with dates and places varied: enough of them land
    // on engagements that score alike for a new report, which the store lists in no set order.
    const first = await fused(join(dir, 'a.db'), 1500);
    const second = await fused(join(dir, 'b.db'), 1500);
    assert.ok(first.length > 1500);
    assert.deepEqual(second, first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

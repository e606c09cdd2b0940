import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, templates } from '../../bench/ingest-corpus.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { ExtractPool } from '../../src/fuse/extract-pool.ts';
import { ingestArticles, type IngestOptions } from '../../src/fuse/ingest.ts';
import { extrasFor } from '../../src/fuse/worker-extras.ts';
import type { Extractor } from '../../src/fuse/ingest.ts';
import { openStore } from '../../src/store/db.ts';

/** Each stored article with the original it was found to copy. */
async function copies(path: string, extract: (path: string) => { run: Extractor; close?: () => Promise<void>; assist?: () => boolean }, opts: IngestOptions): Promise<string[]> {
  const store = await openStore(path);
  const { run, close, assist } = extract(path);
  try {
    const r = await ingestArticles(store, generate(await templates(), 1500), run, { ...opts, ...(assist ? { assist } : {}) });
    assert.equal(r.failed, 0);
    const rows = await store.db.selectFrom('articles').select(['id', 'near_duplicate_of', 'near_duplicate_score']).orderBy('id').execute();
    return rows.map((a) => `${a.id} ${a.near_duplicate_of} ${a.near_duplicate_score}`);
  } finally {
    await close?.();
    await store.close();
  }
}

test('band buckets read by the extraction workers find the same near-copies as the storing thread finds alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-worker-buckets-'));
  try {
    // Tiny batches and a deep read-ahead: an article is handed out several commits before it is
    // stored, so its worker's read misses copies committed meanwhile, which must be added back.
    const opts: IngestOptions = { batchSize: 3, readAhead: 64 };
    const alone = await copies(join(dir, 'alone.db'), () => ({ run: (a) => extractArticle(a) }), opts);
    let read = 0;
    const pooled = await copies(join(dir, 'pooled.db'), (path) => {
      const pool = new ExtractPool({ size: 1, bucketStore: path });
      return {
        run: (a) => pool.extract(a).then((r) => {
          if (extrasFor(r, a.text)?.buckets) read++;
          return r;
        }),
        close: () => pool.close(),
      };
    }, opts);
    assert.ok(read >= 1400, `the worker read the buckets of ${read} of 1,500 articles`);
    assert.ok(alone.filter((a) => !a.endsWith('null null')).length > 500, 'the corpus holds near-copies');
    assert.deepEqual(pooled, alone);
    // The storing thread extracting some articles itself: those come without buckets, and it looks them up.
    let assisted = 0;
    const helped = await copies(join(dir, 'helped.db'), (path) => {
      const pool = new ExtractPool({ size: 1, bucketStore: path });
      return {
        run: (a) => pool.extract(a),
        assist: () => {
          const took = pool.assist();
          if (took) assisted++;
          return took;
        },
        close: () => pool.close(),
      };
    }, opts);
    assert.ok(assisted >= 50, `the storing thread extracted ${assisted} of 1,500 articles`);
    assert.deepEqual(helped, alone);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a worker given no store file, or one it cannot read, leaves the lookups to the storing thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-worker-buckets-'));
  const pool = new ExtractPool({ size: 1, bucketStore: join(dir, 'missing.db') });
  try {
    const a = { text: 'President Tokayev met the President of Mongolia in Astana on July 4 to discuss trade.', published: '2024-07-05', title: null, url: null, language: null };
    const r = await pool.extract(a);
    assert.ok(r.engagements.length >= 1);
    const extras = extrasFor(r, a.text);
    assert.ok(extras, 'the print and claim texts still come back');
    assert.equal(extras.buckets, undefined);
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

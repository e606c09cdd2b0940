import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Ctx } from '../../src/store/context.ts';
import type { Store } from '../../src/store/db.ts';
import { BAND_SHIFT, BANDS, type BandKey } from '../../src/store/band-key.ts';
import { articlesInBuckets, openBucketReader } from '../../src/store/queries/band-buckets.ts';
import { openStore } from '../../src/store/db.ts';
import { insertArticle } from '../../src/store/writes/insert-article.ts';
import { insertBands } from '../../src/store/writes/insert-bands.ts';
import { targets } from './helpers.ts';

const A = 0xaa;
const B = 0xbb;

/** A whole signature's keys: the given hash in the given bands, a bucket of `filler`'s own elsewhere. */
function keys(hashes: Partial<Record<number, number>>, filler: number): BandKey[] {
  return Array.from({ length: BANDS }, (_, band) => band * BAND_SHIFT + (hashes[band] ?? 1_000_000 + filler));
}

for (const target of targets()) {
  describe(`band buckets (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let ctx: Ctx;
    before(async () => {
      ({ store, cleanup } = await target.open());
      ctx = { db: store.db, json: store.json };
      // Twelve articles in bucket A of band 0, stored out of id order; the odd ones also in B of band 1; one in A of band 2.
      for (const n of [7, 3, 11, 0, 9, 5, 1, 10, 2, 8, 6, 4]) {
        const id = `a_${String(n).padStart(2, '0')}`;
        await insertArticle(ctx, { id, url: null, canonical_url: null, content_hash: `h${n}`, near_duplicate_of: null, near_duplicate_score: null, title: null, published: null, source: null, language: null, text: `text ${n}`, extractor_version: null });
        await insertBands(ctx, id, keys({ 0: A, ...(n % 2 ? { 1: B } : {}), ...(n === 4 ? { 2: A } : {}) }, n));
      }
    });
    after(async () => cleanup());

    test('each bucket gives its first articles by id; those in more of the asked buckets come first', async () => {
      const got = await articlesInBuckets(ctx, keys({ 0: A, 1: B }, -1), 4);
      // A of band 0 gives a_00..a_03; B of band 1 gives a_01, a_03, a_05, a_07.
      assert.deepEqual(got, [
        { article_id: 'a_01', shared: 2 },
        { article_id: 'a_03', shared: 2 },
        { article_id: 'a_00', shared: 1 },
        { article_id: 'a_02', shared: 1 },
        { article_id: 'a_05', shared: 1 },
        { article_id: 'a_07', shared: 1 },
      ]);
    });

    test('a hash counts only in its own band, and an empty bucket gives nothing', async () => {
      assert.deepEqual(await articlesInBuckets(ctx, keys({ 2: A, 3: A }, -1), 8), [{ article_id: 'a_04', shared: 1 }]);
      assert.deepEqual(await articlesInBuckets(ctx, keys({ 0: B }, -1), 8), []);
      assert.deepEqual(await articlesInBuckets(ctx, [], 8), []);
      assert.equal((await articlesInBuckets(ctx, keys({ 0: A }, -1), 20)).length, 12);
      // a_09's own buckets find it in the 14 bands where it is in neither A nor B.
      assert.deepEqual(await articlesInBuckets(ctx, keys({}, 9), 8), [{ article_id: 'a_09', shared: 14 }]);
      await assert.rejects(articlesInBuckets(ctx, keys({ 0: A }, -1), 0), /perBand/);
    });

    test('articles not written yet count in their buckets as if they were, within the limit of each', async () => {
      const unwritten: (string[] | undefined)[] = Array.from({ length: BANDS }, () => undefined);
      // Band 0's bucket A: a_015 sorts between stored a_01 and a_02, so a_03 drops out of the first 4;
      // a_99 sorts after them all and stays out. Band 1's bucket B gains a_00 ahead of a_01, a_03, a_05,
      // and a_01, stored and given again, counts once.
      unwritten[0] = ['a_015', 'a_99'];
      unwritten[1] = ['a_00', 'a_01'];
      assert.deepEqual(await articlesInBuckets(ctx, keys({ 0: A, 1: B }, -1), 4, unwritten), [
        { article_id: 'a_00', shared: 2 },
        { article_id: 'a_01', shared: 2 },
        { article_id: 'a_015', shared: 1 },
        { article_id: 'a_02', shared: 1 },
        { article_id: 'a_03', shared: 1 },
        { article_id: 'a_05', shared: 1 },
      ]);
      // Asking for the first few gives the first few of the whole list, however many that is.
      const all = await articlesInBuckets(ctx, keys({ 0: A, 1: B }, -1), 4, unwritten);
      for (const n of [1, 2, 3, 5, 6, 7]) assert.deepEqual(await articlesInBuckets(ctx, keys({ 0: A, 1: B }, -1), 4, unwritten, undefined, n), all.slice(0, n), `first ${n}`);
      // An empty stored bucket gives just the unwritten ones; none given changes nothing.
      assert.deepEqual(await articlesInBuckets(ctx, keys({ 0: B }, -1), 8, [['a_50'], ...Array.from({ length: BANDS - 1 }, () => undefined)]), [{ article_id: 'a_50', shared: 1 }]);
      assert.deepEqual(await articlesInBuckets(ctx, keys({ 0: A, 1: B }, -1), 4, []), await articlesInBuckets(ctx, keys({ 0: A, 1: B }, -1), 4));
    });

    test('keys must be a whole signature, one per band in band order', async () => {
      await assert.rejects(articlesInBuckets(ctx, keys({ 0: A }, -1).slice(0, 2), 8), RangeError);
      await assert.rejects(articlesInBuckets(ctx, keys({ 0: A }, -1).reverse(), 8), RangeError);
      await assert.rejects(insertBands(ctx, 'a_00', [A, B]), RangeError);
    });

    test('deleting an article deletes its bands', async () => {
      await sql`delete from articles where id = ${'a_05'}`.execute(store.db);
      const left = await store.db.selectFrom('article_minhash_bands').select('article_id').where('article_id', '=', 'a_05').execute();
      assert.deepEqual(left, []);
      assert.deepEqual((await articlesInBuckets(ctx, keys({ 1: B }, -1), 8)).map((c) => c.article_id), ['a_01', 'a_03', 'a_07', 'a_09', 'a_11']);
    });
  });
}

test('a bucket reader on the store file reads what the store lookup reads, and sees only what is committed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-bucket-reader-'));
  const path = join(dir, 'readout.db');
  const store = await openStore(path);
  const reader = openBucketReader(path, 4);
  try {
    const ctx: Ctx = { db: store.db, json: store.json };
    for (const n of [7, 3, 11, 0, 9, 5]) {
      const id = `a_${String(n).padStart(2, '0')}`;
      await insertArticle(ctx, { id, url: null, canonical_url: null, content_hash: `h${n}`, near_duplicate_of: null, near_duplicate_score: null, title: null, published: null, source: null, language: null, text: `text ${n}`, extractor_version: null });
      await insertBands(ctx, id, keys({ 0: A, ...(n % 2 ? { 1: B } : {}) }, n));
    }
    const asked = keys({ 0: A, 1: B }, -1);
    const read = reader.read(asked);
    assert.equal(read.length, BANDS);
    assert.deepEqual(read[0]!.split(' ').sort(), ['a_00', 'a_03', 'a_05', 'a_07']);
    assert.deepEqual(await articlesInBuckets(ctx, asked, 4, undefined, read), await articlesInBuckets(ctx, asked, 4));
    assert.deepEqual(reader.read(keys({}, 99)), Array.from({ length: BANDS }, () => null));
    assert.throws(() => reader.read(asked.slice(0, 3)), RangeError);
    // A write still open on the store's own connection is not seen; once committed, it is.
    const trx = await store.db.startTransaction().execute();
    await insertArticle({ db: trx, json: store.json }, { id: 'a_01', url: null, canonical_url: null, content_hash: 'h1', near_duplicate_of: null, near_duplicate_score: null, title: null, published: null, source: null, language: null, text: 'text 1', extractor_version: null });
    await insertBands({ db: trx, json: store.json }, 'a_01', keys({ 0: A }, 1));
    assert.ok(!reader.read(asked)[0]!.includes('a_01'));
    await trx.commit().execute();
    assert.ok(reader.read(asked)[0]!.includes('a_01'));
    await assert.rejects(articlesInBuckets(ctx, asked, 4, undefined, read.slice(1)), /stored buckets/);
  } finally {
    reader.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

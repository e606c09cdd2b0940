import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BAND_SHIFT, BANDS, type BandKey } from '../../src/store/band-key.ts';
import { PendingBands } from '../../src/fuse/pending-bands.ts';

const keys = (buckets: number[]): BandKey[] => Array.from({ length: BANDS }, (_, band) => band * BAND_SHIFT + buckets[band % buckets.length]);

test('a bucket keeps its first articles by id, however many are added and in whatever order', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.stringMatching(/^a_[0-9a-f]{4}$/), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (ids, per) => {
      const pending = new PendingBands(per);
      for (const id of ids) pending.add(id, keys([id.charCodeAt(2) % 3]));
      assert.equal(pending.size, ids.length);
      for (const bucket of [0, 1, 2]) {
        const want = ids.filter((id) => id.charCodeAt(2) % 3 === bucket).sort().slice(0, per);
        const got = pending.inBuckets(keys([bucket]))[0] ?? [];
        assert.deepEqual(got, want);
      }
    }),
  );
});

test('an article added twice counts once; clear forgets everything', () => {
  const pending = new PendingBands(8);
  pending.add('a_02', keys([5]));
  pending.add('a_01', keys([5]));
  pending.add('a_02', keys([5]));
  assert.deepEqual(pending.inBuckets(keys([5]))[3], ['a_01', 'a_02']);
  assert.equal(pending.inBuckets(keys([6]))[0], undefined);
  pending.clear();
  assert.equal(pending.size, 0);
  assert.equal(pending.inBuckets(keys([5]))[0], undefined);
  assert.throws(() => new PendingBands(0), /perBucket/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BAND_SHIFT, BANDS, type BandKey } from '../../src/store/band-key.ts';
import { CommittedBands, mergeBucket, PendingBands } from '../../src/fuse/pending-bands.ts';

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

test('committed batches give their buckets to articles handed out before them, and are forgotten once none is left', () => {
  const committed = new CommittedBands(2);
  const batch = (ids: string[], bucket: number) => {
    const p = new PendingBands(2);
    for (const id of ids) p.add(id, keys([bucket]));
    return p;
  };
  const held = (p: PendingBands) => new Map([keys([7])[0], keys([8])[0]].map((k) => [k, p.inBuckets([k])[0]] as const).filter((e): e is [BandKey, string[]] => !!e[1]));
  committed.add(1, held(batch(['a_05', 'a_09'], 7)));
  committed.add(2, held(batch(['a_01', 'a_07', 'a_08'], 7)));
  committed.add(3, new Map());
  assert.equal(committed.size, 2, 'a batch with no bands is not kept');
  // Handed out with no commit done: both batches, merged, first two by id.
  assert.deepEqual(committed.since(0, [keys([7])[0], keys([8])[0]]), [['a_01', 'a_05'], undefined]);
  // Handed out after the first commit: only the second's.
  assert.deepEqual(committed.since(1, [keys([7])[0]]), [['a_01', 'a_07']]);
  assert.deepEqual(committed.since(2, [keys([7])[0]]), [undefined]);
  assert.throws(() => committed.add(2, new Map([[keys([7])[0], ['a_00']]])), /not after/);
  committed.forgetUpTo(1);
  assert.equal(committed.size, 1);
  assert.deepEqual(committed.since(0, [keys([7])[0]]), [['a_01', 'a_07']]);
  committed.forgetUpTo(3);
  assert.equal(committed.size, 0);
});

test('two bucket lists merge into the first ids of both, each once', () => {
  assert.deepEqual(mergeBucket(['a_01', 'a_05'], ['a_02', 'a_05', 'a_09'], 3), ['a_01', 'a_02', 'a_05']);
  assert.deepEqual(mergeBucket(undefined, ['a_02'], 3), ['a_02']);
  assert.deepEqual(mergeBucket(['a_02'], [], 3), ['a_02']);
  assert.equal(mergeBucket(undefined, undefined, 3), undefined);
});

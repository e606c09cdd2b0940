import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jaccard, shingles, signature, bandKeys } from '../../src/fuse/near-duplicate.ts';

test('word 5-shingles and their Jaccard similarity', () => {
  const s = shingles('One two three four five six. Seven!');
  assert.deepEqual([...s], ['one two three four five', 'two three four five six', 'three four five six seven']);
  assert.deepEqual([...shingles('Too short text')], ['too short text']);
  assert.equal(jaccard(s, s), 1);
  assert.equal(jaccard(s, shingles('nothing in common with that at all')), 0);
  assert.equal(jaccard(new Set(), new Set()), 0);
});

test('similar texts share LSH bands, unrelated ones do not', () => {
  const words = Array.from({ length: 300 }, (_, i) => `w${(i * 7919) % 1000}`);
  const a = words.join(' ');
  const b = [...words.slice(0, 150), 'inserted', ...words.slice(150)].join(' ');
  const c = Array.from({ length: 300 }, (_, i) => `z${i}`).join(' ');
  const ka = new Set(bandKeys(signature(shingles(a))).map((k) => `${k.band}:${k.key}`));
  const shared = (t: string) => bandKeys(signature(shingles(t))).filter((k) => ka.has(`${k.band}:${k.key}`)).length;
  assert.ok(jaccard(shingles(a), shingles(b)) >= 0.95);
  assert.ok(shared(b) >= 8, `shared ${shared(b)}`);
  assert.equal(shared(c), 0);
  // Signatures are a pure function of the text, so bands stored by one process match another's.
  assert.deepEqual(signature(shingles(a)), signature(shingles(a)));
});

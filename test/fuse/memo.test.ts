import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoised } from '../../src/fuse/memo.ts';

test('a memoised function answers from memory, and forgets everything once it holds its size', () => {
  const asked: string[] = [];
  const upper = memoised(2, (k) => {
    asked.push(k);
    return { v: k.toUpperCase() };
  });
  const a = upper('a');
  assert.equal(upper('a'), a, 'the same answer, not a fresh one');
  upper('b');
  assert.deepEqual(asked, ['a', 'b']);
  upper('c');
  upper('a');
  assert.deepEqual(asked, ['a', 'b', 'c', 'a']);
  assert.equal(upper('c').v, 'C');
  assert.deepEqual(asked, ['a', 'b', 'c', 'a'], 'c came after the memory was emptied, so it is still there');
});

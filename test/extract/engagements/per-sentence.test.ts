import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LazyPerSentence } from '../../../src/extract/engagements/per-sentence.ts';

describe('LazyPerSentence', () => {
  it('computes each sentence once, when first read', () => {
    const made: number[] = [];
    const xs = new LazyPerSentence(3, (i) => { made.push(i); return i * 10; });
    assert.deepEqual(made, []);
    assert.equal(xs.at(2), 20);
    assert.equal(xs.at(2), 20);
    assert.equal(xs.at(0), 0);
    assert.deepEqual(made, [2, 0]);
  });

  it('remembers falsy values too', () => {
    let calls = 0;
    const xs = new LazyPerSentence<string | null>(1, () => { calls++; return null; });
    assert.equal(xs.at(0), null);
    assert.equal(xs.at(0), null);
    assert.equal(calls, 1);
  });

  it('gives undefined outside the sentences, as an array does', () => {
    const xs = new LazyPerSentence(2, () => 'x');
    assert.equal(xs.at(2), undefined);
    assert.equal(xs.at(-1), undefined);
    assert.equal(xs.length, 2);
  });
});

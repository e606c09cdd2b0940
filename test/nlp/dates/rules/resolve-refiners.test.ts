import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAnchors } from '../../../../src/nlp/dates/rules/resolve-anchors.ts';
import { resolveOverlaps } from '../../../../src/nlp/dates/rules/resolve-overlaps.ts';
import type { Candidate } from '../../../../src/nlp/dates/types.ts';

const text = 'on Monday and the next day, then Tuesday';
const cand = (start: number, word: string, extra: Partial<Candidate> = {}): Candidate => ({
  rule: 'p', start, end: start + word.length, text: word, date: '2024-10-28', month: '2024-10', year: 2024,
  grain: 'day', relative: true, endDate: null, priority: 0, ...extra,
});
const ctx = { text, published: { year: 2024, month: 10, day: 30 }, anchor: null };

describe('resolve-overlaps', () => {
  it('keeps a lone candidate, and none from none', () => {
    assert.deepEqual(resolveOverlaps.refine([cand(3, 'Monday')], ctx).map((c) => c.text), ['Monday']);
    assert.deepEqual(resolveOverlaps.refine([], ctx), []);
  });

  it('still drops the shorter of two overlapping candidates and returns start order', () => {
    const out = resolveOverlaps.refine([cand(33, 'Tuesday'), cand(3, 'Mon'), cand(3, 'Monday')], ctx);
    assert.deepEqual(out.map((c) => c.text), ['Monday', 'Tuesday']);
  });
});

describe('resolve-anchors', () => {
  it('returns mentions without an anchor in start order, unchanged', () => {
    const a = cand(3, 'Monday');
    const b = cand(33, 'Tuesday');
    assert.deepEqual(resolveAnchors.refine([a, b], ctx), [a, b]);
    assert.deepEqual(resolveAnchors.refine([b, a], ctx), [a, b]);
  });

  it('settles an anchored mention against the day before it, not publication', () => {
    const out = resolveAnchors.refine([cand(3, 'Monday'), cand(14, 'the next day', { date: null, anchor: { days: 1 } })], ctx);
    assert.deepEqual(out.map((c) => c.date), ['2024-10-28', '2024-10-29']);
  });
});

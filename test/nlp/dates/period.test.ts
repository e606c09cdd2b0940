import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { periodEnd, shiftDays } from '../../../src/nlp/dates/period.ts';
import type { DateMention } from '../../../src/nlp/dates/types.ts';

describe('shiftDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    assert.equal(shiftDays('2024-03-01', -1), '2024-02-29');
    assert.equal(shiftDays('2025-01-10', -20), '2024-12-21');
    assert.equal(shiftDays('2024-12-31', 1), '2025-01-01');
    assert.equal(shiftDays('2024-07-05', 0), '2024-07-05');
  });

  it('gives the same answers however calls for many dates and offsets interleave (the cache is bounded)', () => {
    const direct = (iso: string, days: number) => new Date(Date.parse(iso + 'T12:00:00Z') + days * 86400000).toISOString().slice(0, 10);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 100; i++) {
        const iso = direct('2024-01-01', i * 7);
        for (const days of [1, -20, i - 50, 1, -20]) assert.equal(shiftDays(iso, days), direct(iso, days), `${iso} ${days}`);
      }
    }
  });
});

describe('periodEnd', () => {
  const mention = (grain: 'day' | 'month' | 'year' | 'week', extra: Partial<DateMention>): DateMention => ({
    start: 0, end: 1, text: 'x', date: null, month: null, year: null, grain, relative: false, endDate: null, ...extra,
  });

  it('ends a month on its last day, leap Februaries included, however often asked', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(periodEnd(mention('month', { month: '2024-02' })), '2024-02-29');
      assert.equal(periodEnd(mention('month', { month: '2023-02' })), '2023-02-28');
      assert.equal(periodEnd(mention('month', { month: '2024-12' })), '2024-12-31');
    }
  });

  it('ends a day on itself or its range end, a year on 31 December, and a week nowhere', () => {
    assert.equal(periodEnd(mention('day', { date: '2024-07-05' })), '2024-07-05');
    assert.equal(periodEnd(mention('day', { date: '2024-07-03', endDate: '2024-07-05' })), '2024-07-05');
    assert.equal(periodEnd(mention('year', { year: 2024 })), '2024-12-31');
    assert.equal(periodEnd(mention('week', {})), null);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { shiftDays } from '../../../src/nlp/dates/period.ts';

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

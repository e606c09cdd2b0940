import type { Candidate, DateRefiner } from '../types.ts';

/**
 * Where mentions overlap, the longest wins ("Thursday, May 23, 2024" over "Thursday"); on a tie
 * the rule listed first in the configuration wins, which is how the house rules override chrono
 * ("28-30 November 2023" from day-range, not chrono).
 */
export const resolveOverlaps: DateRefiner = {
  kind: 'refiner',
  name: 'resolve-overlaps',
  after: ['drop-embedded'],
  refine(candidates): Candidate[] {
    const ranked = [...candidates].sort((a, b) =>
      (b.end - b.start) - (a.end - a.start) || (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

import type { Candidate, DateRefiner } from '../types.ts';
import { firstAtLeast } from '../../search.ts';

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
    // Most sentences give no date or one: nothing can clash, and the sort and copy below are waste.
    if (candidates.length < 2) return candidates;
    const ranked = [...candidates].sort((a, b) =>
      (b.end - b.start) - (a.end - a.start) || (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.start - b.start);
    // Kept mentions never overlap, so in start order only the neighbours of a candidate's place can
    // clash with it: a binary search per candidate instead of a scan, for texts with thousands of dates.
    const kept: Candidate[] = [];
    for (const c of ranked) {
      const lo = firstAtLeast(kept, c.start, (k) => k.start);
      const before = kept[lo - 1];
      const after = kept[lo];
      if ((!before || before.end <= c.start) && (!after || c.end <= after.start)) kept.splice(lo, 0, c);
    }
    return kept;
  },
};

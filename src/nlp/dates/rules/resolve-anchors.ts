import { addDays, parseIso } from '../day.ts';
import { dayCandidate } from '../mention.ts';
import type { Candidate, DateRefiner } from '../types.ts';

function needsWork(candidates: readonly Candidate[]): boolean {
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i].anchor || (i > 0 && candidates[i].start < candidates[i - 1].start)) return true;
  }
  return false;
}

/**
 * Settles "earlier in the day", "that same day", "the next day" against the nearest earlier dated
 * day in the same text, else the caller's anchor, else publication.
 */
export const resolveAnchors: DateRefiner = {
  kind: 'refiner',
  name: 'resolve-anchors',
  after: ['resolve-overlaps'],
  refine(candidates, ctx): Candidate[] {
    // Without an anchored mention the loop below only sorts by start, which resolve-overlaps' list
    // already is: hand it back rather than copy and sort it for every sentence.
    if (!needsWork(candidates)) return candidates;
    const out: Candidate[] = [];
    let last: string | null = null;
    for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
      if (!c.anchor) {
        out.push(c);
        if (c.grain === 'day' && c.date !== null) last = c.date;
        continue;
      }
      const base = last !== null ? parseIso(last) : ctx.anchor ?? ctx.published;
      const day = base ? addDays(base, c.anchor.days) : null;
      const resolved = { ...dayCandidate(c.rule, ctx.text, c.start, c.end, day, { relative: true }), anchor: c.anchor };
      out.push(resolved);
      if (resolved.date !== null) last = resolved.date;
    }
    return out;
  },
};

import { addDays } from '../day.ts';
import { alternation, RELATIVE_DAYS } from '../lexicon.ts';
import { dayCandidate } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

const PHRASE = new RegExp(`\\b(?:${alternation(RELATIVE_DAYS.keys())})\\b`, 'gi');

/** "yesterday", "today", "this morning", "tomorrow": offsets from publication. */
export const relativeDay: DateParser = {
  kind: 'parser',
  name: 'relative-day',
  // Most phrases hold "day"; only the rest need the slower regex.
  cue: (t) => t.includes('day') || t.includes('DAY') || /night|orrow|orning|ernoon|vening/i.test(t),
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    PHRASE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PHRASE.exec(ctx.text)) !== null) {
      const offset = RELATIVE_DAYS.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
      const day = ctx.published ? addDays(ctx.published, offset) : null;
      out.push(dayCandidate(this.name, ctx.text, m.index, m.index + m[0].length, day, { relative: true }));
    }
    return out;
  },
};

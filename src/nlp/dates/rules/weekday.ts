import { WEEKDAYS } from '../../calendar.ts';
import { addDays, weekdayOf } from '../day.ts';
import { alternation, WEEKDAY_DIRECTION } from '../lexicon.ts';
import { dayCandidate } from '../mention.ts';
import { containsAny } from '../pipeline.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// "on Tuesday", "late on Wednesday", "Sunday's crash", "next Tuesday"; not "Mondays".
const WEEKDAY = new RegExp(
  `\\b(?:(${alternation(WEEKDAY_DIRECTION.keys())})\\s+)?(${alternation(WEEKDAYS.keys())})(?:['’]s)?(?![A-Za-z])`,
  'gi',
);

/**
 * A weekday in a news report is, by convention, the latest such day on or before publication
 * (published Monday + "on Monday" is that same Monday); chrono would pick the nearest one,
 * which can lie ahead. "next"/"last" move strictly after/before.
 */
export const weekday: DateParser = {
  kind: 'parser',
  name: 'weekday',
  cue: containsAny('day', 'DAY'),
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    WEEKDAY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WEEKDAY.exec(ctx.text)) !== null) {
      const name = m[2].charAt(0).toUpperCase() + m[2].slice(1).toLowerCase();
      // Weekday names are capitalised; "may", "sun" and friends do not arise, but "MONDAY" in a headline may.
      if (m[2] !== name && m[2] !== m[2].toUpperCase()) continue;
      const target = WEEKDAYS.get(name)!;
      let day: ReturnType<typeof addDays> | null = null;
      if (ctx.published) {
        const back = (weekdayOf(ctx.published) - target + 7) % 7;
        const dir = m[1] ? WEEKDAY_DIRECTION.get(m[1].toLowerCase().replace(/\s+/g, ' ')) : undefined;
        const offset = dir === 'after' ? (7 - back) % 7 || 7 : dir === 'before' ? -(back || 7) : -back;
        day = addDays(ctx.published, offset);
      }
      const stop = m.index + m[0].length - (/['’]s$/.test(m[0]) ? 2 : 0);
      out.push(dayCandidate(this.name, ctx.text, m.index, stop, day, { relative: true }));
    }
    return out;
  },
};

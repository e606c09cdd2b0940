import { ANY_MONTH, alternation, FULL_MONTH_NAMES, MONTH_CUES, monthNumber } from '../lexicon.ts';
import { periodCandidate } from '../mention.ts';
import { containsAny } from '../pipeline.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// "April 2023" needs no cue; a month alone needs one ("in July", "since March", "in late
// November") so that "May he ..." and "a March on ..." stay words. A day next to the month
// makes it a day date, left to the day rules. Both scans start at the month name, which is
// rare, and look back for what precedes it.
const WITH_YEAR = new RegExp(`\\b(${ANY_MONTH})\\s+(\\d{4})(?![\\d\\p{L}])`, 'gu');
const DAY_BEFORE = /\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
const ALONE = new RegExp(`\\b(${FULL_MONTH_NAMES.join('|')})(?![\\p{L}])(?!\\.?\\s+\\d)`, 'gu');
const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${alternation(MONTH_CUES)})\\s*$`, 'diu');
const LOOKBACK = 28;

/** A month: "in July" is the latest July on or before publication; "last"/"next" move strictly. */
export const month: DateParser = {
  kind: 'parser',
  name: 'month',
  cue: containsAny('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'),
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    const p = ctx.published;
    const text = ctx.text;
    WITH_YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WITH_YEAR.exec(text)) !== null) {
      const year = Number(m[2]);
      if (year < 1900 || year > 2100 || DAY_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
      out.push(periodCandidate(this.name, text, m.index, m.index + m[0].length, 'month', year, monthNumber(m[1]), false));
    }
    ALONE.lastIndex = 0;
    while ((m = ALONE.exec(text)) !== null) {
      const from = Math.max(0, m.index - LOOKBACK);
      const c = CUE_BEFORE.exec(text.slice(from, m.index));
      if (!c || /^\s*\d{4}(?!\d)/.test(text.slice(m.index + m[0].length))) continue;
      const cue = c[1].toLowerCase();
      const mon = monthNumber(m[1]);
      // The span keeps words that change the meaning ("last July", "late November"), not prepositions.
      const keep = /^(?:last|next|this|early|late|mid-?)$/.test(cue);
      const start = keep ? from + c.indices![1][0] : m.index;
      const end = m.index + m[0].length;
      let year: number | null = null;
      if (p) {
        if (cue === 'last') year = mon < p.month ? p.year : p.year - 1;
        else if (cue === 'next') year = mon > p.month ? p.year : p.year + 1;
        else if (cue === 'this') year = p.year;
        else year = mon <= p.month ? p.year : p.year - 1;
      }
      out.push(periodCandidate(this.name, text, start, end, 'month', year, mon, false));
    }
    return out;
  },
};

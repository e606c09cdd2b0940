import { ANY_MONTH, alternation, FULL_MONTH_NAMES, MONTH_CUES, monthNumber } from '../lexicon.ts';
import { periodCandidate } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// "April 2023" needs no cue; a month alone needs one ("in July", "since March", "in late
// November") so that "May he ..." and "a March on ..." stay words. A day next to the month
// makes it a day date, left to the day rules.
const WITH_YEAR = new RegExp(`(?<!\\d\\s*(?:of\\s+)?)\\b(${ANY_MONTH})\\s+(\\d{4})(?![\\d\\p{L}])`, 'gu');
const CUED = new RegExp(
  `\\b(${alternation(MONTH_CUES)})\\s*\\b(${FULL_MONTH_NAMES.join('|')})(?![\\p{L}])(?!\\.?\\s+\\d)`,
  'gu',
);
const LAST_NEXT = /^(last|next|this)$/i;

/** A month: "in July" is the latest July on or before publication; "last"/"next" move strictly. */
export const month: DateParser = {
  kind: 'parser',
  name: 'month',
  cue: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    const p = ctx.published;
    WITH_YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WITH_YEAR.exec(ctx.text)) !== null) {
      const year = Number(m[2]);
      if (year < 1900 || year > 2100) continue;
      out.push(periodCandidate(this.name, ctx.text, m.index, m.index + m[0].length, 'month', year, monthNumber(m[1]), false));
    }
    CUED.lastIndex = 0;
    while ((m = CUED.exec(ctx.text)) !== null) {
      const cue = m[1].toLowerCase();
      const mon = monthNumber(m[2]);
      const monthAt = m.index + m[0].length - m[2].length;
      // The span keeps words that change the meaning ("last July", "late November"), not prepositions.
      const keep = LAST_NEXT.test(cue) || /^(?:early|late|mid-?)$/.test(cue);
      const start = keep ? m.index : monthAt;
      const end = m.index + m[0].length;
      let year: number | null = null;
      if (p) {
        if (/^last$/i.test(cue)) year = mon < p.month ? p.year : p.year - 1;
        else if (/^next$/i.test(cue)) year = mon > p.month ? p.year : p.year + 1;
        else if (/^this$/i.test(cue)) year = p.year;
        else year = mon <= p.month ? p.year : p.year - 1;
      }
      out.push(periodCandidate(this.name, ctx.text, start, end, 'month', year, mon, false));
    }
    return out;
  },
};

import { impliedYear, isRealDate, type Ymd } from '../day.ts';
import { ANY_MONTH, monthNumber } from '../lexicon.ts';
import { dayCandidate } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// chrono reads the "3" of "from 3 to 5 July" as an hour, so day ranges are parsed here.
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const SEP = '\\s*(?:-|–|—|to|until|and)\\s*';
const YEAR = '(?:,?\\s+(\\d{4}))?(?!\\d)';
const LEAD = '(?:([Ff]rom|[Bb]etween)\\s+)?';
const NOT_AMOUNT = '(?!\\s*(?:[ap]\\.?m\\b|percent|per\\s+cent|%|million|billion|thousand|hours?|days?|weeks?|months?|years?))';
const PATTERNS: { re: RegExp; order: 'dm' | 'dmdm' | 'md' | 'mdmd' }[] = [
  // "3 July - 5 August 2024"
  { re: new RegExp(`\\b${LEAD}${D}\\s+(?:of\\s+)?(${ANY_MONTH})${SEP}${D}\\s+(?:of\\s+)?(${ANY_MONTH})${YEAR}`, 'g'), order: 'dmdm' },
  // "28-30 November 2023", "from 3 to 5 July"
  { re: new RegExp(`\\b${LEAD}${D}${SEP}${D}\\s+(?:of\\s+)?(${ANY_MONTH})${YEAR}`, 'g'), order: 'dm' },
  // "November 28 - December 2, 2023"
  { re: new RegExp(`\\b${LEAD}(${ANY_MONTH})\\s+${D}${SEP}(${ANY_MONTH})\\s+${D}${YEAR}`, 'g'), order: 'mdmd' },
  // "July 3-5", "November 28-30, 2023"
  { re: new RegExp(`\\b${LEAD}(${ANY_MONTH})\\s+${D}${SEP}${D}${NOT_AMOUNT}${YEAR}`, 'g'), order: 'md' },
];

function read(order: string, m: RegExpExecArray): { d1: number; m1: number; d2: number; m2: number; year: number | null } {
  const year = m[m.length - 1] ? Number(m[m.length - 1]) : null;
  switch (order) {
    case 'dmdm': return { d1: +m[2], m1: monthNumber(m[3]), d2: +m[4], m2: monthNumber(m[5]), year };
    case 'dm': return { d1: +m[2], d2: +m[3], m1: monthNumber(m[4]), m2: monthNumber(m[4]), year };
    case 'mdmd': return { m1: monthNumber(m[2]), d1: +m[3], m2: monthNumber(m[4]), d2: +m[5], year };
    default: return { m1: monthNumber(m[2]), d1: +m[3], d2: +m[4], m2: monthNumber(m[2]), year };
  }
}

export const dayRange: DateParser = {
  kind: 'parser',
  name: 'day-range',
  cue: /\d\s*(?:-|–|—|to|until|and)\s*(?:\d|[A-Z])|\d(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?\s*(?:-|–|—|to|until|and)\s/,
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    for (const { re, order } of PATTERNS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ctx.text)) !== null) {
        const lead = m[1];
        // "and" joins a range only after "between"; "3 and 5 July" alone lists two days.
        if (/\band\b/.test(m[0]) && lead?.toLowerCase() !== 'between') continue;
        const r = read(order, m);
        if (r.m1 === r.m2 && r.d2 <= r.d1) continue;
        // The span leaves out "from"/"between", as every rule leaves out leading prepositions.
        let s = m.index + (lead ? lead.length : 0);
        while (/\s/.test(ctx.text.charAt(s))) s++;
        const end = m.index + m[0].length;
        const y1 = r.year ?? (ctx.published ? impliedYear(r.m1, r.d1, ctx.published) : null);
        if (y1 === null) {
          if (isRealDate(2000, r.m1, r.d1) && isRealDate(2000, r.m2, r.d2)) out.push(dayCandidate(this.name, ctx.text, s, end, null));
          continue;
        }
        // A range written with one year at its end ("28 December - 3 January 2025") crosses into it.
        const crosses = r.m2 < r.m1;
        const from: Ymd = { year: crosses && r.year !== null ? y1 - 1 : y1, month: r.m1, day: r.d1 };
        const to: Ymd = { year: crosses && r.year === null ? y1 + 1 : y1, month: r.m2, day: r.d2 };
        if (!isRealDate(from.year, from.month, from.day) || !isRealDate(to.year, to.month, to.day)) continue;
        out.push(dayCandidate(this.name, ctx.text, s, end, from, { endDay: to }));
      }
    }
    return out;
  },
};

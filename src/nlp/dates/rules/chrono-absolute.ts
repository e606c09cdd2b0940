import * as chrono from 'chrono-node';
import { MONTHS } from '../../calendar.ts';
import { impliedYear, isRealDate, type Ymd } from '../day.ts';
import { alternation, leadingPrepositionLength } from '../lexicon.ts';
import { dayCandidate } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// chrono is the costly step, so it only sees short windows around a cheap cue: a month name
// next to a number, or an all-digit date.
const MONTH = `(?:${alternation(MONTHS.keys())})(?![a-z])`;
const CUE = new RegExp(`${MONTH}\\.?\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b`, 'g');
// A chrono result without a month name or an all-digit date in it is a weekday, a time or a
// relative phrase, which the other rules read by news conventions instead.
const EXPLICIT = new RegExp(`${MONTH}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}`);
// chrono turns "the end of February" into the 28th; the month rule reports it as a month.
const PART_OF_PERIOD = /\b(?:end|beginning|start|middle|half)\s+of\b/i;
// Enough room for a weekday before ("Thursday, May 23") and a year after (", 2024").
const BEFORE = 16;
const AFTER = 10;

function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  CUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE.exec(text)) !== null) {
    let s = Math.max(0, m.index - BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + AFTER);
    // Widen to whole words so chrono never sees half a token.
    while (s > 0 && /\S/.test(text.charAt(s - 1))) s--;
    while (e < text.length && /\S/.test(text.charAt(e))) e++;
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function resolve(c: chrono.ParsedComponents, published: Ymd | null): Ymd | null | undefined {
  const month = c.get('month');
  const day = c.get('day');
  if (!c.isCertain('day') || !c.isCertain('month') || month === null || day === null) return undefined;
  const year = c.isCertain('year') ? c.get('year') : published ? impliedYear(month, day, published) : null;
  if (year === null) return null;
  return isRealDate(year, month, day) ? { year, month, day } : undefined;
}

export const chronoAbsolute: DateParser = {
  kind: 'parser',
  name: 'chrono-absolute',
  cue: /\d/,
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    const p = ctx.published;
    const ref = { instant: new Date(Date.UTC(p?.year ?? 2000, (p?.month ?? 1) - 1, p?.day ?? 1, 12)), timezone: 0 };
    for (const [ws, we] of windows(ctx.text)) {
      // The strict parser reads only formal dates, which is all this rule keeps, and is faster.
      for (const r of chrono.en.strict.parse(ctx.text.slice(ws, we), ref, { forwardDate: false })) {
        // Ranges belong to the day-range rule: chrono misreads "from 3 to 5 July" and takes the
        // "5" of "July 3 to 5 percent" for a day.
        if (r.end || !EXPLICIT.test(r.text) || PART_OF_PERIOD.test(r.text)) continue;
        const from = resolve(r.start, p);
        if (from === undefined) continue;
        const lead = leadingPrepositionLength(r.text);
        const start = ws + r.index + lead;
        const end = ws + r.index + r.text.trimEnd().length;
        out.push(dayCandidate(this.name, ctx.text, start, end, from));
      }
    }
    return out;
  },
};

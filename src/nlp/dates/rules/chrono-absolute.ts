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

const MONTH_CAP = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const WEEKDAY_LEAD = '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?';
const MONTH_DAY = new RegExp(`\\b${WEEKDAY_LEAD}${MONTH_CAP}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`, 'gu');
const DAY_MONTH = new RegExp(`\\b${WEEKDAY_LEAD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_CAP}\\.?(?:,?\\s+(\\d{4}))?(?![\\d\\p{L}])`, 'gu');
const ABBREVIATED = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
const RANGE_AFTER = /^\s*(?:-|–|—|to|and|until|through)\s*\d/;
const RANGE_BEFORE = /\d\s*(?:-|–|—|to)\s*$/;
// "October 5 and December 2", "5 and 6 October": chrono reads no range across "and", only each date
// (the bare "5" is none), which is what the reading here gives.
// "in November 2024": a month and a year name no day, and chrono's reading of them (no certain day)
// is dropped by resolve() anyway, so such a cue needs no chrono call. A third of the windows were these.
const MONTH_YEAR = new RegExp(`^${MONTH}\\.?\\s+\\d{4}(?!\\d)`);
// A day range to or from a bare day ("13 to 16 October", "July 3-5"): chrono reads it as a range,
// which this rule drops (the day-range rule reads ranges), so the window needs no chrono call.
// "and" stays with chrono: "between 3 and 5 July" gives it a single day.
const BARE_RANGE_AFTER = /^\s*(?:-|–|—|to)\s*\d{1,2}(?!\d)/;
const BARE_RANGE_BEFORE = /(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to)\s*$/;

/** The extent of a range whose other end is a bare day, or null when chrono must read it. */
function bareRange(text: string, a: number, b: number, after: string | null, before: boolean, found: Candidate[]): [number, number] | null {
  let end = b;
  if (after !== null) {
    const fwd = BARE_RANGE_AFTER.exec(after);
    if (!fwd) return null;
    end = b + fwd[0].length;
  }
  let start = a;
  if (before) {
    const back = BARE_RANGE_BEFORE.exec(text.slice(Math.max(0, a - 12), a));
    if (!back) return null;
    start = a - back[0].length;
    // "July 30 - August 2": the first date was already taken as a day of its own; leave it to chrono.
    if (found.some((f) => f.end > start - 12 && f.start < a)) return null;
  }
  return [start, end];
}

/** The simple forms of a window as candidates, or null when the window holds anything else (ranges, numeric dates). */
function fastDates(text: string, ws: number, we: number, p: Ymd | null, name: string): Candidate[] | null {
  const win = text.slice(ws, we);
  if (/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\//.test(win)) return null;
  const found: Candidate[] = [];
  const cover: [number, number][] = [];
  let explainedEmpty = false;
  for (const re of [MONTH_DAY, DAY_MONTH]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(win)) !== null) {
      const [monthName, dayText] = re === MONTH_DAY ? [m[1], m[2]] : [m[2], m[1]];
      const month = MONTHS.get(monthName)!;
      const day = Number(dayText);
      const year = m[3] ? Number(m[3]) : p ? impliedYear(month, day, p) : null;
      const a = ws + m.index;
      // A full month name's following dot ends the sentence ("on 2 May."); only "Sept." keeps it.
      const b = a + m[0].length - (m[0].endsWith('.') && !ABBREVIATED.has(monthName) ? 1 : 0);
      const after = text.slice(b, b + 12);
      const before = text.slice(Math.max(0, a - 8), a);
      const rangeAfter = RANGE_AFTER.test(after);
      const rangeBefore = RANGE_BEFORE.test(before);
      if (rangeAfter || rangeBefore) {
        const r = bareRange(text, a, b, rangeAfter ? after : null, rangeBefore, found);
        if (!r) return null;
        if (!cover.some(([x, y]) => a < y && b > x)) cover.push(r);
        explainedEmpty = true;
        continue;
      }
      if (cover.some(([x, y]) => a < y && b > x)) continue;
      cover.push([a, b]);
      if (year === null) { found.push(dayCandidate(name, text, a, b, null)); continue; }
      if (!isRealDate(year, month, day)) continue;
      found.push(dayCandidate(name, text, a, b, { year, month, day }));
    }
  }
  // Every cue in the window must be explained, else chrono reads the window.
  CUE.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = CUE.exec(win)) !== null) {
    const a = ws + c.index;
    if (cover.some(([x, y]) => a >= x - 3 && a < y)) continue;
    if (MONTH_YEAR.test(win.slice(c.index, c.index + 20))) { explainedEmpty = true; continue; }
    return null;
  }
  return found.length || explainedEmpty ? found : null;
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
      // Most news dates are "July 4", "4 July 2024" or "July 4, 2024": read those directly and
      // leave chrono the rest, which is most of the time spent on dates otherwise.
      const fast = fastDates(ctx.text, ws, we, p, this.name);
      if (fast) { out.push(...fast); continue; }
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

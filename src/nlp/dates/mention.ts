import { formatDay, formatMonth, type Ymd } from './day.ts';
import type { Candidate, DateGrain } from './types.ts';

/** Builds a candidate whose fields agree with each other: a fixed day also fixes month and year. */
export function dayCandidate(
  rule: string, text: string, start: number, end: number, day: Ymd | null,
  opts: { relative?: boolean; endDay?: Ymd | null } = {},
): Candidate {
  return {
    rule, start, end, text: text.slice(start, end),
    date: day ? formatDay(day) : null,
    month: day ? formatMonth(day.year, day.month) : null,
    year: day ? day.year : null,
    grain: 'day',
    relative: opts.relative ?? false,
    endDate: opts.endDay ? formatDay(opts.endDay) : null,
  };
}

export function periodCandidate(
  rule: string, text: string, start: number, end: number, grain: DateGrain,
  year: number | null, month: number | null, relative: boolean,
): Candidate {
  return {
    rule, start, end, text: text.slice(start, end),
    date: null,
    month: year !== null && month !== null ? formatMonth(year, month) : null,
    year,
    grain,
    relative,
    endDate: null,
  };
}

/** The phrases of `table` that `phrase` finds in `text`, each a day left for the anchor refiner to count from another. */
export function anchoredCandidates(rule: string, phrase: RegExp, table: ReadonlyMap<string, number>, text: string): Candidate[] {
  const out: Candidate[] = [];
  phrase.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = phrase.exec(text)) !== null) {
    const days = table.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
    out.push({ ...dayCandidate(rule, text, m.index, m.index + m[0].length, null, { relative: true }), anchor: { days } });
  }
  return out;
}

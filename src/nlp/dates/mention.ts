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

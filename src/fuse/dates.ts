import { shiftDays } from '../nlp/dates/period.ts';

const YMD = /^\d{4}-\d{2}-\d{2}$/;

export function isYmd(s: unknown): s is string {
  return typeof s === 'string' && YMD.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));
}

function toDay(ymd: string): number {
  return Math.round(Date.parse(`${ymd}T00:00:00Z`) / 86_400_000);
}

export function dayDiff(a: string, b: string): number {
  return Math.abs(toDay(a) - toDay(b));
}

/** Day arithmetic is the nlp stage's; fusion uses the same function. */
export const addDays = shiftDays;

/** Whether `d` lies in [from - slack, to + slack]; YYYY-MM-DD strings compare correctly as text. */
export function withinRange(d: string, from: string, to: string, slack: number): boolean {
  return d >= addDays(from, -slack) && d <= addDays(to, slack);
}

/** Calendar arithmetic on whole days, in UTC so that no local time zone can shift a date. */

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1];
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A real calendar date written exactly as YYYY-MM-DD. */
export function isValidIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function parseIso(s: string): Ymd {
  const m = ISO.exec(s);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${s}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function toEpochDay(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromEpochDay(toEpochDay(d) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Shifts a month by `delta` months: (2025, 1) − 1 → (2024, 12). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const i = year * 12 + (month - 1) + delta;
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/**
 * The year of a day and month written without one. News mostly looks back but also announces
 * events months ahead, so the publication year holds unless it would put the date more than 300
 * days after publication; then the previous year is meant.
 */
export function impliedYear(month: number, day: number, published: Ymd): number {
  const y = published.year;
  const when = toEpochDay({ year: y, month, day: Math.min(day, daysInMonth(y, month)) });
  return when - toEpochDay(published) > 300 ? y - 1 : y;
}

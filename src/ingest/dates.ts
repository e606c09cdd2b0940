import { UserError } from '../model/errors.ts';
import monthData from './data/months.json' with { type: 'json' };

const MONTHS: Record<string, number> = monthData.months;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when y-m-d names a day that exists (so 2023-02-29 and 2024-13-01 do not). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

function formatDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The YYYY-MM-DD string if `s` is exactly a real calendar day, else null. */
export function strictDay(s: string): string | null {
  const m = ISO_DAY.exec(s);
  if (!m) return null;
  return isCalendarDate(+m[1], +m[2], +m[3]) ? s : null;
}

/** Validates the user's `--published`; relative dates in the text are resolved against it, so a typo must not pass. */
export function parsePublishedOption(s: string): string {
  const day = strictDay(s.trim());
  if (day === null) {
    throw new UserError(
      'bad-date',
      `--published '${s}' is not a date; use YYYY-MM-DD`,
      'give the publication day as year-month-day, e.g. --published 2024-03-05',
    );
  }
  return day;
}

// A date in an article object may be a bare day or a full ISO timestamp; the day as written is kept,
// because converting to UTC could move an evening publication to the next day.
const ISO_DAY_OR_STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A JSON article's `published`: YYYY-MM-DD or an ISO timestamp, reduced to its day; null if not a real date. */
export function parseArticleDate(s: string): string | null {
  const m = ISO_DAY_OR_STAMP.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  return isCalendarDate(y, mo, d) ? formatDay(y, mo, d) : null;
}

// Page metadata is written by many CMSs in many ways; these cover ISO forms, slashed and compact
// numbers, and English month names. Anything else is ignored rather than guessed.
const META_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/;
const META_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d])/;
const META_COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const META_DAY_MONTH = /^(?:[A-Za-z]{3,9},?\s)?\s?(\d{1,2})\s([A-Za-z]{3,9})\.?,?\s(\d{4})(?![\d])/;
const META_MONTH_DAY = /^(?:[A-Za-z]{3,9},?\s)?\s?([A-Za-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})(?![\d])/;

// Metadata years outside this range are template placeholders ("0001-01-01") or typos.
const META_MIN_YEAR = 1900;
const META_MAX_YEAR = 2199;

function metaDay(y: number, m: number, d: number): string | null {
  if (y < META_MIN_YEAR || y > META_MAX_YEAR) return null;
  return isCalendarDate(y, m, d) ? formatDay(y, m, d) : null;
}

/** A publication date from page metadata, as YYYY-MM-DD, or null when it cannot be read with confidence. */
export function normaliseMetaDate(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const s = raw.trim().replace(/\s+/g, ' ');
  if (s.length === 0) return null;
  let m = META_ISO.exec(s) ?? META_SLASH.exec(s) ?? META_COMPACT.exec(s);
  if (m) return metaDay(+m[1], +m[2], +m[3]);
  m = META_DAY_MONTH.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? metaDay(+m[3], month, +m[1]) : null;
  }
  m = META_MONTH_DAY.exec(s);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? metaDay(+m[3], month, +m[2]) : null;
  }
  return null;
}

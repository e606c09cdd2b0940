import { UserError } from '../model/errors.ts';
import { DATE_RULES } from './dates/config.ts';
import { isValidIsoDate, parseIso, type Ymd } from './dates/day.ts';
import { runRules, validateRules } from './dates/pipeline.ts';
import type { DateMention } from './dates/types.ts';

export type { DateGrain, DateMention } from './dates/types.ts';
export { isValidIsoDate } from './dates/day.ts';
export { periodEnd, shiftDays } from './dates/period.ts';
// Days counted from another date in the text ("a day earlier": -1), for stages that know that date.
export { ANCHORED_DAYS, ANCHORED_PARTS_OF_DAY } from './dates/lexicon.ts';

validateRules(DATE_RULES);

export interface FindDatesOptions {
  /**
   * The day the preceding text was about (say, the last day-grain date of earlier sentences):
   * "later in the day" with no date before it in `text` resolves to it instead of `published`.
   */
  anchor?: string | null;
}

// The extractor calls once per sentence with the article's date: remember the last one checked.
let lastPublished: string | null = null;
let lastPublishedDay: Ymd | null = null;

function publishedDay(published: string | null): Ymd | null {
  if (published === null) return null;
  if (published === lastPublished) return lastPublishedDay;
  if (!isValidIsoDate(published)) {
    throw new UserError(
      'invalid_published',
      `The publication date "${published}" is not a real calendar date in YYYY-MM-DD form.`,
      'Give the date as YYYY-MM-DD, e.g. 2024-07-05, or leave it out.',
    );
  }
  lastPublished = published;
  lastPublishedDay = parseIso(published);
  return lastPublishedDay;
}

/**
 * Finds date expressions in `text` (usually one sentence) and resolves them against the
 * publication date by news conventions: a weekday is the latest on or before publication,
 * "yesterday" is the day before it, a day and month without a year take publication's year
 * unless that lands more than 300 days ahead, and a month without a year is the latest such
 * month on or before publication (so "in November" for a coming event reads as last November).
 * With `published` null, relative expressions keep their grain but no date. Mention text leaves
 * out leading prepositions ("on", "from").
 */
export function findDates(text: string, published: string | null, options: FindDatesOptions = {}): DateMention[] {
  const pub = publishedDay(published);
  const anchor = options.anchor ?? null;
  if (anchor !== null && !isValidIsoDate(anchor)) {
    throw new Error(`findDates: anchor "${anchor}" is not a YYYY-MM-DD date`);
  }
  const ctx = { text, published: pub, anchor: anchor === null ? null : parseIso(anchor) };
  return runRules(DATE_RULES, ctx).map((c) => ({
    start: c.start, end: c.end, text: c.text, date: c.date, month: c.month, year: c.year,
    grain: c.grain, relative: c.relative, endDate: c.endDate,
  }));
}

import { UserError } from '../model/errors.ts';
import { DATE_RULES } from './dates/config.ts';
import { isValidIsoDate, parseIso } from './dates/day.ts';
import { runRules, validateRules } from './dates/pipeline.ts';
import type { DateMention } from './dates/types.ts';

export type { DateGrain, DateMention } from './dates/types.ts';
export { isValidIsoDate } from './dates/day.ts';

validateRules(DATE_RULES);


export interface FindDatesOptions {
  /**
   * The day the preceding text was about (say, the last day-grain date of earlier sentences):
   * "later in the day" with no date before it in `text` resolves to it instead of `published`.
   */
  anchor?: string | null;
}

/**
 * Finds date expressions in `text` (usually one sentence) and resolves them against the
 * publication date by news conventions: a weekday is the latest on or before publication,
 * "yesterday" is the day before it, a day and month without a year take publication's year
 * unless that lands more than 300 days ahead. With `published` null, relative expressions keep
 * their grain but no date. Mention text leaves out leading prepositions ("on", "from").
 */
export function findDates(text: string, published: string | null, options: FindDatesOptions = {}): DateMention[] {
  if (published !== null && !isValidIsoDate(published)) {
    throw new UserError(
      'invalid_published',
      `The publication date "${published}" is not a real calendar date in YYYY-MM-DD form.`,
      'Give the date as YYYY-MM-DD, e.g. 2024-07-05, or leave it out.',
    );
  }
  const anchor = options.anchor ?? null;
  if (anchor !== null && !isValidIsoDate(anchor)) {
    throw new Error(`findDates: anchor "${anchor}" is not a YYYY-MM-DD date`);
  }
  const ctx = { text, published: published === null ? null : parseIso(published), anchor: anchor === null ? null : parseIso(anchor) };
  return runRules(DATE_RULES, ctx).map((c) => ({
    start: c.start, end: c.end, text: c.text, date: c.date, month: c.month, year: c.year,
    grain: c.grain, relative: c.relative, endDate: c.endDate,
  }));
}

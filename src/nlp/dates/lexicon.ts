import table from '../../../data/nlp/date-expressions.json' with { type: 'json' };
import { MONTHS } from '../calendar.ts';
import { escapeRegExp } from '../regex.ts';

function checkOffsets(what: string, entries: Record<string, number>): Map<string, number> {
  for (const [phrase, n] of Object.entries(entries)) {
    if (!Number.isInteger(n)) throw new Error(`data/nlp/date-expressions.json: ${what} "${phrase}" needs a whole-number offset`);
  }
  return new Map(Object.entries(entries).map(([k, v]) => [k.toLowerCase(), v]));
}

export const RELATIVE_DAYS = checkOffsets('relative_days', table.relative_days.entries);
export const ANCHORED_DAYS = checkOffsets('anchored_days', table.anchored_days.entries);
export const ANCHORED_PARTS_OF_DAY = checkOffsets('anchored_parts_of_day', table.anchored_parts_of_day.entries);
export const PERIODS = {
  week: checkOffsets('periods.week', table.periods.week),
  month: checkOffsets('periods.month', table.periods.month),
  year: checkOffsets('periods.year', table.periods.year),
} as const;

export type WeekdayDirection = 'after' | 'before';
export const WEEKDAY_DIRECTION: ReadonlyMap<string, WeekdayDirection> = new Map(
  Object.entries(table.weekday_direction.entries).map(([k, v]) => {
    if (v !== 'after' && v !== 'before') throw new Error(`data/nlp/date-expressions.json: weekday_direction "${k}" must be "after" or "before"`);
    return [k.toLowerCase(), v];
  }),
);

export const MONTH_CUES = table.month_cues;
export const YEAR_CUES = table.year_cues;
export const LEADING_PREPOSITIONS = table.leading_prepositions;

/** A regex alternation of phrases, longest first, with spaces matching any run of whitespace. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ +/g, '\\s+')).join('|');
}

/** Full month names only (the longest name of each month): "in Mar" or "in Jun" is too rare to be worth the false hits. */
export const FULL_MONTH_NAMES = [...MONTHS.keys()].filter((name) =>
  [...MONTHS].every(([other, n]) => n !== MONTHS.get(name) || other.length <= name.length));
/** Month names and abbreviations, an abbreviation optionally with its period ("Dec. 9"). */
export const ANY_MONTH = `(?:${alternation(MONTHS.keys())})(?![a-z])\\.?`;

export function monthNumber(name: string): number {
  const n = MONTHS.get(name.replace(/\.$/, ''));
  if (n === undefined) throw new Error(`unknown month name: ${name}`);
  return n;
}

const LEADING = new RegExp(`^(?:(?:${alternation(LEADING_PREPOSITIONS)})\\s+)+`, 'i');

/** How many characters of leading prepositions ("on ", "late on ") the text starts with. */
export function leadingPrepositionLength(text: string): number {
  const m = LEADING.exec(text);
  return m ? m[0].length : 0;
}

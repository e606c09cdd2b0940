import calendar from '../../data/nlp/calendar.json' with { type: 'json' };

for (const [name, n] of Object.entries(calendar.months)) {
  if (!Number.isInteger(n) || n < 1 || n > 12) throw new Error(`data/nlp/calendar.json: month "${name}" must be 1-12`);
}
for (const [name, n] of Object.entries(calendar.weekdays)) {
  if (!Number.isInteger(n) || n < 0 || n > 6) throw new Error(`data/nlp/calendar.json: weekday "${name}" must be 0-6`);
}

/** Month name or abbreviation (capitalised, as written) → 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.months));
/** Weekday name → 0 (Sunday) … 6. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map(Object.entries(calendar.weekdays));

/** Regex source matching any month name or abbreviation, longest first, as a whole word. */
export const MONTH_PATTERN = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`;

import { ago } from './rules/ago.ts';
import { anchoredDay } from './rules/anchored-day.ts';
import { anchoredPartOfDay } from './rules/anchored-part-of-day.ts';
import { chronoAbsolute } from './rules/chrono-absolute.ts';
import { dayRange } from './rules/day-range.ts';
import { dropEmbedded } from './rules/drop-embedded.ts';
import { month } from './rules/month.ts';
import { relativeDay } from './rules/relative-day.ts';
import { relativePeriod } from './rules/relative-period.ts';
import { resolveAnchors } from './rules/resolve-anchors.ts';
import { resolveOverlaps } from './rules/resolve-overlaps.ts';
import { weekday } from './rules/weekday.ts';
import { year } from './rules/year.ts';
import type { DateRule } from './types.ts';

/**
 * The date rules in order. Parsers listed earlier win ties between overlapping mentions of the
 * same length, so the news-convention rules come before chrono, and chrono before the coarse
 * month and year rules.
 */
export const DATE_RULES: readonly DateRule[] = [
  dayRange,
  weekday,
  relativeDay,
  anchoredDay,
  anchoredPartOfDay,
  ago,
  relativePeriod,
  chronoAbsolute,
  month,
  year,
  dropEmbedded,
  resolveOverlaps,
  resolveAnchors,
];

import type { Ymd } from './day.ts';

export type DateGrain = 'day' | 'month' | 'year' | 'week' | 'unknown';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD when the day is fixed, else null */
  date: string | null;
  /** YYYY-MM when the month is fixed */
  month: string | null;
  year: number | null;
  grain: DateGrain;
  relative: boolean;
  /** the range end for "28-30 November", "from 3 to 5 July" */
  endDate: string | null;
}

/** A mention as the pipeline carries it: which rule made it, and what a refiner still has to settle. */
export interface Candidate extends DateMention {
  rule: string;
  /** The position of the rule in the configuration (set by the pipeline); lower wins ties. */
  priority?: number;
  /**
   * Set on "earlier in the day", "the next day": a day offset from the nearest earlier dated day
   * in the text, else from the caller's anchor, else from publication (the anchor refiner resolves it).
   */
  anchor?: { days: number };
}

export interface DateContext {
  text: string;
  /** The publication date, or null when unknown (relative expressions then stay unresolved). */
  published: Ymd | null;
  /** The day the surrounding text was last about (e.g. from earlier sentences), used before `published` to settle "later in the day". */
  anchor: Ymd | null;
}

export interface DateParser {
  kind: 'parser';
  name: string;
  /**
   * A cheap test the text must pass before `parse` runs (most sentences hold no date at all).
   * It may be loose, never stricter than `parse`: substring checks (see `containsAny`) are the
   * cheapest, as V8 scans for a literal far faster than a regex tries each position.
   */
  cue?: RegExp | ((text: string) => boolean);
  parse(ctx: DateContext): Candidate[];
}

export interface DateRefiner {
  kind: 'refiner';
  name: string;
  /** Rules that must run before this one (their candidates, or their clean-up, are needed). */
  after?: readonly string[];
  refine(candidates: Candidate[], ctx: DateContext): Candidate[];
}

export type DateRule = DateParser | DateRefiner;

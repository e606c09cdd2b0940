import type { EngagementKind } from '../model/engagement.ts';

/** One source's value for a field of a fused engagement; kept so disagreements stay visible. */
export interface Reading<T> {
  value: T;
  article_id: string;
}

/** Every reading of the fields sources can disagree on, as stored in engagements.readings. */
export interface Readings {
  kind: Reading<EngagementKind>[];
  date: Reading<string>[];
  place: Reading<string>[];
  country: Reading<string>[];
  occasion: Reading<string>[];
}

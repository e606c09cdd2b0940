import { UserError } from '../../model/errors.ts';
import { ENGAGEMENT_KINDS, type EngagementKind } from '../../model/engagement.ts';
import { isTopic, TOPICS, type Topic } from '../../model/topics.ts';
import { strictDay } from '../../ingest/dates.ts';

export function iso3(value: unknown, what: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z]{3}$/.test(value.trim())) {
    throw new UserError('bad-filter', `${what} "${String(value)}" is not an ISO 3166-1 alpha-3 country code`, 'Use three letters, e.g. MNG or KAZ');
  }
  return value.trim().toUpperCase();
}

export function ymd(value: unknown, what: string): string {
  if (typeof value !== 'string' || strictDay(value) === null) throw new UserError('bad-filter', `${what} "${String(value)}" is not a date`, 'Use YYYY-MM-DD, e.g. 2024-05-01');
  return value;
}

export function topic(value: unknown): Topic {
  if (typeof value !== 'string' || !isTopic(value)) {
    throw new UserError('bad-filter', `topic "${String(value)}" is not one of Readout's topics`, `Use one of: ${TOPICS.join(', ')}`);
  }
  return value;
}

export function kind(value: unknown): EngagementKind {
  if (typeof value !== 'string' || !(ENGAGEMENT_KINDS as readonly string[]).includes(value)) {
    throw new UserError('bad-filter', `kind "${String(value)}" is not an engagement kind`, `Use one of: ${ENGAGEMENT_KINDS.join(', ')}`);
  }
  return value as EngagementKind;
}

export function count(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new UserError('bad-filter', `${what} ${String(value)} is not a whole number from ${min} to ${max}`, `Give ${what} between ${min} and ${max}`);
  }
  return value;
}

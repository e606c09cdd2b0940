import { z } from 'zod';
import 'zod-openapi';
import { ENGAGEMENT_KINDS, OUTCOME_KINDS } from '../../model/engagement.ts';
import { TOPICS } from '../../model/topics.ts';
import { ENGAGEMENT_SORTS } from '../queries/engagement-list.ts';

/** Request parameters: each message names what is expected so a 400 can quote it as is. */

export const MAX_PAGE = 100;

export const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { error: 'must be an ISO 3166-1 alpha-3 country code, e.g. KAZ' })
  .transform((s) => s.toUpperCase())
  .meta({ description: 'ISO 3166-1 alpha-3 country code', example: 'KAZ' });

const realDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD, e.g. 2024-07-04' })
  .refine(realDay, { error: 'is not a calendar date' })
  .meta({ description: 'Date, YYYY-MM-DD', example: '2024-07-01' });

const text = (what: string) =>
  z.string().trim().min(1, { error: `must not be empty (${what})` }).max(200, { error: 'must be at most 200 characters' });

export const limit = (fallback: number) =>
  z.coerce
    .number({ error: `must be a whole number from 1 to ${MAX_PAGE}` })
    .int({ error: `must be a whole number from 1 to ${MAX_PAGE}` })
    .min(1, { error: `must be a whole number from 1 to ${MAX_PAGE}` })
    .max(MAX_PAGE, { error: `must be at most ${MAX_PAGE} (the page size limit); follow next_cursor for more` })
    .default(fallback)
    .meta({ description: `Page size, 1–${MAX_PAGE}` });

export const cursor = z.string().min(1).max(500, { error: 'is too long to be a cursor' }).meta({ description: 'next_cursor of the previous page' });

const pair = z
  .string()
  .regex(/^[A-Za-z]{3},[A-Za-z]{3}$/, { error: 'must be two ISO alpha-3 codes separated by a comma, e.g. KAZ,MNG' })
  .transform((s) => s.toUpperCase().split(',') as [string, string])
  .meta({ description: 'Two countries, both taking part', example: 'KAZ,MNG' });

const enumOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')} (${what})` });

export const engagementQuery = z
  .object({
    country: iso3.optional(),
    pair: pair.optional(),
    person: text('part of a name, or an actor id').optional().meta({ description: 'Actor id, or part of a name or alias' }),
    kind: enumOf(ENGAGEMENT_KINDS, 'engagement kind').optional(),
    topic: enumOf(TOPICS, 'topic').optional(),
    outcome: enumOf(OUTCOME_KINDS, 'outcome kind').optional().meta({ description: 'Only engagements with an outcome of this kind' }),
    from: day.optional(),
    to: day.optional(),
    q: text('words to find in the evidence').optional().meta({ description: 'Free text matched in the evidence sentence' }),
    sort: enumOf(ENGAGEMENT_SORTS, 'sort order').default('date_desc'),
    cursor: cursor.optional(),
    limit: limit(20),
  })
  .strict();

export const periodQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    limit: z.coerce.number({ error: 'must be a whole number from 1 to 2000' }).int().min(1).max(2000, { error: 'must be at most 2000' }).default(500)
      .meta({ description: 'Most pairs returned' }),
  })
  .strict();

export const actorQuery = z
  .object({ q: text('part of a name').optional(), country: iso3.optional(), cursor: cursor.optional(), limit: limit(50) })
  .strict();

export const searchQuery = z.object({ q: text('what to search for'), limit: limit(10) }).strict();

export const idParam = (what: string) => z.object({ id: z.string().min(1).max(200).meta({ description: `${what} id` }) });

export const iso3Param = z.object({ iso3 });

export const dyadParams = z.object({ a: iso3, b: iso3 });

export const ingestBody = z
  .object({
    text: z.string().min(1, { error: 'must not be empty' }).optional().meta({ description: 'The article text (plain text; the first line may be its headline)' }),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional().meta({ description: 'Where the article is published; fetched when text is absent' }),
    title: z.string().max(1000).optional(),
    published: day.optional(),
    source: z.string().max(200).optional(),
  })
  .strict()
  .refine((b) => b.text !== undefined || b.url !== undefined, { error: 'give the article text, or a url to fetch it from', path: ['text'] });

import { randomUUID } from 'node:crypto';
import type { EngagementKind } from '../../model/engagement.ts';
import { nowIso, type Ctx } from '../context.ts';

/**
 * A placeholder row for a new engagement, so a claim can reference it before fusion fills it in
 * (the foreign key is checked at once). saveEngagement overwrites every field.
 */
export async function createEngagement(ctx: Ctx, kind: EngagementKind, date: string | null): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('engagements')
    .values({
      id, kind, date, place: null, country: null, occasion: null,
      participants: ctx.json.write([]), topics: ctx.json.write([]), outcomes: ctx.json.write([]),
      evidence: '', readings: ctx.json.write({}), fingerprint: '', confidence: 0,
      num_sources: 0, num_copies: 0, num_articles: 0, first_reported: null, last_reported: null, updated_at: nowIso(),
    })
    .execute();
  return id;
}

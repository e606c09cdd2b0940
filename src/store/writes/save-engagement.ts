import type { EngagementKind, Outcome, Participant } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import { nowIso, type Ctx } from '../context.ts';
import type { Readings } from '../readings.ts';

/** A fused engagement as stored, with the rows that index it by country and by person. */
export interface EngagementRow {
  kind: EngagementKind;
  date: string | null;
  place: string | null;
  country: string | null;
  occasion: string | null;
  participants: Participant[];
  topics: Topic[];
  outcomes: Outcome[];
  evidence: string;
  readings: Readings;
  fingerprint: string;
  confidence: number;
  num_sources: number;
  num_copies: number;
  num_articles: number;
  first_reported: string | null;
  last_reported: string | null;
  countries: string[];
  actors: { actor_id: string; role: string | null }[];
}

/**
 * Writes (inserting or replacing) one engagement and its country and person links. `isNew` says the
 * caller just made up the id, so there is nothing to look up or clear first.
 */
export async function saveEngagement(ctx: Ctx, id: string, e: EngagementRow, isNew = false): Promise<'created' | 'updated'> {
  const existing = isNew ? undefined : await ctx.db.selectFrom('engagements').select('id').where('id', '=', id).executeTakeFirst();
  const { countries, actors, ...fields } = e;
  const row = {
    ...fields,
    participants: ctx.json.write(e.participants),
    topics: ctx.json.write(e.topics),
    outcomes: ctx.json.write(e.outcomes),
    readings: ctx.json.write(e.readings),
    updated_at: nowIso(),
  };
  if (existing) await ctx.db.updateTable('engagements').set(row).where('id', '=', id).execute();
  else await ctx.db.insertInto('engagements').values({ id, ...row }).execute();

  if (existing) await ctx.db.deleteFrom('engagement_countries').where('engagement_id', '=', id).execute();
  if (countries.length) await ctx.db.insertInto('engagement_countries').values(countries.map((iso3) => ({ engagement_id: id, iso3 }))).execute();
  if (existing) await ctx.db.deleteFrom('engagement_actors').where('engagement_id', '=', id).execute();
  if (actors.length) await ctx.db.insertInto('engagement_actors').values(actors.map((a) => ({ engagement_id: id, ...a }))).execute();
  return existing ? 'updated' : 'created';
}

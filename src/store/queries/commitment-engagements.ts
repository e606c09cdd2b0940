import type { EngagementKind, Outcome, Participant } from '../../model/engagement.ts';
import type { Ctx } from '../context.ts';

export interface CommitmentEngagementRow {
  id: string;
  kind: EngagementKind;
  date: string | null;
  first_reported: string | null;
  place: string | null;
  country: string | null;
  participants: Participant[];
  outcomes: Outcome[];
  countries: string[];
}

/**
 * Every fused engagement with what commitments are derived and followed up from, except those an
 * analyst marked as not having happened (an active "retracted" correction).
 */
export async function commitmentEngagements(ctx: Ctx): Promise<CommitmentEngagementRow[]> {
  const rows = await ctx.db
    .selectFrom('engagements')
    .select(['id', 'kind', 'date', 'first_reported', 'place', 'country', 'participants', 'outcomes'])
    .where((eb) => eb.not(eb.exists(
      eb.selectFrom('corrections').select('corrections.id')
        .where('corrections.entity', '=', 'engagement')
        .where('corrections.field', '=', 'retracted')
        .where('corrections.reverted_at', 'is', null)
        .whereRef('corrections.entity_id', '=', 'engagements.id'),
    )))
    .orderBy('id')
    .execute();
  const countries = new Map<string, string[]>();
  for (const r of await ctx.db.selectFrom('engagement_countries').select(['engagement_id', 'iso3']).orderBy('iso3').execute()) {
    const list = countries.get(r.engagement_id) ?? [];
    list.push(r.iso3);
    countries.set(r.engagement_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as EngagementKind,
    date: r.date,
    first_reported: r.first_reported,
    place: r.place,
    country: r.country,
    participants: ctx.json.read<Participant[]>(r.participants),
    outcomes: ctx.json.read<Outcome[]>(r.outcomes),
    countries: countries.get(r.id) ?? [],
  }));
}

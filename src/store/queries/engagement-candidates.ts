import type { Ctx } from '../context.ts';

export interface CandidateWindow {
  /** Dated engagements whose date lies in [from, to]. */
  from: string;
  to: string;
  /** Undated engagements whose reporting period overlaps [undatedFrom, undatedTo]. */
  undatedFrom: string;
  undatedTo: string;
  /** Engagements involving any of these countries; when empty, those with exactly `fingerprint`. */
  countries: string[];
  fingerprint: string;
}

export interface CandidateEngagement {
  id: string;
  kind: string;
  date: string | null;
  participants: unknown;
  first_reported: string | null;
  last_reported: string | null;
}

/**
 * Fused engagements near a date that share a party with a new report: the only ones it could be.
 * Dated and undated engagements are read apart, each off its own index (the date; the end of the
 * reporting period), and only then checked for a shared country, so the cost follows how many
 * engagements fall in the window, not how many a country has had.
 */
export async function engagementCandidates(ctx: Ctx, w: CandidateWindow): Promise<CandidateEngagement[]> {
  const cols = ['id', 'kind', 'date', 'participants', 'first_reported', 'last_reported'] as const;
  const dated = ctx.db.selectFrom('engagements').select(cols).where('date', '>=', w.from).where('date', '<=', w.to);
  const undated = ctx.db
    .selectFrom('engagements')
    .select(cols)
    .where('date', 'is', null)
    .where('last_reported', '>=', w.undatedFrom)
    .where('first_reported', '<=', w.undatedTo);
  const parties = <Q extends typeof dated>(q: Q) =>
    w.countries.length
      ? q.where((eb) =>
          eb.exists(
            eb.selectFrom('engagement_countries').select('engagement_countries.iso3').whereRef('engagement_countries.engagement_id', '=', 'engagements.id').where('engagement_countries.iso3', 'in', w.countries),
          ),
        )
      : q.where('fingerprint', '=', w.fingerprint);
  const rows = [...(await parties(dated).execute()), ...(await parties(undated).execute())];
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

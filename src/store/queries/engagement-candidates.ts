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

/** Fused engagements near a date that share a party with a new report: the only ones it could be. */
export async function engagementCandidates(ctx: Ctx, w: CandidateWindow): Promise<CandidateEngagement[]> {
  let q = ctx.db
    .selectFrom('engagements')
    .select(['id', 'kind', 'date', 'participants', 'first_reported', 'last_reported'])
    .where((eb) =>
      eb.or([
        eb.and([eb('date', '>=', w.from), eb('date', '<=', w.to)]),
        eb.and([eb('date', 'is', null), eb('first_reported', '<=', w.undatedTo), eb('last_reported', '>=', w.undatedFrom)]),
      ]),
    );
  q = w.countries.length
    ? q.where('id', 'in', (eb) => eb.selectFrom('engagement_countries').select('engagement_id').where('iso3', 'in', w.countries))
    : q.where('fingerprint', '=', w.fingerprint);
  return q.orderBy('id').execute();
}

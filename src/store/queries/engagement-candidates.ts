import type { Ctx } from '../context.ts';
import type { Kysely } from 'kysely';
import { dialectOf, prepared, type Placeholders } from '../prepared.ts';
import type { Database } from '../schema.ts';

export interface CandidateWindow {
  /** Dated engagements whose date lies in [from, to]. */
  from: string;
  to: string;
  /** Undated engagements whose reporting period overlaps [undatedFrom, undatedTo]. */
  undatedFrom: string;
  undatedTo: string;
  /** Engagements sharing at least `sharedCountries` of these countries; when empty, those with exactly `fingerprint`. */
  countries: string[];
  /** How many of `countries` a candidate must share: fusion says how many it needs (fuse/match.ts). */
  sharedCountries: number;
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

const COLUMNS = ['id', 'kind', 'date', 'participants', 'first_reported', 'last_reported'] as const;

/** One read: dated engagements in [from, to], or undated ones whose reporting period overlaps it. */
function arm(db: Kysely<Database>, p: Placeholders, undated: boolean, byCountry: boolean, from = 'from', to = 'to') {
  let q = db.selectFrom('engagements').select(COLUMNS);
  q = undated
    ? q.where('date', 'is', null).where('last_reported', '>=', p(from)).where('first_reported', '<=', p(to))
    : q.where('date', '>=', p(from)).where('date', '<=', p(to));
  return byCountry
    ? q.where((eb) =>
        eb(
          eb.selectFrom('engagement_countries').select((s) => s.fn.countAll().as('n')).whereRef('engagement_countries.engagement_id', '=', 'engagements.id').where('engagement_countries.iso3', 'in', p.list('countries')),
          '>=',
          p<number>('shared'),
        ),
      )
    : q.where('fingerprint', '=', p('fingerprint'));
}

const candidates = (name: string, undated: boolean, byCountry: boolean) => prepared<CandidateEngagement>(name, (db, p) => arm(db, p, undated, byCountry));
// PostgreSQL: both reads in one statement, each arm still off its own index; the round trip to the
// server costs more than either read.
const both = (name: string, byCountry: boolean) =>
  prepared<CandidateEngagement>(name, (db, p) => arm(db, p, false, byCountry).unionAll(arm(db, p, true, byCountry, 'undatedFrom', 'undatedTo')));
const bothByCountry = both('candidates.both.countries', true);
const bothByParties = both('candidates.both.fingerprint', false);
const datedByCountry = candidates('candidates.dated.countries', false, true);
const undatedByCountry = candidates('candidates.undated.countries', true, true);
const datedByParties = candidates('candidates.dated.fingerprint', false, false);
const undatedByParties = candidates('candidates.undated.fingerprint', true, false);

/**
 * Fused engagements near a date that share enough parties with a new report to be the same event:
 * the only ones it could be. Dated and undated engagements are read apart, each off its own index
 * (the date; the end of the reporting period), and only then checked for shared countries, so the
 * cost follows how many engagements fall in the window, not how many a country has had.
 */
export async function engagementCandidates(ctx: Ctx, w: CandidateWindow): Promise<CandidateEngagement[]> {
  if (dialectOf(ctx.db) === 'postgres') {
    const window = { from: w.from, to: w.to, undatedFrom: w.undatedFrom, undatedTo: w.undatedTo };
    const rows = w.countries.length ? await bothByCountry(ctx, { ...window, countries: w.countries, shared: w.sharedCountries }) : await bothByParties(ctx, { ...window, fingerprint: w.fingerprint });
    return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const dated = { from: w.from, to: w.to };
  const undated = { from: w.undatedFrom, to: w.undatedTo };
  const shared = w.sharedCountries;
  const rows = w.countries.length
    ? [...(await datedByCountry(ctx, { ...dated, countries: w.countries, shared })), ...(await undatedByCountry(ctx, { ...undated, countries: w.countries, shared }))]
    : [...(await datedByParties(ctx, { ...dated, fingerprint: w.fingerprint })), ...(await undatedByParties(ctx, { ...undated, fingerprint: w.fingerprint }))];
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

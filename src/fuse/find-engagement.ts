import type { Engagement, EngagementKind, Participant } from '../model/engagement.ts';
import type { Ctx } from '../store/context.ts';
import { engagementCandidates } from '../store/queries/engagement-candidates.ts';
import { addDays } from './dates.ts';
import { countriesOf, DATED_SLACK_DAYS, fingerprint, matchScore, sharedCountriesNeeded, UNDATED_SLACK_DAYS } from './match.ts';

interface Candidate {
  id: string;
  score: number;
  /** First reported; unknown sorts last. */
  first: string;
}

// Equally good candidates go to the first reported, then the lowest id: the store lists them in no
// set order, and fusion must not depend on it.
function beats(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.first !== b.first) return a.first < b.first;
  return a.id < b.id;
}

/** The fused engagement a new claim belongs to, or null when it reports an event not seen before. */
export async function findMatchingEngagement(ctx: Ctx, e: Engagement, published: string | null, exclude: Set<string>): Promise<string | null> {
  const ref = e.date ?? published;
  // Without any date the report cannot be placed in time, and merging it would be a guess.
  if (!ref) return null;
  const slack = e.date ? DATED_SLACK_DAYS : UNDATED_SLACK_DAYS;
  const countries = countriesOf(e.participants);
  const rows = await engagementCandidates(ctx, {
    from: addDays(ref, -slack),
    to: addDays(ref, slack),
    undatedFrom: addDays(ref, -UNDATED_SLACK_DAYS),
    undatedTo: addDays(ref, UNDATED_SLACK_DAYS),
    countries,
    sharedCountries: sharedCountriesNeeded(countries),
    fingerprint: fingerprint(e.participants),
  });
  let best: Candidate | null = null;
  for (const r of rows) {
    if (exclude.has(r.id)) continue;
    const score = matchScore(
      { kind: e.kind, date: e.date, participants: e.participants, published },
      { kind: r.kind as EngagementKind, date: r.date, participants: ctx.json.read<Participant[]>(r.participants), firstReported: r.first_reported, lastReported: r.last_reported },
    );
    if (score === null) continue;
    const c: Candidate = { id: r.id, score, first: r.first_reported ?? '\uffff' };
    if (!best || beats(c, best)) best = c;
  }
  return best?.id ?? null;
}

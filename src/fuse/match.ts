import type { EngagementKind, Participant } from '../model/engagement.ts';
import { dayDiff, withinRange } from './dates.ts';
import { samePerson } from './person-name.ts';

/** Days an undated report may sit from a dated one and still describe the same event. */
export const UNDATED_SLACK_DAYS = 3;
/** Days two dated reports may differ by (time zones, "yesterday" resolved on either side of midnight). */
export const DATED_SLACK_DAYS = 1;

/** Who took part, as a set: a country's ISO code, or "org:UN" for an organisation's official. */
export function partyKeys(participants: Participant[]): string[] {
  const keys = new Set<string>();
  for (const p of participants) {
    if (p.country) keys.add(p.country.toUpperCase());
    else if (p.org) keys.add(`org:${p.org.toUpperCase()}`);
  }
  return [...keys].sort();
}

export function countriesOf(participants: Participant[]): string[] {
  return [...new Set(participants.map((p) => p.country?.toUpperCase()).filter((c): c is string => !!c))].sort();
}

/** The key fused engagements are indexed by; equal keys mean the same set of parties. */
export function fingerprint(participants: Participant[]): string {
  return partyKeys(participants).join(',');
}

export function kindsCompatible(a: EngagementKind, b: EngagementKind): boolean {
  if (a === b) return true;
  // A visit is reported by one side as "the visit" and by the other as "talks" or "a meeting".
  const inPerson = new Set<EngagementKind>(['meeting', 'visit']);
  return inPerson.has(a) && inPerson.has(b);
}

export interface ClaimSide {
  kind: EngagementKind;
  date: string | null;
  participants: Participant[];
  published: string | null;
}

export interface EngagementSide {
  kind: EngagementKind;
  date: string | null;
  participants: Participant[];
  firstReported: string | null;
  lastReported: string | null;
}

/**
 * Whether a report's date fits an engagement's. Two undated reports need close publication dates:
 * without that, every undated meeting of two countries would collapse into one.
 */
export function datesAgree(c: ClaimSide, e: EngagementSide): boolean {
  if (c.date && e.date) return dayDiff(c.date, e.date) <= DATED_SLACK_DAYS;
  const from = e.firstReported;
  const to = e.lastReported ?? e.firstReported;
  if (!c.date && e.date) return !!c.published && dayDiff(c.published, e.date) <= UNDATED_SLACK_DAYS;
  if (!from || !to) return false;
  if (c.date && !e.date) return withinRange(c.date, from, to, UNDATED_SLACK_DAYS);
  return !!c.published && withinRange(c.published, from, to, UNDATED_SLACK_DAYS);
}

/** Countries present on both sides in which at least one named person appears on both sides. */
function countriesWithSamePeople(a: Participant[], b: Participant[]): number {
  let n = 0;
  const shared = countriesOf(a).filter((c) => countriesOf(b).includes(c));
  for (const c of shared) {
    const pa = a.filter((p) => p.country?.toUpperCase() === c);
    const pb = b.filter((p) => p.country?.toUpperCase() === c);
    if (pa.some((x) => pb.some((y) => samePerson(x.name, y.name)))) n++;
  }
  return n;
}

/**
 * Countries present on both sides where both name people but no one on one side is anyone on the
 * other: the same two countries meeting the same day through other people is another meeting
 * (a prime minister's courtesy call during a president's state visit).
 */
function countriesWithOtherPeople(a: Participant[], b: Participant[]): number {
  let n = 0;
  const shared = countriesOf(a).filter((c) => countriesOf(b).includes(c));
  for (const c of shared) {
    const pa = a.filter((p) => p.country?.toUpperCase() === c && p.name);
    const pb = b.filter((p) => p.country?.toUpperCase() === c && p.name);
    if (pa.length && pb.length && !pa.some((x) => pb.some((y) => samePerson(x.name, y.name)))) n++;
  }
  return n;
}

/** Countries whose people must match for a report to join an engagement whose party set differs. */
const SHARED_COUNTRIES = 2;

/**
 * How many of a report's countries an engagement must share to be a candidate for it: an equal party
 * set shares them all, a partial overlap needs SHARED_COUNTRIES. Fewer can never score, so the store
 * need not read such engagements.
 */
export function sharedCountriesNeeded(countries: readonly string[]): number {
  return Math.min(SHARED_COUNTRIES, countries.length);
}

/**
 * How well a report fits an engagement, or null when it cannot be the same event. Equal party sets
 * beat partial overlaps (a third delegation mentioned by one side only); a closer date breaks ties.
 */
export function matchScore(c: ClaimSide, e: EngagementSide): number | null {
  if (!kindsCompatible(c.kind, e.kind)) return null;
  if (!datesAgree(c, e)) return null;
  const ka = partyKeys(c.participants);
  const kb = partyKeys(e.participants);
  // A single party is not an engagement; matching on it would merge unrelated reports.
  if (ka.length < 2 || kb.length < 2) return null;
  if (countriesWithOtherPeople(c.participants, e.participants) > 0) return null;
  let score: number;
  if (ka.length === kb.length && ka.every((k, i) => k === kb[i])) score = 10;
  else if (countriesWithSamePeople(c.participants, e.participants) >= SHARED_COUNTRIES) score = 5;
  else return null;
  if (c.kind === e.kind) score += 1;
  if (c.date && e.date) score += 2 - dayDiff(c.date, e.date);
  return score;
}

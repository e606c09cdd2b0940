import { createHash } from 'node:crypto';
import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import type { BandKey } from '../store/band-key.ts';
import { side } from '../fuse/actor-candidates.ts';
import { isYmd } from '../fuse/dates.ts';
import { partyKeys, DATED_SLACK_DAYS, UNDATED_SLACK_DAYS } from '../fuse/match.ts';
import { nameKeys } from '../fuse/person-name.ts';
import { aliasesFromResult, norm, spellingKeys } from '../fuse/resolve-actor.ts';
import type { Participant } from '../model/engagement.ts';
import type { PartyActor } from '../store/queries/party-actors.ts';

// How far apart the reference days (date, else publication) of two reports of one event can be:
// matchScore accepts at most this between a report and the engagement another report made.
const REACH_DAYS = Math.max(DATED_SLACK_DAYS, UNDATED_SLACK_DAYS);
// Days per date bucket of a pair lock. Each report locks every bucket its reach overlaps, so two
// reports within REACH_DAYS of each other always share one; wider buckets only add false sharing.
const BUCKET_DAYS = 7;

function dayNumber(ymd: string): number {
  return Math.floor(Date.parse(`${ymd}T00:00:00Z`) / 86_400_000);
}

// The date buckets a report's reference day reaches. A day fusion cannot place on the calendar
// reaches '*', so its pair is locked whatever the day.
function weeksReached(ref: string): (number | '*')[] {
  if (!isYmd(ref)) return ['*'];
  const day = dayNumber(ref);
  const weeks: number[] = [];
  for (let w = Math.floor((day - REACH_DAYS) / BUCKET_DAYS); w <= Math.floor((day + REACH_DAYS) / BUCKET_DAYS); w++) weeks.push(w);
  return weeks;
}

export interface StoreLockInput {
  article: Pick<Article, 'published'>;
  /** Canonical URL and content hash: the article's identities in article_keys. */
  canonical: string | null;
  hash: string;
  bands: BandKey[];
  /** Null when only the article's identity is needed (it is expected to be stored already). */
  result: ExtractionResult | null;
  /** Names already stored as a spelling of someone on their side (knownSpellings): no one is created for them. */
  known?: Set<string>;
}

// The side a name is resolved within, keyed as the actor lookups key it (resolveActor upper-cases the country).
function sideOf(p: Pick<Participant, 'country' | 'org'>): string {
  return side(p.country ? p.country.toUpperCase() : null, p.org ?? null);
}

/** The name parts to look the article's people up by (actorsWithKeys). */
export function personKeys(result: ExtractionResult): string[] {
  const keys = new Set<string>();
  for (const e of result.engagements) for (const p of e.participants) if (p.name?.trim()) for (const k of nameKeys(p.name.trim())) keys.add(k);
  return [...keys];
}

/** Every spelling of these stored people, by side: a name among them is taken as that person. */
export function knownSpellings(actors: PartyActor[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors) for (const s of [a.name, ...a.aliases]) out.add(`${sideOf(a)}\u0000${norm(s)}`);
  return out;
}

/**
 * What two concurrent article stores must not decide apart, as lock names. Each names one decision
 * that reads rows another article could be about to write:
 *
 * - `id:` the article's own identities (a second copy waits, then finds the first instead of
 *   failing on article_keys);
 * - `band:` each MinHash bucket: two near-copies of one story share a bucket, and the second must
 *   see the first to be stored as its copy;
 * - `pair:` each pair of parties of each engagement, per week of its reference day: a report only
 *   joins an engagement it shares two parties with (the same party set, or two countries with the
 *   same people) within REACH_DAYS, so two reports of one new event always share a pair and a week,
 *   and the second sees the engagement the first made;
 * - `actor:` each name part of each named person within their side (country, else organisation)
 *   whose name is not stored yet: two spellings of one person share a part (nameKeys), so a person
 *   is created once.
 *
 * Rows several articles update (an engagement being re-fused, a person's spellings) are locked as
 * rows where they are read for update; counters are per backend or commutative upserts.
 */
export function storeLockKeys(input: StoreLockInput): string[] {
  const keys = new Set<string>();
  keys.add(`id:h:${input.hash}`);
  if (input.canonical) keys.add(`id:u:${input.canonical}`);
  for (const b of input.bands) keys.add(`band:${b}`);
  const published = input.article.published ?? null;
  for (const e of input.result?.engagements ?? []) {
    const ref = e.date ?? published;
    const parties = partyKeys(e.participants);
    if (ref && parties.length >= 2) {
      const weeks = weeksReached(ref);
      for (let i = 0; i < parties.length; i++) {
        for (let j = i + 1; j < parties.length; j++) for (const w of weeks) keys.add(`pair:${parties[i]}|${parties[j]}:${w}`);
      }
    }
    for (const p of e.participants) {
      const name = p.name?.trim();
      // A name stored already is that person (resolveActor's exact match) and creates no one; stored
      // spellings are never taken away, so it stays so. Well-known people are in most articles, and
      // locking their names would serialise the workers.
      if (!name || input.known?.has(`${sideOf(p)}\u0000${norm(name)}`)) continue;
      for (const k of spellingKeys([name, ...aliasesFromResult(p, input.result?.actors)])) keys.add(`actor:${sideOf(p)}:${k}`);
    }
  }
  return [...keys];
}

/** 32-bit lock ids, sorted and distinct: every worker takes them in the same order, so none deadlock. */
export function lockIds(keys: string[]): number[] {
  const ids = keys.map((k) => createHash('sha1').update(k).digest().readInt32BE(0));
  return [...new Set(ids)].sort((a, b) => a - b);
}

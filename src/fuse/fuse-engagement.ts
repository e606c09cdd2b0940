import type { Engagement, EngagementKind, Outcome, Participant } from '../model/engagement.ts';
import type { Topic } from '../model/topics.ts';
import type { Reading, Readings } from '../store/readings.ts';
import { cityLookup } from '../extract/gazetteer/index.ts';
import { fingerprint } from './match.ts';
import { fullerName, samePerson } from './person-name.ts';

export type { Reading, Readings };

/** One article's account of an engagement, with what fusion needs to weigh it. */
export interface ClaimInput {
  articleId: string;
  /** The article this one copies, or itself: copies share their original's root. */
  rootArticleId: string;
  isCopy: boolean;
  published: string | null;
  /** Sorts in ingest order; breaks ties between sources published the same day. */
  order: string;
  confidence: number;
  engagement: Engagement;
}


export interface FusedEngagement {
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
  numSources: number;
  numCopies: number;
  numArticles: number;
  firstReported: string | null;
  lastReported: string | null;
}

/** Originals first, earliest published first, then ingest order: the order ties are broken in. */
function priority(a: ClaimInput, b: ClaimInput): number {
  if (a.isCopy !== b.isCopy) return a.isCopy ? 1 : -1;
  const pa = a.published ?? '9999-99-99';
  const pb = b.published ?? '9999-99-99';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.order < b.order ? -1 : a.order > b.order ? 1 : 0;
}

/**
 * The reading the most independent sources give. A copy only speaks for its original when the
 * original itself said nothing about this engagement, so re-publication never adds weight.
 */
function pick<T>(claims: ClaimInput[], get: (c: ClaimInput) => T | null, key: (v: T) => string = String): { value: T | null; readings: Reading<T>[] } {
  const originals = new Set(claims.filter((c) => !c.isCopy).map((c) => c.rootArticleId));
  const support = new Map<string, { value: T; roots: Set<string>; rank: number }>();
  const readings: Reading<T>[] = [];
  claims.forEach((c, rank) => {
    const v = get(c);
    if (v === null || v === undefined || v === '') return;
    readings.push({ value: v, article_id: c.articleId });
    const k = key(v);
    const entry = support.get(k) ?? { value: v, roots: new Set<string>(), rank };
    if (!c.isCopy || !originals.has(c.rootArticleId)) entry.roots.add(c.rootArticleId);
    support.set(k, entry);
  });
  let best: { value: T; roots: Set<string>; rank: number } | null = null;
  for (const e of support.values()) {
    if (!best || e.roots.size > best.roots.size || (e.roots.size === best.roots.size && e.rank < best.rank)) best = e;
  }
  return { value: best ? best.value : null, readings };
}

interface MergedParticipant {
  name: string | null;
  country: string | null;
  org: string | null;
}

/** Same side of the table: the same country, or for officials without one, the same organisation. */
function sameParty(a: { country: string | null; org: string | null }, b: { country: string | null; org: string | null }): boolean {
  const ca = (a.country ?? '').toUpperCase();
  if (ca !== (b.country ?? '').toUpperCase()) return false;
  return ca !== '' || (a.org ?? '').toUpperCase() === (b.org ?? '').toUpperCase();
}

function mergeParticipants(claims: ClaimInput[]): Participant[] {
  // Each merged person keeps the role of each claim that gave one (a claim's first, if it gave
  // several): looking a claim's vote up in a list made a fusion of k reports cost k² steps, and a
  // well-reported summit has thousands.
  const merged: { p: MergedParticipant; roles: Map<ClaimInput, string>; roleSet: Set<string> }[] = [];
  for (const c of claims) {
    for (const p of c.engagement.participants) {
      let target = merged.find((m) => sameParty(m.p, p) && (p.name && m.p.name ? samePerson(m.p.name, p.name) : false));
      // Unnamed participants ("the Kazakh side") fold into someone of the same side with the same role, if any.
      if (!target && !p.name) target = merged.find((m) => sameParty(m.p, p) && (!m.p.name || (!!p.role && m.roleSet.has(p.role))));
      if (!target) {
        target = { p: { name: p.name, country: p.country ? p.country.toUpperCase() : null, org: p.org }, roles: new Map(), roleSet: new Set() };
        merged.push(target);
      } else if (p.name) {
        target.p.name = target.p.name ? fullerName(target.p.name, p.name) : p.name;
      }
      if (!target.p.org && p.org) target.p.org = p.org;
      if (p.role) {
        if (!target.roles.has(c)) target.roles.set(c, p.role);
        target.roleSet.add(p.role);
      }
    }
  }
  return merged.map(({ p, roles }) => {
    // The claims in priority order, as `pick` ranks its readings.
    const byClaim = claims.filter((c) => roles.has(c));
    const role = pick(byClaim, (c) => roles.get(c) ?? null).value;
    return { name: p.name, role, country: p.country, org: p.org };
  });
}

function outcomeKey(o: Outcome): string {
  return [o.kind, o.by ?? '', o.to ?? '', o.quantity ? `${o.quantity.value} ${o.quantity.unit}` : ''].join('|');
}

/**
 * A report gives a city as its text spells it ("Kiev", "Makkah"); the fused record votes on the listed
 * name ("Kyiv", "Mecca"), so two spellings of one city are one reading and the store's queries find it.
 */
function listedPlace(place: string | null): string | null {
  return place ? cityLookup(place)?.city ?? place : null;
}

/** Fuses every report of one engagement into its canonical record; order of `claims` does not matter. */
export function fuseClaims(input: ClaimInput[]): FusedEngagement {
  if (!input.length) throw new Error('fuseClaims needs at least one claim');
  const claims = [...input].sort(priority);
  const kind = pick(claims, (c) => c.engagement.kind);
  const date = pick(claims, (c) => c.engagement.date);
  const place = pick(claims, (c) => listedPlace(c.engagement.location?.place ?? null));
  const country = pick(claims, (c) => c.engagement.location?.country ?? null);
  const occasion = pick(claims, (c) => c.engagement.occasion);
  const participants = mergeParticipants(claims);

  const topics: Topic[] = [];
  for (const c of claims) for (const t of c.engagement.topics) if (!topics.includes(t)) topics.push(t);
  const outcomes: Outcome[] = [];
  const seen = new Set<string>();
  for (const c of claims) {
    for (const o of c.engagement.outcomes) {
      const k = outcomeKey(o);
      if (!seen.has(k)) {
        seen.add(k);
        outcomes.push(o);
      }
    }
  }

  // Independent evidence combines as 1 - P(all sources wrong); a copy repeats its original's odds.
  const bestPerRoot = new Map<string, number>();
  for (const c of claims) bestPerRoot.set(c.rootArticleId, Math.max(bestPerRoot.get(c.rootArticleId) ?? 0, c.confidence));
  let miss = 1;
  for (const v of bestPerRoot.values()) miss *= 1 - Math.min(Math.max(v, 0), 1);

  const articles = new Set(claims.map((c) => c.articleId));
  const copies = new Set(claims.filter((c) => c.isCopy).map((c) => c.articleId));
  const published = claims.map((c) => c.published).filter((p): p is string => !!p).sort();

  return {
    kind: kind.value ?? claims[0].engagement.kind,
    date: date.value,
    place: place.value,
    country: country.value,
    occasion: occasion.value,
    participants,
    topics,
    outcomes,
    evidence: claims[0].engagement.evidence,
    readings: { kind: kind.readings, date: date.readings, place: place.readings, country: country.readings, occasion: occasion.readings },
    fingerprint: fingerprint(participants),
    confidence: Math.round((1 - miss) * 1000) / 1000,
    numSources: bestPerRoot.size,
    numCopies: copies.size,
    numArticles: articles.size,
    firstReported: published[0] ?? null,
    lastReported: published[published.length - 1] ?? null,
  };
}

/** The fused record in the SCHEMA.md shape. */
export function asEngagement(f: FusedEngagement): Engagement {
  return {
    kind: f.kind,
    date: f.date,
    location: { place: f.place, country: f.country },
    occasion: f.occasion,
    participants: f.participants,
    topics: f.topics,
    outcomes: f.outcomes,
    evidence: f.evidence,
  };
}

import type { Engagement } from '../model/engagement.ts';
import type { JsonCodec } from '../store/json.ts';

// Re-fusing an engagement reads every claim it has; a well-reported one is re-fused with each new
// report, so the same claims come back again and again. Each is read and parsed once, then found by
// the digest stored beside it.
const CAPACITY = 16_384;
const parsed = new Map<string, Engagement>();

/**
 * Two 32-bit hashes of a claim's JSON text and its length: the same text always gives the same
 * digest, and two different texts share one with odds near 2^-64.
 */
export function claimDigest(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return `${s.length}:${h1 >>> 0}:${h2 >>> 0}`;
}

/** Only what fusion reads is kept: the spans and codes of a claim are most of its size. */
function slim(full: Engagement): Engagement {
  return { kind: full.kind, date: full.date, location: full.location, occasion: full.occasion, participants: full.participants, topics: full.topics, outcomes: full.outcomes, evidence: full.evidence };
}

function keep(digest: string, e: Engagement): Engagement {
  if (parsed.size >= CAPACITY) parsed.delete(parsed.keys().next().value!);
  parsed.set(digest, e);
  return e;
}

/** The claim with this digest, if it has been read lately. Shared between callers: not to be changed. */
export function knownClaim(digest: string | null): Engagement | undefined {
  if (digest === null) return undefined;
  const e = parsed.get(digest);
  // Kept in use order, so the claims of engagements still being reported stay.
  if (e) {
    parsed.delete(digest);
    parsed.set(digest, e);
  }
  return e;
}

/** Remembers a claim just stored, under the digest of the text it was stored as. */
export function rememberClaim(digest: string, engagement: Engagement): void {
  keep(digest, slim(engagement));
}

/**
 * The engagement a stored claim reports, as fusion reads it, from its stored text (or the parsed
 * JSON a driver hands back, PostgreSQL's). Remembered under `digest` when the claim has one.
 */
export function claimEngagement(json: JsonCodec, raw: unknown, digest: string | null): Engagement {
  const e = slim(json.read<Engagement>(raw));
  return digest === null ? e : keep(digest, e);
}

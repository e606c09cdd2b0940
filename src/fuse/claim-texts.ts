import type { Engagement } from '../model/engagement.ts';
import type { JsonCodec } from '../store/json.ts';

// Re-fusing an engagement reads every claim it has; a well-reported one is re-fused with each new
// report, so the same claim texts come back again and again. Parsing one costs about twice as much
// as hashing it.
const CAPACITY = 16_384;
const parsed = new Map<string, Engagement>();

/** Two 32-bit hashes of the text and its length: a key two different texts share with odds near 2^-64. */
function contentKey(s: string): string {
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

/**
 * The engagement a stored claim reports, as fusion reads it. The same text gives the same object,
 * shared between callers, so it must not be changed. A driver that hands back parsed JSON
 * (PostgreSQL's) is passed through.
 */
export function claimEngagement(json: JsonCodec, raw: unknown): Engagement {
  if (typeof raw !== 'string') return json.read<Engagement>(raw);
  const key = contentKey(raw);
  let e = parsed.get(key);
  if (e) {
    // Kept in use order, so the claims of engagements still being reported stay.
    parsed.delete(key);
  } else {
    const full = json.read<Engagement>(raw);
    // Only what fusion reads is kept: the spans and codes of a claim are most of its size.
    e = { kind: full.kind, date: full.date, location: full.location, occasion: full.occasion, participants: full.participants, topics: full.topics, outcomes: full.outcomes, evidence: full.evidence };
    if (parsed.size >= CAPACITY) parsed.delete(parsed.keys().next().value!);
  }
  parsed.set(key, e);
  return e;
}

import { scanPlaces } from '../gazetteer/index.ts';
import type { CodedActor } from './types.ts';

// CAMEO splits a meeting by where it happens: the guest visits (042), the host hosts (043), or both
// meet on neutral ground (044). A place after "in"/"at" decides which, when the sentence names one.
const VENUE_LEAD = /\b(?:in|at)\s+(?:the\s+)?$/i;

/** The country of the first city, capital or country named as a venue after `from`, or null. */
export function venueCountry(sentence: string, from: number): string | null {
  for (const p of scanPlaces(sentence)) {
    if (p.start < from || !p.iso3) continue;
    if (!['city', 'capital', 'country'].includes(p.kind)) continue;
    if (VENUE_LEAD.test(sentence.slice(Math.max(0, p.start - 12), p.start))) return p.iso3;
  }
  return null;
}

/** The code a plain "meet" becomes once the venue is known: 042/043/044, or 040 when it is not. */
export function meetingCode(actor: CodedActor[], recipient: CodedActor[], venue: string | null): string {
  if (!venue || !actor.length || !recipient.length) return '040';
  if (recipient.some((a) => a.code === venue)) return '042';
  if (actor.some((a) => a.code === venue)) return '043';
  return '044';
}

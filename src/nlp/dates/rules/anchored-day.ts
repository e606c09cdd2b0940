import { parseNumberAt } from '../../quantities/numbers.ts';
import { alternation, ANCHORED_DAYS } from '../lexicon.ts';
import { anchoredCandidates, dayCandidate } from '../mention.ts';
import { containsAny } from '../pipeline.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

const hasDay = containsAny('day', 'DAY');

const PHRASE = new RegExp(`\\b(?:${alternation(ANCHORED_DAYS.keys())})\\b`, 'gi');
// "two days before" counts from a date only when nothing follows; "two days before the summit"
// counts from an event. The number is found by looking back from "days", which is rare, so
// the scan stays cheap.
const COUNTED = /\bdays?\s+(?:(earlier|later)\b|(before|after)(?=\s*(?:[,.;:)]|$)))/g;
const NUMBER_BEFORE = /(?:^|[^\p{L}\p{N}])(\d+|\p{L}+)\s+$/du;
// Both scans need "day" at a word start (every phrase has it after a space, and COUNTED is a case
// of it), so most sentences whose "day" is a weekday's skip them.
const DAY_WORD = /\bday/i;
for (const phrase of ANCHORED_DAYS.keys()) {
  if (!DAY_WORD.test(phrase)) throw new Error(`anchored day "${phrase}" has no word starting "day", which the anchored-day cue expects`);
}

/**
 * "earlier in the day", "that same day", "the next day": days counted from another date in the
 * same text, settled by the anchor refiner. A counted phrase ("two days earlier") is reported
 * without a date: its anchor is the story's main event, which the nearest earlier date in the
 * text often is not (and the day it names usually follows: "Two days earlier, on Monday").
 */
export const anchoredDay: DateParser = {
  kind: 'parser',
  name: 'anchored-day',
  cue: (t) => hasDay(t) && DAY_WORD.test(t),
  parse(ctx: DateContext): Candidate[] {
    const out = anchoredCandidates(this.name, PHRASE, ANCHORED_DAYS, ctx.text);
    let m: RegExpExecArray | null;
    COUNTED.lastIndex = 0;
    while ((m = COUNTED.exec(ctx.text)) !== null) {
      const from = Math.max(0, m.index - 24);
      const b = NUMBER_BEFORE.exec(ctx.text.slice(from, m.index));
      if (!b) continue;
      const start = from + b.indices![1][0];
      const n = parseNumberAt(ctx.text, start);
      if (!n || n.end !== start + b[1].length || !Number.isInteger(n.value)) continue;
      out.push(dayCandidate(this.name, ctx.text, start, m.index + m[0].length, null, { relative: true }));
    }
    return out;
  },
};


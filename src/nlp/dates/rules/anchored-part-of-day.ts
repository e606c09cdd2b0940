import { alternation, ANCHORED_PARTS_OF_DAY } from '../lexicon.ts';
import { anchoredCandidates } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

const PHRASE = new RegExp(`\\b(?:${alternation(ANCHORED_PARTS_OF_DAY.keys())})\\b`, 'gi');
// Every phrase ends in one of these words, so sentences without them skip the scan.
const PART_WORD = /\b(?:morning|afternoon|evening|night)\b/i;
for (const phrase of ANCHORED_PARTS_OF_DAY.keys()) {
  if (!PART_WORD.test(phrase)) throw new Error(`anchored part of day "${phrase}" names no morning, afternoon, evening or night, which its cue expects`);
}

/**
 * "held similar calls the same afternoon", "later that evening", "the next morning": a part of a day
 * counted from another date in the same text, as the anchored days are. "this morning" is not here:
 * it counts from the publication date (relative-day).
 */
export const anchoredPartOfDay: DateParser = {
  kind: 'parser',
  name: 'anchored-part-of-day',
  cue: (t) => PART_WORD.test(t),
  parse(ctx: DateContext): Candidate[] {
    return anchoredCandidates(this.name, PHRASE, ANCHORED_PARTS_OF_DAY, ctx.text);
  },
};

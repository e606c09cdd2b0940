import { alternation, YEAR_CUES } from '../lexicon.ts';
import { periodCandidate } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// A bare year needs a cue ("in 2023", "since 2009", "by 2030", "mid-2024"); a number glued to a
// name ("Turkmenistan-2023"), an amount ("2030 tonnes") or a year span ("2025-2029") is not one.
const CUED = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${alternation(YEAR_CUES)})(?:(?<=-)|\\s+)(\\d{4})(?![\\d\\p{L}%]|[-–]\\d|\\s*(?:%|percent|per\\s+cent|tonnes|million|billion)\\b)`,
  'giu',
);

export const year: DateParser = {
  kind: 'parser',
  name: 'year',
  cue: /(?:19|20)\d\d/,
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    CUED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CUED.exec(ctx.text)) !== null) {
      const y = Number(m[2]);
      if (y < 1900 || y > 2100) continue;
      const cue = m[1].toLowerCase();
      const keep = /^(?:early|late|mid-?|end-)$/.test(cue);
      const start = keep ? m.index : m.index + m[0].length - m[2].length;
      out.push(periodCandidate(this.name, ctx.text, start, m.index + m[0].length, 'year', y, null, false));
    }
    return out;
  },
};

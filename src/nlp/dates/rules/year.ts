import { alternation, YEAR_CUES } from '../lexicon.ts';
import { periodCandidate } from '../mention.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

// A bare year needs a cue ("in 2023", "since 2009", "by 2030", "mid-2024"); a number glued to a
// name ("Turkmenistan-2023"), an amount ("2030 tonnes") or a year span ("2025-2029") is not one.
// The scan starts at the four digits and looks back for the cue.
const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d\p{L}%]|[-–]\d|\s*(?:%|percent|per\s+cent|tonnes|million|billion)\b)/gu;
const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}-])(${alternation(YEAR_CUES)})(?:(?<=-)|\\s+)$`, 'diu');
const LOOKBACK = 28;

export const year: DateParser = {
  kind: 'parser',
  name: 'year',
  cue: /(?:19|20)\d\d/,
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    const text = ctx.text;
    YEAR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YEAR.exec(text)) !== null) {
      const from = Math.max(0, m.index - LOOKBACK);
      const c = CUE_BEFORE.exec(text.slice(from, m.index));
      if (!c) continue;
      const cue = c[1].toLowerCase();
      const keep = /^(?:early|late|mid-?|end-)$/.test(cue);
      const start = keep ? from + c.indices![1][0] : m.index;
      out.push(periodCandidate(this.name, text, start, m.index + m[0].length, 'year', Number(m[0]), null, false));
    }
    return out;
  },
};

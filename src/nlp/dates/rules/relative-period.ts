import { addMonths } from '../day.ts';
import { alternation, PERIODS } from '../lexicon.ts';
import { periodCandidate } from '../mention.ts';
import { containsAny } from '../pipeline.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

const GRAINS = ['week', 'month', 'year'] as const;
const PHRASES = new Map<string, { grain: (typeof GRAINS)[number]; offset: number }>();
for (const grain of GRAINS) for (const [phrase, offset] of PERIODS[grain]) PHRASES.set(phrase, { grain, offset });
const PHRASE = new RegExp(`\\b(?:${alternation(PHRASES.keys())})\\b`, 'gi');

/**
 * "last week", "earlier this month", "next year": the period around publication. A week is
 * reported with its grain only; months and years are resolved.
 */
export const relativePeriod: DateParser = {
  kind: 'parser',
  name: 'relative-period',
  cue: containsAny('week', 'month', 'year', 'WEEK', 'MONTH', 'YEAR'),
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    const p = ctx.published;
    PHRASE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = PHRASE.exec(ctx.text)) !== null) {
      const { grain, offset } = PHRASES.get(m[0].toLowerCase().replace(/\s+/g, ' '))!;
      const start = m.index;
      const end = m.index + m[0].length;
      if (grain === 'week' || !p) {
        out.push(periodCandidate(this.name, ctx.text, start, end, grain, null, null, true));
      } else if (grain === 'month') {
        const ym = addMonths(p.year, p.month, offset);
        out.push(periodCandidate(this.name, ctx.text, start, end, 'month', ym.year, ym.month, true));
      } else {
        out.push(periodCandidate(this.name, ctx.text, start, end, 'year', p.year + offset, null, true));
      }
    }
    return out;
  },
};

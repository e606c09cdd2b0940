import { parseNumberAt } from '../../quantities/numbers.ts';
import { addDays, addMonths } from '../day.ts';
import { dayCandidate, periodCandidate } from '../mention.ts';
import { containsAny } from '../pipeline.ts';
import type { Candidate, DateContext, DateParser } from '../types.ts';

const AGO = /\b(\d+|[a-z]+)\s+(day|week|month|year)s?\s+ago\b/gi;

/** "three days ago", "a year ago": counted back from publication. */
export const ago: DateParser = {
  kind: 'parser',
  name: 'ago',
  cue: containsAny('ago', 'AGO'),
  parse(ctx: DateContext): Candidate[] {
    const out: Candidate[] = [];
    AGO.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = AGO.exec(ctx.text)) !== null) {
      const n = parseNumberAt(ctx.text, m.index);
      if (!n || n.end !== m.index + m[1].length || !Number.isInteger(n.value)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const p = ctx.published;
      const unit = m[2].toLowerCase();
      if (unit === 'day') {
        out.push(dayCandidate(this.name, ctx.text, start, end, p ? addDays(p, -n.value) : null, { relative: true }));
      } else if (unit === 'week') {
        out.push(periodCandidate(this.name, ctx.text, start, end, 'week', null, null, true));
      } else if (unit === 'month') {
        const ym = p ? addMonths(p.year, p.month, -n.value) : null;
        out.push(periodCandidate(this.name, ctx.text, start, end, 'month', ym?.year ?? null, ym?.month ?? null, true));
      } else {
        out.push(periodCandidate(this.name, ctx.text, start, end, 'year', p ? p.year - n.value : null, null, true));
      }
    }
    return out;
  },
};

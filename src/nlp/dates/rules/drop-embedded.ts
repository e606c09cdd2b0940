import type { Candidate, DateRefiner } from '../types.ts';

const GLUE = /[\p{L}\p{N}]/u;

/** Drops a date glued into a name or code ("Turkmenistan-2023", "COP29"): a letter or digit, or a word-hyphen, touches its edge. */
export const dropEmbedded: DateRefiner = {
  kind: 'refiner',
  name: 'drop-embedded',
  refine(candidates, ctx): Candidate[] {
    const t = ctx.text;
    return candidates.filter((c) => {
      const before = t.charAt(c.start - 1);
      const after = t.charAt(c.end);
      if (GLUE.test(before) || GLUE.test(after)) return false;
      if ((before === '-' || before === '–') && GLUE.test(t.charAt(c.start - 2))) return false;
      return true;
    });
  },
};

import type { Candidate, DateContext, DateRule } from './types.ts';

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Checks a rule configuration before any text meets it: every rule named once, all parsers
 * before any refiner (refiners see every candidate), and each refiner after the rules it needs.
 * A bad configuration is a programming error, so it throws a plain Error.
 */
export function validateRules(rules: readonly DateRule[]): void {
  const seen = new Set<string>();
  let refiners = 0;
  let parsers = 0;
  rules.forEach((rule, i) => {
    const where = `date rule #${i}${rule && typeof rule.name === 'string' ? ` ("${rule.name}")` : ''}`;
    if (!rule || typeof rule.name !== 'string' || !NAME.test(rule.name)) throw new Error(`${where}: needs a lower-case hyphenated name`);
    if (seen.has(rule.name)) throw new Error(`${where}: the name is used twice`);
    if (rule.kind === 'parser') {
      if (typeof rule.parse !== 'function') throw new Error(`${where}: a parser needs a parse() function`);
      // A global or sticky cue would carry lastIndex from one text to the next and miss matches.
      const cue = rule.cue;
      if (cue !== undefined && typeof cue !== 'function' && (!(cue instanceof RegExp) || cue.global || cue.sticky)) {
        throw new Error(`${where}: cue must be a function or a RegExp without the g or y flag`);
      }
      if (refiners > 0) throw new Error(`${where}: parsers must all come before the first refiner`);
      parsers++;
    } else if (rule.kind === 'refiner') {
      if (typeof rule.refine !== 'function') throw new Error(`${where}: a refiner needs a refine() function`);
      for (const dep of rule.after ?? []) {
        if (!seen.has(dep)) throw new Error(`${where}: must come after "${dep}", which is ${rules.some((r) => r?.name === dep) ? 'listed later' : 'missing'}`);
      }
      refiners++;
    } else {
      throw new Error(`${where}: kind must be "parser" or "refiner"`);
    }
    seen.add(rule.name);
  });
  if (parsers === 0) throw new Error('date rules: the configuration has no parser');
}

/** Runs a validated configuration: parsers collect candidates, then refiners rework the list in order. */
// A plain loop: it runs for every sentence that may hold a date, and forEach's callback was a
// closure made per call.
export function runRules(rules: readonly DateRule[], ctx: DateContext): Candidate[] {
  let candidates: Candidate[] = [];
  const text = ctx.text;
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.kind === 'parser') {
      const cue = rule.cue;
      if (cue !== undefined && !(typeof cue === 'function' ? cue(text) : cue.test(text))) continue;
      const found = rule.parse(ctx);
      for (let k = 0; k < found.length; k++) {
        const c = found[k];
        if (c.start >= c.end || c.end - c.start !== c.text.length || !text.startsWith(c.text, c.start)) {
          throw new Error(`date rule "${rule.name}" returned a bad span ${c.start}-${c.end} for ${JSON.stringify(c.text)}`);
        }
        c.priority = i;
        candidates.push(c);
      }
    } else {
      candidates = rule.refine(candidates, ctx);
    }
  }
  return candidates;
}

/** A cue passing text that contains any of `parts` (case-sensitive: list the capitalised forms too). */
export function containsAny(...parts: string[]): (text: string) => boolean {
  return (text) => {
    for (let i = 0; i < parts.length; i++) if (text.includes(parts[i])) return true;
    return false;
  };
}

import type { CoderLexicon, VerbClass } from './lexicon.ts';

/** A verb-class match in a sentence; offsets are relative to the sentence. */
export interface Cue {
  cls: VerbClass;
  start: number;
  end: number;
}

/**
 * Lowers only the first letter: sentence-initial verbs ("Meeting ...") then match the lower-case
 * patterns, while every other capital still marks a name.
 */
export function matchable(text: string): string {
  return text.length ? text[0].toLowerCase() + text.slice(1) : text;
}

/** Every cue, left to right; where two overlap the earlier wins, then the longer, then the class listed first. */
export function findCues(text: string, lex: CoderLexicon, from = 0): Cue[] {
  const subject = matchable(text);
  const all: (Cue & { order: number })[] = [];
  lex.classes.forEach((cls, order) => {
    cls.re.lastIndex = 0;
    for (const m of subject.matchAll(cls.re)) {
      // Patterns may end in optional whitespace; the cue is the words, not the gap after them.
      const end = m.index + m[0].trimEnd().length;
      if (m.index >= from && end > m.index) all.push({ cls, start: m.index, end, order });
    }
  });
  all.sort((a, b) => a.start - b.start || (b.end - b.start) - (a.end - a.start) || a.order - b.order);
  const kept: Cue[] = [];
  let until = -1;
  for (const c of all) {
    if (c.start < until) continue;
    kept.push({ cls: c.cls, start: c.start, end: c.end });
    until = c.end;
  }
  return kept;
}

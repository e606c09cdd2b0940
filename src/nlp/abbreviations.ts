import table from '../../data/nlp/abbreviations.json' with { type: 'json' };

/** How a token ending in a period relates to a sentence boundary. */
export type AbbreviationClass = 'never_final' | 'before_number' | 'may_be_final';

function withCapitalised(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    out.add(e);
    // Not "P" for "p" (page): a capital letter alone is an initial ("Ambassador P. Harish").
    if (e.length > 1) out.add(e.charAt(0).toUpperCase() + e.slice(1));
  }
  return out;
}

const neverFinal = withCapitalised(table.never_final.entries);
const beforeNumber = withCapitalised(table.before_number.entries);
const mayBeFinal = withCapitalised(table.may_be_final.entries);
const openers = new Set(table.sentence_openers);

// "U.S", "D.C", "U.A.E" (the final period is not part of the token).
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Classifies the token before a period (without that period), or null when it is an ordinary word. */
export function abbreviationClass(token: string): AbbreviationClass | null {
  if (neverFinal.has(token)) return 'never_final';
  if (beforeNumber.has(token)) return 'before_number';
  if (mayBeFinal.has(token) || DOTTED.test(token) || SINGLE_CAPITAL.test(token)) return 'may_be_final';
  return null;
}

/** True for words that commonly open a sentence and rarely continue a name after an abbreviation. */
export function isSentenceOpener(word: string): boolean {
  return openers.has(word);
}

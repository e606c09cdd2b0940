import { escapeRegExp } from './regex.ts';

/**
 * Matches the longest of a fixed set of phrases at a given position, as a whole word. Built once
 * from data files; a sticky regex keeps each probe O(phrase length) instead of scanning ahead.
 */
export interface PhraseMatch {
  phrase: string;
  end: number;
}

export interface PhraseMatcher {
  /** The phrase starting exactly at `pos`, or null. */
  at(text: string, pos: number): PhraseMatch | null;
}

export function phraseMatcher(phrases: Iterable<string>, options: { ignoreCase?: boolean; wordEnd?: boolean } = {}): PhraseMatcher {
  const list = [...new Set(phrases)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length);
  if (list.length === 0) return { at: () => null };
  // Spaces inside a phrase match any run of spaces; the phrase must not run on into a word.
  const body = list.map((p) => escapeRegExp(p).replace(/ +/g, '\\s+')).join('|');
  const tail = options.wordEnd === false ? '' : '(?![\\p{L}\\p{N}])';
  const re = new RegExp(`(?:${body})${tail}`, `y${options.ignoreCase ? 'i' : ''}u`);
  const canonical = new Map(list.map((p) => [options.ignoreCase ? p.toLowerCase() : p, p]));
  return {
    at(text, pos) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) return null;
      const key = m[0].replace(/\s+/g, ' ');
      const phrase = canonical.get(options.ignoreCase ? key.toLowerCase() : key) ?? key;
      return { phrase, end: pos + m[0].length };
    },
  };
}

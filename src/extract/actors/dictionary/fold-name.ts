/**
 * Name folding shared by every dictionary lookup, so that "Erdoğan", "ERDOGAN" and "Erdogan" meet,
 * and "S. Jaishankar" meets "S Jaishankar".
 */

// Letters that Unicode decomposition leaves whole, yet news copy routinely writes in plain ASCII.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ħ: 'h',
};

// Apostrophe-like marks vanish rather than split, because transliterations drop them at will
// ("Ma'ruf" / "Maruf", "Oʻzbekiston" / "Ozbekiston").
const APOSTROPHES = /['’‘ʻʼ`´]/gu;

// Module constants: under tsx a \p{...} literal in a function becomes a new RegExp on every call.
const MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

export function foldName(text: string): string {
  const lower = text.toLowerCase().replace(APOSTROPHES, '');
  let swapped = '';
  for (const ch of lower) swapped += UNDECOMPOSED[ch] ?? ch;
  return swapped
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/**
 * The folded last word of a name as written ("Oyun-Erdene" stays one word, folded to "oyun erdene"),
 * so that it can be compared with a folded surname-only mention.
 */
export function foldedLastWord(name: string): string {
  const words = name.trim().split(/\s+/u);
  return foldName(words[words.length - 1] ?? '');
}

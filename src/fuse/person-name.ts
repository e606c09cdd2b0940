import { memoised } from './memo.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const MARKS = /\p{M}/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;

/**
 * Whether two renderings of a name can be one person. Reports shorten names freely ("Khurelsukh",
 * "U. Khurelsukh", "Ukhnaagiin Khurelsukh"), so the rules accept a shared surname with compatible
 * given names; callers must also require the same country, which is what keeps "Kim" from merging
 * half a peninsula.
 */

export interface NameToken {
  readonly text: string;
  readonly initial: boolean;
}

/** The tokens of a name; the array is shared between callers, so it must not be changed. */
export const nameTokens: (name: string) => readonly NameToken[] = memoised(4096, tokenise);

/** A name without accents, in lower case: the form its spellings are compared in. */
export function foldName(name: string): string {
  return name.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

function tokenise(name: string): NameToken[] {
  return foldName(name)
    .split(/[\s,]+/)
    .map((t) => t.replace(EDGE_PUNCTUATION, ''))
    .filter((t) => t.replace(/\./g, '').length > 0)
    .flatMap((t) => {
      // "U.S." style run-together initials are several given-name initials.
      const parts = t.includes('.') ? t.split('.').filter(Boolean) : [t];
      return parts.map((p) => ({ text: p, initial: p.length === 1 || (t.includes('.') && p.length <= 2) }));
    });
}

function givenCompatible(a: NameToken, b: NameToken): boolean {
  if (a.initial || b.initial) return a.text[0] === b.text[0];
  return a.text === b.text;
}

export function samePerson(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (!ta.length || !tb.length) return false;
  const lastA = ta[ta.length - 1];
  const lastB = tb[tb.length - 1];
  if (!lastA.initial && !lastB.initial && lastA.text === lastB.text) {
    if (ta.length === 1 || tb.length === 1) return true;
    return givenCompatible(ta[0], tb[0]);
  }
  // Family-name-first names ("Xi Jinping" reported as "Xi") and reversed orders
  // ("Khurelsukh Ukhnaagiin") share all their full tokens without sharing the last one.
  const fullA = ta.filter((t) => !t.initial).map((t) => t.text);
  const fullB = tb.filter((t) => !t.initial).map((t) => t.text);
  if (ta.length === 1 && !ta[0].initial) return tb[0].text === ta[0].text;
  if (tb.length === 1 && !tb[0].initial) return ta[0].text === tb[0].text;
  if (fullA.length >= 2 && fullA.length === fullB.length) {
    const setB = new Set(fullB);
    return fullA.every((t) => setB.has(t));
  }
  return false;
}

// At module level: the TypeScript loader (tsx) wraps a named function made inside another in a
// naming helper, a cost paid on every call of the outer one, and fusion calls fullerName per name merged.
function spelledOut(name: string): number {
  let n = 0;
  for (const t of nameTokens(name)) if (!t.initial) n++;
  return n;
}

/** The more informative of two renderings: more spelled-out tokens, then the longer. */
export function fullerName(a: string, b: string): string {
  const sa = spelledOut(a);
  const sb = spelledOut(b);
  if (sa !== sb) return sa > sb ? a : b;
  return b.length > a.length ? b : a;
}

/**
 * What a name is indexed by in the store: its parts of two or more letters. Two names samePerson
 * accepts always share such a part (a shared surname, or every spelled-out part), so looking people up
 * by these keys finds every candidate. A name of initials only can match nothing but itself, so it
 * is keyed by its whole normalised form.
 */
export function nameKeys(name: string): string[] {
  const tokens = nameTokens(name);
  const keys = new Set(tokens.filter((t) => t.text.length >= 2).map((t) => t.text));
  if (!keys.size) return [`=${tokens.map((t) => t.text).join(' ')}`];
  return [...keys];
}

// indexOf and lastIndexOf run to the ends of the whole text when the character is absent; in an
// article of one long line, that made each search cost the article's length. These stop at a bound.

/** The last index of `ch` at or before `from` and at or after `floor`, or -1. */
export function lastIndexWithin(text: string, ch: string, from: number, floor: number): number {
  const c = ch.charCodeAt(0);
  for (let i = Math.min(from, text.length - 1); i >= Math.max(0, floor); i--) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The first index of `ch` at or after `from` and before `ceiling`, or -1. */
export function indexWithin(text: string, ch: string, from: number, ceiling: number): number {
  const c = ch.charCodeAt(0);
  for (let i = Math.max(0, from); i < Math.min(ceiling, text.length); i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** The first index in `xs`, sorted by `key`, whose key is at least `at` (xs.length when there is none). */
export function firstAtLeast<T>(xs: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import { NUMBER_WORDS, ONES, TENS } from './tables.ts';

export interface ParsedNumber {
  value: number;
  end: number;
  /** Spelled out ("four", "twenty-five") rather than digits. */
  word: boolean;
  /** Four plain digits from 1900 to 2100: read as a year unless money or a multiplier follows. */
  yearLike: boolean;
  /** "a"/"an" standing for one ("a dozen", "for a month"). */
  article: boolean;
}

const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const WORD = new RegExp(`(?:${NUMBER_WORDS.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'iyu');
const ARTICLE = /an?(?=\s)/iy;
const ONES_AFTER_TENS = /[-\s](one|two|three|four|five|six|seven|eight|nine)(?![\p{L}])/iyu;

/** Reads a number written in digits or words at `pos`, or null when there is none. */
export function parseNumberAt(text: string, pos: number): ParsedNumber | null {
  DIGITS.lastIndex = pos;
  let m = DIGITS.exec(text);
  if (m) {
    const raw = m[0];
    const value = Number(raw.replace(/,/g, ''));
    const yearLike = /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100;
    return { value, end: pos + raw.length, word: false, yearLike, article: false };
  }
  WORD.lastIndex = pos;
  m = WORD.exec(text);
  if (m) {
    const w = m[0].toLowerCase();
    let value = ONES.get(w) ?? TENS.get(w) ?? 0;
    let end = pos + m[0].length;
    if (TENS.has(w)) {
      ONES_AFTER_TENS.lastIndex = end;
      const u = ONES_AFTER_TENS.exec(text);
      if (u) {
        value += ONES.get(u[1].toLowerCase()) ?? 0;
        end += u[0].length;
      }
    }
    return { value, end, word: true, yearLike: false, article: false };
  }
  ARTICLE.lastIndex = pos;
  m = ARTICLE.exec(text);
  if (m) return { value: 1, end: pos + m[0].length, word: true, yearLike: false, article: true };
  return null;
}

/** Multiplies without binary noise: 4.1 × 1e6 is 4100000, not 4099999.9999999995. */
export function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

import {
  ARTICLE_DURATION_AFTER, CURRENCY_NAME_CODES, CURRENCY_NAMES, CURRENCY_PREFIXES, DEADLINE_BEFORE, DURATION_WORDS,
  NUMBER_WORDS, REFERENCE_BEFORE, SCALE_ABBREVIATIONS, SCALE_VALUES, SCALE_WORDS, VAGUE_BEFORE, WEAK_CURRENCY_NAMES,
} from './quantities/tables.ts';
import { parseNumberAt, scaled, type ParsedNumber } from './quantities/numbers.ts';
import {
  isDatePart, isHyphenatedName, isIdentifier, isPhoneOrIsoDate, isTimeOrSlashDate, wordBefore,
} from './quantities/guards.ts';
import { countNounAt, durationUnit, perAt, skipSpaces, tableUnitAt } from './quantities/units.ts';
import { escapeRegExp } from './regex.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const LETTER = /\p{L}/u;

export type QuantityKind = 'money' | 'count' | 'duration' | 'percent' | 'rate' | 'mass' | 'year';

export interface QuantityMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** ISO 4217 code for money, "%" for percent, "year" for a deadline year, else the unit or counted noun. */
  unit: string;
  kind: QuantityKind;
  /** The period of a rate or a per-period amount ("10 flights a week" → "week"). */
  per: string | null;
}

// Where a quantity may start: a digit, a number word, or "a"/"an" before a multiplier or a
// duration ("a dozen", "for a month"). Kept free of Unicode lookbehinds, which cost ~5x in
// throughput; `startsQuantity` applies the finer boundary rules to each hit.
const TOKEN = new RegExp(
  `[0-9]|\\b(?:${NUMBER_WORDS.join('|')}`
  + `|an? (?=(?:${[...SCALE_VALUES.keys(), 'day', 'week', 'month', 'year', 'hour', 'decade', 'fortnight'].join('|')})s?\\b))\\b`,
  'gi',
);
const GLUED_PREFIX = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...CURRENCY_PREFIXES.keys()].filter((p) => /^\p{L}+\.?$/u.test(p)).map(escapeRegExp).join('|')})$`,
  'u',
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A digit glued to a word or another number ("G20", the tail of "1,000") or a number word glued
 * to a letter, apostrophe or hyphen ("one-on-one"'s second "one") does not start a quantity;
 * a currency code glued to digits ("EUR5m", "Rs500") does not stop one.
 */
function startsQuantity(text: string, pos: number, isDigit: boolean): boolean {
  if (pos === 0) return true;
  const prev = text.charCodeAt(pos - 1);
  if (isDigit) {
    if ((prev >= 48 && prev <= 57) || prev === 0x2e || prev === 0x2c) return false;
    if (prev < 128 ? !((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122)) : !LETTER_OR_DIGIT.test(text.charAt(pos - 1))) return true;
    return GLUED_PREFIX.test(text.slice(Math.max(0, pos - 5), pos));
  }
  if (prev === 0x27 || prev === 0x2019 || prev === 0x2d) return false;
  return prev < 128 || !LETTER_OR_DIGIT.test(text.charAt(pos - 1));
}

const PREFIX = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(${[...CURRENCY_PREFIXES.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})[ \\u00a0]?$`,
  'du',
);
const DEADLINE = new RegExp(`(?:^|[^\\p{L}])(${DEADLINE_BEFORE.map(escapeRegExp).join('|')})\\s+$`, 'diu');
const RANGE = /\s*(?:-|–|—|to|and)\s*/y;
const HALF = /\s+and\s+a\s+half(?![\p{L}])/yu;
const LETTERS = /\p{L}+/yu;
const HYPHEN_WORD = /[-–]\p{L}/yu;

function currencyBefore(text: string, pos: number): { code: string; symbol: string; start: number } | null {
  const from = Math.max(0, pos - 8);
  const m = PREFIX.exec(text.slice(from, pos));
  if (!m) return null;
  return { code: CURRENCY_PREFIXES.get(m[1])!, symbol: m[1], start: from + m.indices![1][0] };
}

interface Reading {
  value: number;
  end: number;
  scaled: boolean;
}

/** Multipliers after a number: "million", "30bn", "US$2 bn", "two hundred thousand", "a dozen". */
function readScales(text: string, n: ParsedNumber, hasCurrency: boolean): Reading | null {
  let value = n.value;
  let end = n.end;
  let isScaled = false;
  if (!n.word && LETTER.test(text.charAt(end))) {
    LETTERS.lastIndex = end;
    const letters = LETTERS.exec(text)![0];
    const f = SCALE_ABBREVIATIONS.get(letters.toLowerCase());
    if (f !== undefined) {
      value = scaled(value, f);
      end += letters.length;
      isScaled = true;
    } else if (!tableUnitAt(text, end, value)) {
      return null; // "80th", "5G", "3D"
    }
  }
  HALF.lastIndex = end;
  const half = HALF.exec(text);
  if (half && !isScaled) {
    value += 0.5;
    end += half[0].length;
  }
  for (let round = 0; round < 3; round++) {
    const k = skipSpaces(text, end);
    if (k === end && round > 0) break;
    const w = SCALE_WORDS.at(text, k);
    if (w) {
      value = scaled(value, SCALE_VALUES.get(w.phrase.toLowerCase())!);
      end = w.end;
      isScaled = true;
      continue;
    }
    if (k > end && !isScaled) {
      LETTERS.lastIndex = k;
      const m = LETTERS.exec(text);
      const f = m ? SCALE_ABBREVIATIONS.get(m[0].toLowerCase()) : undefined;
      const boundary = m ? !LETTER_OR_DIGIT.test(text.charAt(k + m[0].length)) : false;
      if (m && f !== undefined && boundary && (m[0].length > 1 || hasCurrency)) {
        value = scaled(value, f);
        end = k + m[0].length;
        isScaled = true;
        continue;
      }
    }
    break;
  }
  return { value, end, scaled: isScaled };
}

function mention(text: string, start: number, end: number, value: number, unit: string, kind: QuantityKind, per: string | null): QuantityMention {
  return { start, end, text: text.slice(start, end), value, unit, kind, per };
}

function withPer(text: string, start: number, end: number, value: number, unit: string, kind: QuantityKind): QuantityMention {
  const p = perAt(text, end);
  if (!p) return mention(text, start, end, value, unit, kind, null);
  return mention(text, start, p.end, value, unit, kind === 'count' ? 'rate' : kind, p.per);
}

/** Reads the quantity whose number starts at `pos`, or null when the number is not one. */
function readAt(text: string, pos: number): QuantityMention | null {
  const first = parseNumberAt(text, pos);
  if (!first) return null;
  if (!first.word && (
    isHyphenatedName(text, pos) || isPhoneOrIsoDate(text, pos)
    || isDatePart(text, pos, first.end) || isTimeOrSlashDate(text, pos, first.end)
  )) {
    return null;
  }
  const prefix = first.article ? null : currencyBefore(text, pos);
  if (!prefix && !first.word && isIdentifier(text, pos)) return null;
  const start = prefix ? prefix.start : pos;

  // A range reports its upper bound: "from 15 to 30 days", "$10-15 million".
  let n = first;
  RANGE.lastIndex = first.end;
  const r = first.article ? null : RANGE.exec(text);
  if (r && (!/and/.test(r[0]) || /between\s+$/i.test(text.slice(Math.max(0, start - 10), start)))) {
    let k = first.end + r[0].length;
    if (prefix && text.startsWith(prefix.symbol, k)) k += prefix.symbol.length;
    const upper = parseNumberAt(text, k);
    if (
      upper && !upper.article && upper.word === first.word && !first.yearLike && !upper.yearLike
      && upper.value > first.value && !isDatePart(text, k, upper.end)
    ) n = upper;
  }

  const read = readScales(text, n, prefix !== null);
  if (!read) return null;
  const { value } = read;
  let end = read.end;
  const k = skipSpaces(text, end);

  if (prefix) {
    const name = CURRENCY_NAMES.at(text, k);
    let code = prefix.code;
    if (name && (prefix.symbol === '¥' || prefix.symbol === '$')) {
      code = CURRENCY_NAME_CODES.get(name.phrase) ?? code;
      end = name.end;
    }
    return withPer(text, start, end, value, code, 'money');
  }

  if (n.yearLike && !read.scaled) {
    const from = Math.max(0, pos - 24);
    const d = DEADLINE.exec(text.slice(from, pos));
    if (!d) return null;
    return mention(text, from + d.indices![1][0], n.end, value, 'year', 'year', null);
  }

  // "10-year visa", "one-month pause"; any other hyphen compound ("one-on-one") is not an amount.
  HYPHEN_WORD.lastIndex = end;
  if (HYPHEN_WORD.test(text)) {
    const u = tableUnitAt(text, end + 1, value);
    if (!u || (u.kind !== 'duration' && u.kind !== 'mass')) return null;
    HYPHEN_WORD.lastIndex = u.end;
    if (HYPHEN_WORD.test(text)) return null; // "10-year-old"
    return mention(text, start, u.end, value, u.unit, u.kind, null);
  }

  const name = CURRENCY_NAMES.at(text, k);
  if (name && !(WEAK_CURRENCY_NAMES.has(name.phrase) && !read.scaled)) {
    return withPer(text, start, name.end, value, CURRENCY_NAME_CODES.get(name.phrase)!, 'money');
  }

  if (first.article) {
    const d = DURATION_WORDS.at(text, k);
    if (d && !read.scaled) {
      const prev = wordBefore(text, pos)?.word.toLowerCase();
      if (prev === undefined || !ARTICLE_DURATION_AFTER.has(prev)) return null;
    } else if (!read.scaled) {
      return null;
    }
  }

  const unit = tableUnitAt(text, k, value);
  if (unit) {
    HYPHEN_WORD.lastIndex = unit.end;
    if (HYPHEN_WORD.test(text)) return null; // "a year-long dispute"
    let v = value;
    let e = unit.end;
    HALF.lastIndex = e;
    const half = unit.kind === 'duration' && Number.isInteger(v) ? HALF.exec(text) : null;
    if (half) {
      v += 0.5;
      e += half[0].length;
    }
    const u = unit.base !== undefined ? durationUnit(unit.base, v) : unit.unit;
    return withPer(text, start, e, v, u, unit.kind);
  }

  // A spelled-out "one" counts nothing worth reporting ("one of the", "one side"); "the two
  // leaders" refers back to people already counted.
  if (first.word && value === 1) return null;
  if (first.word && !read.scaled) {
    const prev = wordBefore(text, pos)?.word.toLowerCase();
    if (prev !== undefined && (REFERENCE_BEFORE.has(prev) || VAGUE_BEFORE.has(prev))) return null;
  }
  const noun = countNounAt(text, k, value);
  if (!noun) return null;
  return withPer(text, start, noun.end, value, noun.unit, noun.kind);
}

// The rest of a rejected digit run cannot start a quantity either. (A module function: a closure
// made on every call cost more than the sentences without numbers took to scan.)
function digitsEnd(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return i;
}

/**
 * Finds amounts in text: money (as ISO 4217), counts with their noun, durations, percentages,
 * masses, rates and deadline years ("by 2030"). Dates, ordinals, years on their own, times,
 * phone numbers and numbered names ("G20", "Embraer 190") are not quantities.
 */
export function findQuantities(text: string): QuantityMention[] {
  const out: QuantityMention[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const isDigit = m[0].length === 1 && m[0] >= '0' && m[0] <= '9';
    if (!startsQuantity(text, m.index, isDigit)) {
      if (isDigit) TOKEN.lastIndex = digitsEnd(text, m.index + 1);
      continue;
    }
    const q = readAt(text, m.index);
    if (q) {
      out.push(q);
      if (TOKEN.lastIndex < q.end) TOKEN.lastIndex = q.end;
    }
  }
  return out;
}

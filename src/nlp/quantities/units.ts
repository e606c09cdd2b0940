import {
  COUNT_MODIFIERS, DURATION_BASE, DURATION_PLURAL, DURATION_WORDS, IRREGULAR_PLURALS, MASS_UNITS, MASS_WORDS,
  MEASURE_WORDS, NOUN_STOPWORDS, PERCENT_WORDS, PER_ADVERBS, PER_WORDS,
} from './tables.ts';

export type UnitKind = 'duration' | 'mass' | 'count' | 'percent';

export interface UnitMatch {
  kind: UnitKind;
  unit: string;
  end: number;
  /** For durations, the singular form, so the unit can follow a value changed later ("an hour and a half"). */
  base?: string;
}

const SPACE = /[ \t\u00a0\u202f]*/y;

export function skipSpaces(text: string, i: number): number {
  SPACE.lastIndex = i;
  SPACE.exec(text);
  return SPACE.lastIndex;
}

/** Durations read "1 month" but "10 years", whatever form the text used ("10-year visa"). */
export function durationUnit(base: string, value: number): string {
  return value === 1 ? base : DURATION_PLURAL.get(base) ?? `${base}s`;
}

/** A unit from the fixed tables (duration, mass, percent, measure) starting exactly at `i`. */
export function tableUnitAt(text: string, i: number, value: number): UnitMatch | null {
  if (text.charCodeAt(i) === 0x25) return { kind: 'percent', unit: '%', end: i + 1 };
  const d = DURATION_WORDS.at(text, i);
  if (d) {
    const base = DURATION_BASE.get(d.phrase.toLowerCase()) ?? d.phrase;
    return { kind: 'duration', unit: durationUnit(base, value), end: d.end, base };
  }
  const p = PERCENT_WORDS.at(text, i);
  if (p) return { kind: 'percent', unit: p.phrase.startsWith('percentage') ? 'percentage points' : '%', end: p.end };
  const m = MASS_WORDS.at(text, i);
  if (m) return { kind: 'mass', unit: MASS_UNITS.get(m.phrase) ?? m.phrase, end: m.end };
  const x = MEASURE_WORDS.at(text, i);
  if (x) return { kind: 'count', unit: x.phrase, end: x.end };
  return null;
}

const WORD = /[\p{L}][\p{L}'’-]*/yu;

function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

const isCapitalised = (w: string): boolean => w.charAt(0) !== w.charAt(0).toLowerCase();

/**
 * The counted noun after a number: up to two modifiers are passed over ("700 social housing
 * units" → "housing units", "11 further documents" → "documents"), and the phrase ends at its
 * first plural noun or after two nouns. Words that cannot be nouns here (function words,
 * adverbs, past participles, names) end it; with no noun there is no count ("29 survived").
 */
export function countNounAt(text: string, i: number, value: number): UnitMatch | null {
  let p = i;
  let skipped = 0;
  const nouns: string[] = [];
  let end = i;
  let firstEnd = i;
  while (nouns.length < 2) {
    p = skipSpaces(text, p);
    if (nouns.length === 0 && skipped > 0) {
      const t = tableUnitAt(text, p, value);
      if (t) return t;
    }
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[0];
    const lw = w.toLowerCase();
    const cap = isCapitalised(w);
    const participle = lw.endsWith('ed') && !IRREGULAR_PLURALS.has(lw);
    if (nouns.length === 0 && skipped < 2 && (COUNT_MODIFIERS.has(lw) || cap || participle)) {
      skipped++;
      p += w.length;
      continue;
    }
    if (cap || participle || NOUN_STOPWORDS.has(lw) || lw.endsWith('ly') || DURATION_BASE.has(lw)) break;
    nouns.push(lw);
    p += w.length;
    end = p;
    if (nouns.length === 1) firstEnd = p;
    if (isPlural(lw)) return { kind: 'count', unit: nouns.join(' '), end };
  }
  // Without a plural noun only a count of one reads right ("1 agreement"); "5 trade" is not a count.
  if (nouns.length > 0 && value === 1) return { kind: 'count', unit: nouns[0], end: firstEnd };
  return null;
}

const PER = /(?:a|an|per|each|every)\s+(day|week|month|year|annum)(?![\p{L}])/iyu;
const PER_ADVERB = /(annually|daily|weekly|monthly|yearly)(?![\p{L}])/iyu;

/** "a week", "per year", "annually" after a unit. */
export function perAt(text: string, i: number): { per: string; end: number } | null {
  const k = skipSpaces(text, i);
  PER.lastIndex = k;
  let m = PER.exec(text);
  if (m) return { per: PER_WORDS.get(m[1].toLowerCase()) ?? m[1], end: k + m[0].length };
  PER_ADVERB.lastIndex = k;
  m = PER_ADVERB.exec(text);
  if (m) return { per: PER_ADVERBS.get(m[1].toLowerCase()) ?? m[1], end: k + m[0].length };
  return null;
}

import numbers from '../../../data/nlp/numbers.json' with { type: 'json' };
import currencies from '../../../data/nlp/currencies.json' with { type: 'json' };
import units from '../../../data/nlp/units.json' with { type: 'json' };
import { phraseMatcher } from '../phrase-matcher.ts';

// The tables are edited by hand; a malformed entry should fail loudly at load, not mis-parse text.
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`data/nlp: ${what}`);
}
for (const [w, v] of Object.entries({ ...numbers.ones, ...numbers.tens, ...numbers.scales, ...numbers.scale_abbreviations.entries })) {
  check(Number.isFinite(v) && v > 0, `numbers.json: "${w}" must map to a positive number`);
}
for (const code of [...currencies.codes, ...Object.values(currencies.prefixes), ...Object.values(currencies.names)]) {
  check(/^[A-Z]{3}$/.test(code), `currencies.json: "${code}" is not an ISO 4217 code`);
}
for (const w of currencies.weak_names.entries) check(w in currencies.names, `currencies.json: weak name "${w}" is not in names`);
for (const [base, forms] of Object.entries(units.durations)) {
  check(forms.length === 2, `units.json: duration "${base}" needs [singular, plural]`);
}

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));

export const ONES: ReadonlyMap<string, number> = new Map(Object.entries(numbers.ones));
export const TENS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.tens));
export const NUMBER_WORDS = [...ONES.keys(), ...TENS.keys()];

export const SCALE_WORDS = phraseMatcher(Object.keys(numbers.scales), { ignoreCase: true });
export const SCALE_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(numbers.scales));
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.scale_abbreviations.entries));

export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(currencies.prefixes),
  ...currencies.codes.map((c): [string, string] => [c, c]),
]);
export const CURRENCY_NAMES = phraseMatcher([...Object.keys(currencies.names), ...currencies.codes]);
export const CURRENCY_NAME_CODES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(currencies.names),
  ...currencies.codes.map((c): [string, string] => [c, c]),
]);
export const WEAK_CURRENCY_NAMES: ReadonlySet<string> = new Set(currencies.weak_names.entries);

const durationForms = new Map<string, string>();
export const DURATION_PLURAL = new Map<string, string>();
for (const [base, [singular, plural]] of Object.entries(units.durations)) {
  durationForms.set(singular, base);
  durationForms.set(plural, base);
  DURATION_PLURAL.set(base, plural);
}
export const DURATION_WORDS = phraseMatcher(durationForms.keys(), { ignoreCase: true });
export const DURATION_BASE: ReadonlyMap<string, string> = durationForms;

export const MASS_WORDS = phraseMatcher(Object.keys(units.masses));
export const MASS_UNITS: ReadonlyMap<string, string> = new Map(Object.entries(units.masses));
export const PERCENT_WORDS = phraseMatcher(units.percent.filter((p) => p !== '%'), { ignoreCase: true });
export const MEASURE_WORDS = phraseMatcher(units.measures.entries);

export const PER_WORDS: ReadonlyMap<string, string> = new Map(Object.entries(units.per));
export const PER_ADVERBS: ReadonlyMap<string, string> = new Map(Object.entries(units.per_adverbs));

export const COUNT_MODIFIERS = lower(units.count_modifiers.entries);
export const NOUN_STOPWORDS = lower(units.noun_stopwords);
export const IRREGULAR_PLURALS = lower(units.irregular_plurals);
export const IDENTIFIER_LABELS = lower(units.identifier_labels.entries);
export const VAGUE_BEFORE = lower(units.vague_before);
export const REFERENCE_BEFORE = lower(units.reference_before);
export const ARTICLE_DURATION_AFTER = lower(units.article_duration_after);
export const DEADLINE_BEFORE = units.deadline_before.map((p) => p.toLowerCase());

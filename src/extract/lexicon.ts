import { readFileSync } from 'node:fs';
import { UserError } from '../model/errors.ts';
import { OUTCOME_KINDS, type OutcomeKind, type EngagementKind, ENGAGEMENT_KINDS } from '../model/engagement.ts';
import { isTopic, type Topic } from '../model/topics.ts';
import { byFirstLetter, captures, patternOf, type Alternation } from '../nlp/alternation.ts';

// The extractor's vocabularies live in data/extract/*.json so they can be reviewed and versioned
// apart from the code; this module loads them once and compiles them, failing loudly on a bad entry.

function load(name: string): any {
  const url = new URL(`../../data/extract/${name}.json`, import.meta.url);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (err) {
    throw new UserError('lexicon', `data/extract/${name}.json could not be read: ${(err as Error).message}`,
      'reinstall Readout or restore the file from the repository');
  }
}

// A control character in a pattern is a JSON escape meant for the regex: "\b" in JSON is a backspace.
const CONTROL_CHAR = /[\u0000-\u001f]/;

export function compile(source: string, flags: string, where: string): RegExp {
  const control = CONTROL_CHAR.exec(source);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new UserError('lexicon', `${where}: the pattern holds the control character U+${code} after "${source.slice(Math.max(0, control.index - 20), control.index)}"`,
      'in JSON write a regex escape with two backslashes ("\\\\b" for a word boundary); "\\b" is a backspace');
  }
  // V8 is very slow at case-insensitive matching in Unicode mode; use it only where a pattern needs \p{...}.
  if (flags.includes('i') && !/\\[pP]\{|\\u\{/.test(source)) flags = flags.replace('u', '');
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new UserError('lexicon', `${where}: invalid regular expression: ${(err as Error).message}`, 'fix the pattern');
  }
}

/** Several patterns in one regex, and how to tell which of them matched. */
export interface Combined { re: RegExp; alternation: Alternation | null; groups: number[]; fold: boolean }

// Numbered groups rather than named ones: V8 builds a fresh `groups` object on every match, which cost
// more than the matching itself on these long alternations. Grouped by first letter where the
// patterns allow it (src/nlp/alternation.ts), which makes the topic cues about four times faster.
function combine(patterns: string[], flags: string, where: string): Combined {
  const plain = compile(patterns.map((p) => `(${p})`).join('|'), flags, where);
  const alternation = byFirstLetter(patterns, plain.flags);
  const groups: number[] = [];
  // The plain alternation's group numbers are needed only when it is the regex used.
  if (!alternation) {
    let g = 1;
    for (const p of patterns) {
      groups.push(g);
      g += 1 + captures(p, plain.flags);
    }
  }
  return { re: alternation?.re ?? plain, alternation, groups, fold: plain.flags.includes('i') };
}

/** Which of a combined regex's patterns produced the match `m` in `s`. */
export function whichPattern(m: RegExpExecArray, c: Combined, s: string): number {
  if (c.alternation) return patternOf(m, s, c.alternation, c.fold);
  for (let k = 0; k < c.groups.length; k++) if (m[c.groups[k]] !== undefined) return k;
  return -1;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;

export interface TriggerRule { id: string; kind: EngagementKind | null; form: 'verb' | 'fronted' | 'noun'; re: RegExp; nextName: boolean }
export interface OutcomeCue {
  kind: OutcomeKind;
  re: RegExp;
  exclude: RegExp | null;
  /** Counts only when both sides are its subject ("the two leaders stressed that ..."); one side's words are no outcome. */
  jointOnly: boolean;
}

export interface Lexicon {
  roleHeads: string[];
  /** Short titles for one country's officeholder ("EAM"): the full title and the country. */
  roleAbbreviations: Map<string, [string, string | null]>;
  roleHeadSet: Set<string>;
  roleModifiers: string[];
  leaderRoles: Set<string>;
  nonParticipantRoles: Set<string>;
  honorifics: Set<string>;
  /** Titles of rank that name no office ("Prince", "Sheikh"), lower case: the officials list's office outranks them. */
  courtesyTitles: Set<string>;
  /** Last words of an institution's name ("Assembly", "Duma"): a name may follow them directly. */
  institutionHeads: Set<string>;
  particles: Set<string>;
  /** A role phrase in title case: modifiers then a head, chained with "and". */
  roleRe: RegExp;
  /** The same, case-insensitive, anchored: for "X, the Kazakh prime minister". */
  roleCiStartRe: RegExp;
  /** A title written in lower case right before a capitalised word: 'president' in "Mexico's president Claudia Sheinbaum". */
  lowercaseTitleRe: RegExp;
  /** Words one of which every lower-case title holds: a sentence with none of them needs no search. */
  lowercaseTitleWords: string[];
  triggers: TriggerRule[];
  /** All trigger rules in one alternation: one pass per sentence. */
  triggerRe: Combined;
  /** The index of the 'talks-noun' trigger, which code falls back to for talks that are named, not held. */
  talksNoun: number;
  /** The rule of "met" / "meeting", which a named meeting falls back to. */
  metRule: number;
  talksWith: number;
  futureBefore: RegExp;
  infinitiveBefore: RegExp;
  recallBefore: RegExp;
  recallAfter: RegExp;
  /** "Talks between the two presidents are planned": a meeting named, then put in the future. */
  futureAfter: RegExp;
  recallWeakBefore: RegExp;
  visitExplicit: RegExp;
  visitGeneric: RegExp;
  visitNotBilateral: RegExp;
  negationBefore: RegExp;
  outcomeCues: OutcomeCue[];
  /** All outcome cues in one alternation. */
  outcomeRe: Combined;
  pluralSubject: RegExp;
  /** Every topic's cues in one alternation per case rule (any case; case kept), with the topic of each pattern. */
  topicRe: { combined: Combined; topics: Topic[] }[];
}

/**
 * Right before a person who sent what is carried, not one who is there: "a written message from King
 * Salman", "the good wishes of Prime Minister Narendra Modi". Read by the pronoun resolver and by the parties.
 */
export const CARRIED_FROM_BEFORE = /\b(?:message|letter|greetings|invitation|regards|wishes|congratulations|condolences|felicitations)\s+(?:[\w-]+\s+){0,2}?(?:from|of)\s+(?:[^.;]{1,80}?\s+and\s+(?:of\s+|from\s+)?)?(?:the\s+)?(?:Custodian of the Two Holy Mosques\s+|(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness)\s+(?:the\s+)?)?$/i;

// Family, named by its tie to the subject: "his elder brother Nawaz Sharif", "her late father".
const RELATIVE = '(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|niece|uncle|aunt)';
/** Right after "met": "met his elder brother Nawaz Sharif" is family, no counterpart. Read by the triggers. */
export const KIN_NEXT = new RegExp(String.raw`^\s+(?:with\s+)?(?:his|her|their)\s+(?:(?:elder|older|younger|eldest|youngest)\s+)?${RELATIVE}\b`, 'i');
const KIN_BEFORE = new RegExp(String.raw`\b(?:his|her|their)\s+(?:(?:elder|older|younger|late|eldest|youngest)\s+)?${RELATIVE}\s*,?\s*$`, 'i');

/**
 * Whether the one first named at `start` is named as the subject's family ("Shehbaz met his elder
 * brother Nawaz Sharif"): of the subject's own country, never a host. Read by host inference and by
 * the participants' sides.
 */
export function introducedAsKin(text: string, start: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Right after one who is mourned, not present: "condolences to Sheikh Nawaf's family". Read by the parties and by host inference. */
export const MOURNED_AFTER = /^['’]s\s+(?:family|families|relatives|memory|death|passing|funeral|loved ones)\b/;

/** The largest source a combined cue regex may have before V8 scans it several times slower (see triggerRe). */
export const MAX_COMBINED_SOURCE = 20_000;

let cached: Lexicon | null = null;

/** Whether a title is a head of state's or government's ("President", "Prime Minister", "Emir"). */
export function isLeaderRole(role: string | null | undefined): boolean {
  return !!role && lexicon().leaderRoles.has(role.toLowerCase());
}

/** Whether a title marks someone who speaks for a side without being one of its parties (a spokesman, an aide). */
export function isNonParticipantRole(role: string | null | undefined): boolean {
  return !!role && lexicon().nonParticipantRoles.has(role.split(' ').pop()!.toLowerCase());
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const roles = load('roles');
  const trig = load('triggers');
  const outc = load('outcomes');
  const top = load('topics');

  const abbreviations = new Map(Object.entries((roles.abbreviations ?? {}) as Record<string, [string, string | null]>));
  const heads: string[] = [...roles.heads, ...abbreviations.keys()].sort(byLength);
  const mods: string[] = [...roles.modifiers].sort(byLength);
  const head = `(?:${heads.map(escape).join('|')})`;
  const mod = `(?:${mods.map(escape).join('|')})`;
  const unit = `(?:${mod}\\s+){0,4}${head}s?(?![\\p{L}\\-])`;
  const roleRe = compile(`(?<![\\p{L}])${unit}(?:\\s+and\\s+${unit})*`, 'gu', 'roles.json');
  const lowercaseTitles = [...((roles.lowercaseTitles ?? []) as string[])].sort(byLength);
  if (lowercaseTitles.some((t) => t !== t.toLowerCase())) throw new UserError('lexicon', 'roles.json lowercaseTitles: every title must be written in lower case', 'write them as they appear in running text, e.g. "foreign minister"');
  // The longest word of each title, less any that holds a shorter one ("president-elect" holds "president").
  const longest = [...new Set(lowercaseTitles.map((t) => t.split(' ').sort(byLength)[0]))];
  const lowercaseTitleWords = longest.filter((w) => !longest.some((o) => o !== w && w.includes(o)));
  // "Brazil's president-elect, Luiz Inácio Lula da Silva": after a possessive, the name may follow a comma;
  // elsewhere a comma ends the phrase ("Receiving the Chinese ambassador, Tokayev said").
  const lowerAlt = lowercaseTitles.map(escape).join('|');
  // "Russia's ambassador to Kabul, Dmitry Zhirnov": an envoy's post, then the name after a comma.
  const envoyTo = String.raw`(?<=['’]s\s)(?:ambassador|envoy|high commissioner)(?=\s+to\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3},\s+\p{Lu})`;
  // Not "the UN envoy Resolution 2254": a word before a number names a document, not a person.
  const lowercaseTitleRe = compile(`(?<![\\p{L}\\-])(?:${lowerAlt})(?=\\s+\\p{Lu}(?![\\p{L}\\-]*\\s+\\d))|(?<=['’]s\\s)(?:${lowerAlt})(?=,\\s+\\p{Lu})|${envoyTo}`, 'gu', 'roles.json lowercaseTitles');
  // Latin letters suffice for the boundary, and without \p{...} the case-insensitive match stays fast.
  const roleCiStartRe = compile(`^(?:${mod}\\s+){0,3}${head}(?![A-Za-z\\u00C0-\\u024F])`, 'i', 'roles.json');

  const triggers: TriggerRule[] = trig.triggers.map((t: any, i: number) => {
    if (!t.id || !t.pattern) throw new UserError('lexicon', `triggers.json entry ${i}: needs "id" and "pattern"`, null);
    if (t.kind !== null && !(ENGAGEMENT_KINDS as readonly string[]).includes(t.kind))
      throw new UserError('lexicon', `triggers.json entry ${t.id}: unknown kind '${t.kind}'`, `use one of ${ENGAGEMENT_KINDS.join(', ')} or null`);
    if (!['verb', 'fronted', 'noun'].includes(t.form))
      throw new UserError('lexicon', `triggers.json entry ${t.id}: unknown form '${t.form}'`, 'use verb, fronted or noun');
    return { id: t.id, kind: t.kind, form: t.form, re: compile(t.pattern, 'giu', `triggers.json ${t.id}`), nextName: t.next === 'name' };
  });

  const outcomeCues: OutcomeCue[] = outc.cues.map((c: any, i: number) => {
    if (!(OUTCOME_KINDS as readonly string[]).includes(c.kind))
      throw new UserError('lexicon', `outcomes.json cue ${i}: unknown kind '${c.kind}'`, `use one of ${OUTCOME_KINDS.join(', ')}`);
    if (c.jointOnly !== undefined && typeof c.jointOnly !== 'boolean')
      throw new UserError('lexicon', `outcomes.json cue ${i}: 'jointOnly' must be true or false`, 'remove it or write true or false');
    return { kind: c.kind, re: compile(c.pattern, 'giu', `outcomes.json cue ${i}`), exclude: c.exclude ? compile(c.exclude, 'giu', `outcomes.json cue ${i} exclude`) : null, jointOnly: c.jointOnly === true };
  });

  // A combined regex must stay small: V8 stops optimising a regex whose source passes 20 KB. Padding
  // the trigger regex to a given length and scanning 4 MB of the bench corpus (Node 20, 2026-11-30):
  // 58-61 ms at 18,002-20,402 characters, 183-243 ms at 20,482 and beyond. So long look-behinds
  // repeated under several first letters are written as code checks in triggers.ts instead, and a
  // test holds every combined regex under MAX_COMBINED_SOURCE.
  const triggerRe = combine(trig.triggers.map((t: any) => t.pattern), 'giu', 'triggers.json (combined)');
  const outcomeRe = combine(outc.cues.map((c: any) => c.pattern), 'giu', 'outcomes.json (combined)');
  const groupsI: Topic[] = [];
  const groupsC: Topic[] = [];
  const partsI: string[] = [];
  const partsC: string[] = [];
  for (const [name, cues] of Object.entries(top.topics as Record<string, string[]>)) {
    if (!isTopic(name)) throw new UserError('lexicon', `topics.json: '${name}' is not one of the 20 topics`, 'see src/model/topics.ts');
    // Each topic's cues must compile on their own, so a bad one is reported by its topic.
    compile(cues.join('|'), 'i', `topics.json ${name}`);
    // Acronym cues (IT, AI, WHO, SCO, RuPay) and proper names (Gaza, Ukraine, Middle East) keep their
    // case; everything else matches any case, and found capitalised inside a sentence is part of a name.
    const cased = cues.filter((c) => /[A-Z]{2,}|[a-z][A-Z]|^[A-Z]/.test(c.replace(/\\[a-zA-Z]/g, '')));
    const plain = cues.filter((c) => !cased.includes(c));
    if (plain.length) { partsI.push(plain.join('|')); groupsI.push(name as Topic); }
    if (cased.length) { partsC.push(cased.join('|')); groupsC.push(name as Topic); }
  }
  const topicRe = [
    { combined: combine(partsI, 'giu', 'topics.json (combined)'), topics: groupsI },
    { combined: combine(partsC, 'gu', 'topics.json (combined, cased)'), topics: groupsC },
  ];
  cached = {
    triggerRe,
    talksNoun: Math.max(0, trig.triggers.findIndex((t: any) => t.id === 'talks-noun')),
    metRule: Math.max(0, trig.triggers.findIndex((t: any) => t.id === 'met')),
    talksWith: Math.max(0, trig.triggers.findIndex((t: any) => t.id === 'talks-with')),
    outcomeRe,
    topicRe,
    roleHeads: heads,
    roleHeadSet: new Set(heads.map((h) => h.toLowerCase())),
    roleModifiers: mods,
    roleAbbreviations: abbreviations,
    leaderRoles: new Set((roles.leaders as string[]).map((s) => s.toLowerCase())),
    nonParticipantRoles: new Set((roles.nonParticipants as string[]).map((s) => s.toLowerCase())),
    honorifics: new Set(roles.honorifics as string[]),
    courtesyTitles: new Set((roles.courtesyTitles as string[]).map((s) => s.toLowerCase())),
    institutionHeads: new Set(roles.institutionHeads as string[]),
    particles: new Set(roles.nameParticles as string[]),
    roleRe,
    roleCiStartRe,
    lowercaseTitleRe,
    lowercaseTitleWords,
    triggers,
    futureBefore: compile(trig.futureBefore, 'u', 'triggers.json futureBefore'),
    infinitiveBefore: compile(trig.infinitiveBefore, 'u', 'triggers.json infinitiveBefore'),
    recallBefore: compile(trig.recallBefore, 'iu', 'triggers.json recallBefore'),
    recallAfter: compile(trig.recallAfter, 'iu', 'triggers.json recallAfter'),
    futureAfter: compile(trig.futureAfter, 'u', 'triggers.json futureAfter'),
    recallWeakBefore: compile(trig.recallWeakBefore, 'iu', 'triggers.json recallWeakBefore'),
    visitExplicit: compile(trig.visitCues.explicit, 'iu', 'triggers.json visitCues.explicit'),
    visitGeneric: compile(trig.visitCues.generic, 'iu', 'triggers.json visitCues.generic'),
    visitNotBilateral: compile(trig.visitCues.notBilateral, 'iu', 'triggers.json visitCues.notBilateral'),
    negationBefore: compile(trig.negationBefore, 'iu', 'triggers.json negationBefore'),
    outcomeCues,
    pluralSubject: compile(outc.pluralSubject, 'iu', 'outcomes.json pluralSubject'),
  };
  return cached;
}

// "Today, 5 October, the Founder of Peace and National Unity – Leader of the Nation ...": a day opens the
// lead, no city; its dash joins two titles. Put before a dateline pattern's place.
export const NOT_A_DATELINE_PLACE = String.raw`(?!(?:Today|Yesterday|Tomorrow|On|In|At|During|This|Last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`;

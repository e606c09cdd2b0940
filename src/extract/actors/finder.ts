import { firstAtLeast } from '../../nlp/search.ts';
import { subdivisionAt, subdivisionEndingAt } from './subdivisions.ts';
import { makeSpan } from '../../model/span.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import type { PlaceMention } from '../gazetteer/index.ts';
import { iso3FromName, orgSpeakingAs } from '../gazetteer/index.ts';
import { CARRIED_FROM_BEFORE, isLeaderRole, lexicon, NOT_A_DATELINE_PLACE } from '../lexicon.ts';
import { dictionaryLookup, dictionaryOffice, dictionaryToken, type DictionarySources } from './dictionary-memo.ts';
import { builtinOfficials } from './dictionary/index.ts';
import { foldToken, givenBeforeLineage, identifyingTokens, isNameWord, nameRunAt, nameRuns, type NameRun, type RangeTest } from './names.ts';
import { bareOfficeOrg } from './org-offices.ts';
import { PersonRegistry } from './registry.ts';
import { nextTitle, type TitleMatch } from './titles.ts';
import type { ActorMention, Person } from './types.ts';

export interface ActorReading {
  registry: PersonRegistry;
  /** Per sentence, the actor mentions in text order (absolute offsets). */
  mentions: ActorMention[][];
}

// Regexes with \p{...} are module constants: the transpiler (esbuild under tsx) rewrites such a literal
// into `new RegExp(...)`, which inside a function would build a fresh regex on every call.
const BUILDING_NEXT = /^\s+(?:House|Tower|Mansion|Lodge|Hotel|Street|Avenue)\b/;
const VENUE_FIRST = /^(?:Hotel|Palace|Hall|Cent(?:re|er)|Resort|Museum|Square|Stadium|Airport|Tower|House|Mansion|Residence|Park|Arena|Pavilion)\b/;
const APPOSED_NAME_NEXT = /^,\s+\p{Lu}/u;
const OF_NEXT = /^ of /;
const NEXT_WORD = /^ (\S+)/;
const CAPITALISED_RE = /^\p{Lu}[\p{L}’'\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}’'\-]*)*(?:\s*\([^()]{1,60}\))?/u;
// Minor words stay lower case: "Ambassador Extraordinary and Plenipotentiary", "Minister of Foreign Affairs".
const LOWER_INITIAL_RE = /\b(?!(?:and|of|the|for)\b)\p{Ll}/gu;
const LOCATIVE_BEFORE = /\b(?:in|at|to|from|of|near|via)\s+$/i;
const TITLE_WORD_AT = /^(\p{Lu}[\p{L}-]*)\s+\p{Lu}/u;
const isTitleWord = (w: string): boolean => lexicon().roleModifiers.includes(w) || lexicon().roleHeadSet.has(w.toLowerCase());
const ORG_ORGAN_AFTER = /^\s+(?:Commission|Secretariat|Council)\b/;
const CAPITAL_NEXT = /^\s\p{Lu}/u;
const COUNTERPART_OF_RE = /^\s+of\s+(?:the\s+)?/;
// " and conveyed to ", " and invited ": a second verb of the same subject, whose object "him" is.
const OBJECT_THEN_HIM = /^,?\s+and\s+(?:also\s+)?[a-z]+(?:ed|ave|ook|old|ent)\s+(?:to\s+)?$/;
const STYLED_OPENING = /^(?:[^,]{0,40},\s*)?(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency)\s+(?:also\s+|later\s+|then\s+)?[a-z]/;
const HOST_RE = /\b(?:his|her|their)\s+(\p{Lu}[\p{L}\-]+)\s+hosts?\b/gu;
const COUNTERPART_RE = /\b(?:his|her|their|its)\s+(?:(\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)\s+)?counterparts?\b/gu;
// Titles below a leader's: "the Chinese vice premier" is the vice premier named before, never the leader.
const DEPUTY_HEAD_OF_GOVERNMENT = /\b(?:Vice|Deputy)[\s-]+(?:Premier|Prime Minister)\b/i;
const DEPUTY_SIDE_WORDS: [string, RegExp][] = [
  ['vice premier', DEPUTY_HEAD_OF_GOVERNMENT], ['deputy premier', DEPUTY_HEAD_OF_GOVERNMENT],
  ['deputy prime minister', DEPUTY_HEAD_OF_GOVERNMENT], ['vice president', /\bVice[\s-]+President\b/i],
  ['defence minister', /\bDefen[cs]e\b/i], ['defense minister', /\bDefen[cs]e\b/i], ['deputy foreign minister', /\b(?:Deputy|Vice)[\s-]+(?:Foreign\s+)?Minister\b/i],
  ['crown prince', /\bCrown Prince\b/i], ['secretary of state', /\bSecretary of State\b/i],
];
const DEPUTY_ROLE = new Map(DEPUTY_SIDE_WORDS);
const SIDE_WORDS = [...DEPUTY_SIDE_WORDS.map(([w]) => w), 'leader', 'president', 'prime minister', 'premier', 'head of state', 'head of government', 'chancellor', 'foreign minister', 'minister', 'side', 'delegation', 'government', 'authorities', 'diplomat', 'ambassador', 'envoy', 'guest', 'host', 'monarch', 'king', 'emir'];
// Case-sensitive on purpose: the demonym must be capitalised, the role word either way.
const SIDE_RE = new RegExp(String.raw`\b[Tt]he\s+(\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+)?)\s+(${SIDE_WORDS.map((w) => `${w}|${w.replace(/\b\w/g, (c) => c.toUpperCase())}`).join('|')})\b`, 'gu');
const OF_THE_REPUBLIC = /\s+of\s+the\s+Republic$/i;
// A sovereign's titles, read whole ("Sultan" as a role), before a name ("Sultan Ibrahim") and inside a role.
const SOVEREIGNS = 'King|Queen|Sultan|Emir|Amir|Emperor';
const SOVEREIGN_TITLE = new RegExp(`^(?:${SOVEREIGNS})$`);
const SOVEREIGN_BEFORE = new RegExp(String.raw`\b(${SOVEREIGNS})\s+$`);
const BOTH_BEFORE = /\b(?:the two|both|all three|the three|all four|the four)\s+$/i;
// "the five leaders spoke together by phone", "After their talks with Saied, ...": those who held them, named before.
const PLURAL_RE = /\b(?:all five|the five)\s+(?:leaders|presidents|prime ministers|heads of state)\b|\b(?:the two|both|all three|the three|all four|the four)\s+(?:leaders|presidents|ministers|foreign ministers|prime ministers|sides|countries|heads of state|delegations|men|parties|governments|neighbou?rs|nations|states|officials|diplomats|counterparts|visitors|guests)\b|\bthe (?:leaders|sides|parties|interlocutors|delegations|presidents|ministers)\b|\b(?:they|both)\b|\bthe two(?=\s+(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|held|met|spoke|sat|took|began|made|went|were|are|would|will|could|can)\b)|\btheir(?=\s+(?:[\w-]+\s+)?(?:talks|meeting|discussions)\s+with\b)/gi;
const HEAD_OF_RE = /\bthe (?:head|leader)(?: of state)? of (?:the )?/gi;
// "..., when the Leader received him": the person last named, by his title, is the one receiving.
const TITLE_SUBJECT_GAP = /^[,\s]*(?:(?:when|where|as|after|before|while|and)\s+)?the\s+(\p{Lu}[\p{L}-]+)\s+(?:[a-z]+\s+){1,2}$/u;
const PRONOUN_RE = /\b(?:he|she|him|his|her)\b(?! (?:Royal |Highness|Majesty|Excellency))/gi;
const STYLE_RE = /\b(?:(?:His|Her) (?:Royal )?(?:Highness|Majesty)|HH|H\.H\.)(?![\p{L}.])/gu;
function styleKey(style: string): string {
  return /Majesty/.test(style) ? 'majesty' : 'highness';
}
const OUR_LEADER_RE = /\b(?:(?:the\s+)?(?:head|leader)\s+of\s+our\s+(?:state|country|nation|republic)|our\s+(?:president|head\s+of\s+state|leader))\b/giu;
const DIPLOMAT_ROLE = /Ambassador|Envoy|Charg|Consul|Representative|Diplomat/i;
const MINISTER_ROLE = /Minister|Secretary/i;
const SUBJECT_GAP = /^\s+(?:(?!and\b)[a-z]+\s+){1,3}$/;
// "the diplomat", "the Distinguished Guest", "the minister" standing alone (not "the minister of ...", not a name after).
const BARE_PERSON = /\b[Tt]he\s+(?:(?:(?:[Dd]istinguished|[Hh]onou?red|[Hh]igh-ranking|[Hh]igh|[Aa]ugust|[Ee]steemed)\s+)?[Gg]uest\b(?!\s+(?:of|list|house|book)\b)|(?:visiting\s+)?minister\b(?!\s+(?:of|for)\b|['’])|(?:visiting\s+)?(?:diplomat|envoy|ambassador)\b(?!\s+(?:of|to|for|at|in)\b|\s+\p{Lu}|['’]))/gu;
const HE_STYLE_NEXT = /^\s+(?:the\s|\p{Lu})/u;
const BARE_DELEGATION = /\b[Tt]he (?:visiting )?delegation\b(?!\s+(?:of|from|led|headed|to|which|that|included|includes)\b)/g;
const BARE_LEADER = /\b(?:[Tt]he (prime minister|president|chancellor)\b(?!\s+(?:of|and|for)\b|['’]|-|\s+\p{Lu})|the (emir|amir|king|crown prince|sultan)\b(?!\s+(?:of\b|\p{Lu})))/gu;
const BARE_SOVEREIGN_WORD = /\bthe (?:emir|amir|king|crown prince|sultan)\b/;
const PONTIFF = /\b[Tt]he\s+(?:[Pp]ontiff|Holy\s+Father|Supreme\s+Pontiff)\b/g;
const PONTIFF_CUE = /ontiff|Holy Father/;
const BARE_CUE = /\b[Tt]he (?:visiting )?(?:diplomat|envoy|ambassador|minister)\b|uest\b/;
const NAMED_OFFICE_WORDS = new Set(['president', 'prime minister', 'premier', 'chancellor', 'king', 'emir']);
const PERSON_ROLE_WORDS = new Set(['leader', 'president', 'prime minister', 'premier', 'head of state', 'head of government', 'chancellor', 'foreign minister', 'minister', 'diplomat', 'ambassador', 'envoy', 'guest', 'host', 'monarch', 'king', 'emir']);

// Words of a minister's portfolio: "Minister of Health", "of Foreign Affairs", "Secretary of State".
// Portfolios named with "the": "Minister of the Interior", "Secretary of the Treasury".
const THE_PORTFOLIO = new Set(['Interior', 'Treasury', 'Environment', 'Economy', 'Exchequer']);
const PORTFOLIO = new Set(['Foreign', 'Intelligence', 'Homeland', 'Affairs', 'Health', 'Defence', 'Defense', 'State', 'Trade', 'Economy', 'Economic', 'Finance',
  'Energy', 'Interior', 'Internal', 'Justice', 'Agriculture', 'Transport', 'Education', 'Culture', 'Tourism', 'Industry', 'Digital',
  'Development', 'Labour', 'Labor', 'Social', 'Protection', 'Environment', 'Ecology', 'Natural', 'Resources', 'Climate', 'Water',
  'Investment', 'Investments', 'Commerce', 'Integration', 'European', 'International', 'Cooperation', 'Science', 'Higher', 'Youth', 'Sports',
  'Sport', 'Information', 'Communications', 'Emergency', 'Emergencies', 'Situations', 'National', 'Security', 'Planning', 'Public',
  'Works', 'Infrastructure', 'Mining', 'Petroleum', 'Oil', 'Gas', 'Fisheries', 'Innovation', 'Technology', 'Technologies', 'Urban',
  'Housing', 'Family', 'Women', 'Relations', 'External', 'Home', 'Treasury', 'Budget', 'Fiscal', 'Regional', 'Territorial', 'Religious',
  'Digitalization', 'Food', 'Rural', 'Water', 'Healthcare', 'Population', 'Migration', 'Railways', 'Aviation', 'Communication',
  'Policy', 'Policies', 'Commonwealth', 'Neighbourhood', 'Neighborhood', 'Enlargement', 'Crisis', 'Management', 'Equality', 'Partnerships',
  // "President of the Council of Ministers", "Chamber of Deputies", "House of Representatives".
  'Ministers', 'Deputies', 'Representatives', 'Commons', 'Lords', 'Competition', 'Land', 'Reform', 'Enterprise', 'Employment',
  'Welfare', 'Arts', 'Heritage', 'Entrepreneurship', 'Logistics', 'Connectivity', 'Tourism', 'Environmental', 'Affair',
  // "Minister for Europe and Foreign Affairs" (France), "Minister for Foreign Trade and Francophonie".
  'Europe', 'Overseas', 'Francophonie',
  // "Assistant Secretary of State for African Affairs", "Minister of Foreign Affairs and International Cooperation".
  'African', 'Asian', 'Eurasian', 'Near', 'Eastern', 'Western', 'Hemisphere', 'Pacific', 'Political', 'Consular', 'Multilateral',
  'Global', 'Arab', 'Gulf', 'Americas', 'Diaspora', 'Expatriates', 'Abroad', 'Community', 'Nationals',
  'Electricity', 'Power', 'Mines', 'Minerals', 'Hydrocarbons', 'Telecommunications', 'Maritime', 'Marine', 'Humanitarian', 'Solidarity',
  // "Chancellor of the Exchequer", "Secretary of State for Business and Trade" (the UK).
  'Exchequer', 'Business',
  // "Minister of Commerce and Industry, Consumer Affairs, Food and Public Distribution and Textiles" (India).
  'Consumer', 'Distribution', 'Textiles', 'Research',
  // "Minister of Human Resources and Social Development", "Secretary of Health and Human Services", "Migrant Workers".
  'Human', 'Rights', 'Services', 'Wellness', 'Migrant', 'Workers', 'Manpower', 'Skills', 'Vocational', 'Training', 'Disaster', 'Shipping',
  'Ports', 'Highways', 'Roads', 'Livestock', 'Forestry', 'Forests', 'Wildlife', 'Media', 'Broadcasting', 'Sanitation']);
// ", Industry and Competition": the rest of a portfolio listed with commas ("Minister of Trade, Industry and Competition").
const PORTFOLIO_LIST = /^,\s+((?:\p{Lu}[\p{L}\-]*,?\s+)*?and\s+\p{Lu}[\p{L}\-]*)/u;

interface Claimed { start: number; end: number }

function overlaps(list: Claimed[], s: number, e: number): boolean {
  for (const c of list) if (s < c.end && e > c.start) return true;
  return false;
}

// No gazetteer name is this long, so a place overlapping [s, e) starts after s minus this.
const LONGEST_PLACE = 256;

const OBJECT_HER_AFTER = /^(?:\s*[,.;:!?)]|\s*$|\s+(?:at|in|on|to|for|with|and|that|as|during|before|after|about|into|from|by)\b)/;
const GENDER_OF = new Map<string, 'm' | 'f'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);

/**
 * The nearest person before `ps` (this sentence, then the three before) the story has already called
 * by a pronoun of gender `g`. Only such a one: a first pronoun may itself have been resolved wrongly.
 */
function otherOfGender(out: ActorMention[], all: ActorMention[][], ps: number, not: string, g: 'm' | 'f', genders: Map<string, 'm' | 'f'>): string | null {
  const lists = [out.filter((x) => x.start < ps), ...all.slice(-3).reverse()];
  for (const list of lists) {
    for (let k = list.length - 1; k >= 0; k--) {
      const x = list[k];
      if ((x.kind === 'person' || x.kind === 'pronoun') && x.personId && x.personId !== not && genders.get(x.personId) === g) return x.personId;
    }
  }
  return null;
}

function mostTold(pool: Person[]): Person | null {
  let best: Person | null = null;
  let second = 0;
  for (const p of pool) {
    if (!best || p.mentions.length > best.mentions.length) { second = best?.mentions.length ?? 0; best = p; }
    else if (p.mentions.length > second) second = p.mentions.length;
  }
  return best && best.mentions.length >= 2 && best.mentions.length >= 2 * second ? best : null;
}

/** `overlaps` for a sentence's places, which come sorted by start: a binary search, then a short walk back. */
function overlapsPlace(places: PlaceMention[], s: number, e: number): boolean {
  const lo = firstAtLeast(places, e, (p) => p.start);
  for (let i = lo - 1; i >= 0 && places[i].start > s - LONGEST_PLACE; i--) if (places[i].end > s) return true;
  return false;
}

function placeAt(places: PlaceMention[], start: number): PlaceMention | undefined {
  return places.find((p) => p.start === start);
}

function placeEndingAt(places: PlaceMention[], end: number): PlaceMention | undefined {
  return places.find((p) => p.end === end);
}

const isCountryKind = (p: PlaceMention) => p.kind === 'country' || p.kind === 'demonym';

/**
 * Orders a sentence's mentions by start, stably (as Array.prototype.sort does): an insertion sort,
 * since a sentence has a handful of mentions, mostly in order already, and sort's setup and
 * comparator calls cost more than the sorting.
 */
function sortByStart(xs: ActorMention[]): void {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    let j = i - 1;
    while (j >= 0 && xs[j].start > x.start) { xs[j + 1] = xs[j]; j--; }
    xs[j + 1] = x;
  }
}

function mention(start: number, end: number, kind: ActorMention['kind'], personId: string | null, iso3: string | null = null,
  org: string | null = null, weak = false, role: string | null = null): ActorMention {
  return { start, end, kind, personId, iso3, org, weak, role };
}

function wordCount(name: string): number {
  return name.split(/\s+/).length;
}

const TWO_NAMES_NEXT = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}and\s+\p{Lu}/u;

function register(text: string, src: DictionarySources, registry: PersonRegistry, name: string, role: string | null, country: string | null,
  org: string | null, start: number, end: number, si: number, counterpart: boolean): Person {
  // The user's dictionary outranks the text; the built-in list only fills what the text leaves open.
  // "Sultan Ibrahim", "King Philippe": a sovereign the list knows by title and one name.
  const dict = dictionaryLookup(src, name) ?? (role && SOVEREIGN_TITLE.test(role) && !name.includes(' ') ? dictionaryLookup(src, `${role} ${name}`) : null);
  let source: Person['source'] = 'text';
  if (dict && dict.source === 'user-dictionary') {
    role = dict.entry.role ?? role; country = dict.entry.country ?? country; org = dict.entry.org ?? org; source = 'user-dictionary';
  } else if (dict) {
    if (!country && !org) { country = dict.entry.country; org = dict.entry.org; source = 'builtin-dictionary'; }
    // "The President of the Republic and current Chairperson of the African Union, Mohamed Ould Ghazouani": a
    // head of state who chairs an organisation for a year still sits for his country.
    else if (!country && org && dict.entry.country && isLeaderRole(dict.entry.role)) { country = dict.entry.country; org = null; source = 'builtin-dictionary'; }
    // "Prince Mohammed bin Salman": a courtesy title the text gives is less than the office the list knows.
    if (!role || (dict.entry.role && lexicon().courtesyTitles.has(role.toLowerCase()))) role = dict.entry.role;
  }
  // "His Royal Highness Prince Khalid bin Salman bin Abdulaziz, Minister of Defense, ...": the office the
  // apposition gives outranks the rank, when the list does not know the person.
  if (role && lexicon().courtesyTitles.has(role.toLowerCase())) {
    const office = apposition(text, end, Math.min(text.length, end + 120), NO_PLACES);
    if (office) role = office.role;
  }
  // "President Zelenskyy" in the headline and "Volodymyr Zelenskyy" in the body: two spellings the list
  // knows as one person, who is then one person here too.
  // Only a respelling (same first name, same number of words): a fuller name is read as before.
  const named = dict && wordCount(dict.entry.name) > wordCount(name) ? dict.entry.name : name;
  // So "Faisal bin Farhan bin Abdullah" after "Prince Faisal bin Farhan": two names the list gives one person.
  const same = dict ? registry.people.find((p) => p.name !== named && dictionaryLookup(src, p.name)?.entry === dict.entry) : undefined;
  const fullName = same ? same.name : named;
  const person = registry.add({ name: fullName, role, country, org, source, counterpart }, makeSpan(text, start, end), si);
  // Its words name the person too: "Sharaa" alone, after "Abu Mohammed al-Jolani ... Ahmed al-Sharaa"; and
  // of two names, the one the list gives is the person's.
  // A respelling ("Zelenskyy", "Zelensky") or a part of the name ("President Zelenskyy") keeps the text's first one.
  if (same && dict && name !== fullName && !respelling(name, fullName) && !sharesToken(name, fullName)) {
    for (const n of [name, dict.entry.name]) registry.merge(person, { name: n, role: null, country: null, org: null, source });
    person.name = dict.entry.name;
  }
  return person;
}

// Past the short particles ("al", "bin", "Abu") two names may share without naming one man.
function sharesToken(a: string, b: string): boolean {
  const theirs = identifyingTokens(b);
  return identifyingTokens(a).some((t) => t.length > 3 && theirs.includes(t));
}

/** "Volodymyr Zelenskyy" and "Volodymyr Zelensky": the same words but one, which differs only past its first five letters. */
function respelling(a: string, b: string): boolean {
  // Most names differ at once: by far in length, or in the first letter.
  if (Math.abs(a.length - b.length) > 3 || a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  const x = a.split(' '), y = b.split(' ');
  if (x.length !== y.length) return false;
  let differ = 0;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (++differ > 1 || x[i].length < 5 || y[i].length < 5 || x[i].slice(0, 5).toLowerCase() !== y[i].slice(0, 5).toLowerCase()) return false;
  }
  return differ === 1;
}

const NO_CLAIMS: Claimed[] = [];
const NO_PLACES: PlaceMention[] = [];

/** What a sentence has already explained (titles and places), in offsets relative to `base`. */
class Explained implements RangeTest {
  claimed: Claimed[] = NO_CLAIMS;
  places: PlaceMention[] = [];
  base = 0;

  reset(claimed: Claimed[], places: PlaceMention[], base: number): void {
    this.claimed = claimed; this.places = places; this.base = base;
  }

  covers(start: number, end: number): boolean {
    const s = this.base + start;
    const e = this.base + end;
    return overlaps(this.claimed, s, e) || overlapsPlace(this.places, s, e);
  }
}

/**
 * The one person already named with this title, for that country or organisation (when the title
 * names at most one) or, when it names neither, for any; undefined when none or several are.
 */
function knownByRole(registry: PersonRegistry, role: string, country: string | null, org: string | null, oneCountry: boolean): Person | undefined {
  // "the Leader" is the "Leader of the Islamic Revolution" named before, when no one holds the bare title.
  return holderOf(registry, role, country, org, oneCountry, false) ?? holderOf(registry, role, country, org, oneCountry, true);
}

/** Whether a title names the same office ("Prime Minister" and "Premier"; "President" and "President of the Republic"). */
/** Whether one who holds `held` holds the office `title` names ("Federal Chancellor" and "Chancellor", "Premier"
 * and "Prime Minister", "Minister of Defense" and "Minister of Defence"). */
export function sameOffice(held: string, title: string): boolean {
  const a = held.toLowerCase().replace(SAME_OFFICE_PREFIX, '').replace(DEFENSE, 'defence');
  const b = title.toLowerCase().replace(SAME_OFFICE_PREFIX, '').replace(DEFENSE, 'defence');
  return a === b || a.startsWith(`${b} `) || a.split(' and ').includes(b) || SAME_OFFICE[b] === a;
}

function onlyLeader(people: Person[]): Person | null {
  const leaders = people.filter((p) => isLeaderRole(p.role));
  return leaders.length === 1 ? leaders[0] : null;
}

function knownAsLeader(registry: PersonRegistry, role: string): boolean {
  return registry.people.some((p) => p.role && sameOffice(p.role, role));
}

// Between an honorific and the name it heads, only more titles: capitalised words, "of the", commas and dashes.
const TITLE_CHAIN = /^(?:[\s,–—-]|\b(?:of|the|and|for)\b|\p{Lu}[\p{L}.'’-]*)*$/u;
function titledBefore(text: string, at: number, title: string): boolean {
  const w = text.slice(Math.max(0, at - 150), at);
  const i = w.lastIndexOf(title);
  return i >= 0 && TITLE_CHAIN.test(w.slice(i + title.length));
}

/**
 * "President His Highness Sheikh Mohamed ... Lapid wished His Highness ...": the one person a mention of
 * whom held the style; when none did, "His Highness also received ..." is the leader the last sentence
 * opened with.
 */
function styledBefore(text: string, registry: PersonRegistry, style: string, lastSubject: string | null, titleNext: boolean): string | undefined {
  const holders = introducedAs(text, registry, style);
  if (holders.length === 1) return holders[0].id;
  if (holders.length || titleNext || !lastSubject) return undefined;
  return isLeaderRole(registry.get(lastSubject)?.role) ? lastSubject : undefined;
}

/** The people introduced under `title` ("Leader of the Nation, President ..., Emomali Rahmon"). */
function introducedAs(text: string, registry: PersonRegistry, title: string): Person[] {
  // The honorific may head a chain of titles before the one read with the name ("Leader of the Nation, President of ...").
  return registry.people.filter((p) => p.mentions.some((m) => m.text.includes(title) || titledBefore(text, m.start, title)));
}

// "the Italian Premier" is the Prime Minister named before, and the other way round.
const SAME_OFFICE_PREFIX = /^(?:federal|interim|acting)\s+/;
const DEFENSE = /defense/g;
const SAME_OFFICE: Record<string, string> = { premier: 'prime minister', 'prime minister': 'premier', amir: 'emir', emir: 'amir' };

function holderOf(registry: PersonRegistry, role: string, country: string | null, org: string | null, oneCountry: boolean, ofSomething: boolean): Person | undefined {
  const key = role.toLowerCase();
  const same = ofSomething ? undefined : SAME_OFFICE[key];
  return holderOfTitle(registry, key, country, org, oneCountry, ofSomething)
    ?? (same !== undefined ? holderOfTitle(registry, same, country, org, oneCountry, false) : undefined);
}

function holderOfTitle(registry: PersonRegistry, key: string, country: string | null, org: string | null, oneCountry: boolean, ofSomething: boolean): Person | undefined {
  const keyOf = `${key} of `;
  let byCountry: Person | undefined;
  let byRole: Person | undefined;
  let nCountry = 0;
  let nRole = 0;
  for (const p of registry.people) {
    if (!p.role) continue;
    // A double title ("Crown Prince and Prime Minister") answers to either of its halves.
    // "the Chancellor" is the "Federal Chancellor"; not "the President" for a vice-president.
    const held = p.role.toLowerCase().replace(SAME_OFFICE_PREFIX, '');
    if (ofSomething ? !held.startsWith(keyOf) : held !== key && !held.split(' and ').includes(key)) continue;
    if (oneCountry && ((country && p.country === country) || (org && p.org === org)) && nCountry++ === 0) byCountry = p;
    if (!country && !org && nRole++ === 0) byRole = p;
  }
  return nCountry === 1 ? byCountry : nRole === 1 ? byRole : undefined;
}

// Two or three capitalised words, the first of which may read as an English word ("To Lam", "He Lifeng").
const LISTED_NAME = /(\p{Lu}[\p{L}\p{M}]*)\s+(\p{Lu}[\p{L}\p{M}'’\-]*)(?:\s+(\p{Lu}[\p{L}\p{M}'’\-]*))?/duy;

/**
 * A name the officials list holds, right at `at`, when its first word is one the name reader refuses
 * as a common word: "President To Lam", "Vice Premier He Lifeng". The longest listed one wins.
 */
function listedNameAt(text: string, at: number, src: DictionarySources): NameRun | null {
  LISTED_NAME.lastIndex = at;
  const m = LISTED_NAME.exec(text);
  if (!m) return null;
  for (let n = m[3] === undefined ? 2 : 3; n >= 2; n--) {
    const words = [m[1], m[2], m[3]].slice(0, n);
    if (!dictionaryLookup(src, words.join(' '))) continue;
    const end = m.indices![n][1];
    return { start: at, end, text: text.slice(at, end), tokens: words };
  }
  return null;
}

let oddFirst: RegExp | null = null;
/**
 * Where a listed name may start with a word the name reader refuses ("To Lam", "He Lifeng"): those
 * first words of the built-in list's names, each followed by a capitalised word.
 */
function oddFirstWords(): RegExp {
  if (oddFirst) return oddFirst;
  const lex = lexicon();
  const words = new Set<string>();
  for (const e of builtinOfficials()) {
    for (const form of [e.name, ...e.aliases]) {
      const first = form.split(/\s+/)[0];
      // Titles and honorifics ("President", "Sheikh") are read by the title step, which looks names up itself.
      if (!form.includes(' ') || !/^[A-Z][A-Za-z]*$/.test(first) || isNameWord(first)) continue;
      if (lex.roleHeadSet.has(first.toLowerCase()) || lex.honorifics.has(first) || lex.roleModifiers.includes(first)) continue;
      words.add(first);
    }
  }
  // ASCII words only: a plain regex without Unicode classes scans each sentence natively.
  oddFirst = words.size ? new RegExp(`(?<![A-Za-z])(?:${[...words].join('|')})(?=\\s+\\S)`, 'g') : /(?!)/g;
  return oddFirst;
}

/** The organisation named last before `at` in the sentence, within a short reach. */
function lastOrgBefore(places: readonly PlaceMention[], at: number): string | null {
  let found: string | null = null;
  for (const p of places) if (p.kind === 'org' && p.org && p.end <= at && at - p.end <= 80) found = p.org;
  return found;
}

/** Reads the people and other actors of an article, sentence by sentence, in text order. */
export function readActors(text: string, sentences: Sentence[], places: PlaceMention[][], src: DictionarySources): ActorReading {
  const lex = lexicon();
  const registry = new PersonRegistry();
  const all: ActorMention[][] = [];
  let lastSubject: string | null = null;
  // The leader the first body sentence with people in it opens with, once read (null: none).
  let leadLeader: string | null | undefined;
  // Who the story has called "he" or "she" so far: a "she" is not a man it called "he".
  const genders = new Map<string, 'm' | 'f'>();
  // Who each style of address ("His Highness", "His Majesty") first went with.
  const styled = new Map<string, string>();

  const explained = new Explained();
  const placesOnly = new Explained();

  for (const sent of sentences) {
    const si = sent.index;
    const s = sent.text;
    const base = sent.start;
    const sp = places[si] ?? [];
    const out: ActorMention[] = [];
    const claimed: Claimed[] = [];

    // 1. Titles: "Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu", "the President of Mongolia, Ukhnaagiin Khurelsukh".
    let title: TitleMatch | null;
    for (let resume = 0; (title = nextTitle(s, resume)); ) {
      resume = title.end;
      // "His Majesty the Sultan and President Raisi": a monarch and a president are two people, not one person's
      // chained offices ("Deputy Prime Minister and Foreign Minister Murat Nurtleu" is one): the title is the last.
      const two = MONARCH_AND_PRESIDENT.exec(s.slice(title.start, title.end));
      if (two) title = { ...title, start: title.start + two[0].length };
      // "met Sultan bin Saad Al-Muraikhi": a given name, as "bin" after it shows; the name reader takes it.
      if (givenBeforeLineage(s.slice(title.start, title.end), NEXT_WORD.exec(s.slice(title.end, title.end + 6))?.[1] ?? '')) continue;
      // "Amir Khan Muttaqi": a title word that begins a listed official's name is part of that name.
      const listedEnd = title.lowercase ? -1 : listedNameFrom(s, title.start, title.end, src);
      if (listedEnd > 0) {
        // Read here, whole: the name runs below would leave the title word out ("Khan Muttaqi").
        if (!title.lowercase && !overlaps(claimed, base + title.start, base + listedEnd)) {
          const person = register(text, src, registry, s.slice(title.start, listedEnd), null, null, null, base + title.start, base + listedEnd, si, false);
          out.push(mention(base + title.start, base + listedEnd, 'person', person.id, person.country, person.org));
          claimed.push({ start: base + title.start, end: base + listedEnd });
        }
        resume = listedEnd;
        continue;
      }
      const rs = base + title.start;
      let pos = base + title.end;
      let role = title.lowercase ?? s.slice(title.start, title.end).replace(/\s+/g, ' ');
      // "a meeting between Presidents Vladimir Putin and Donald Trump": each holds the office in the singular.
      if (role.charCodeAt(role.length - 1) === 115 /* s */ && !lex.roleHeadSet.has(role.slice(role.lastIndexOf(' ') + 1).toLowerCase())
        && lex.roleHeadSet.has(role.slice(role.lastIndexOf(' ') + 1, -1).toLowerCase()) && TWO_NAMES_NEXT.test(s.slice(title.end, title.end + 80))) role = role.slice(0, -1);
      // "Chief of the Australian Army Simon Stuart": "Chief" is a title only before its "of"; "Chief Justice" is another office.
      // "the Grand Commander of the Order of the Niger", "Knight Commander": an honour, not an office.
      if (role.endsWith('Commander') && (HONOUR_AFTER.test(s.slice(title.end, title.end + 30)) || /(?:Grand|Knight)\s$/.test(s.slice(Math.max(0, title.start - 6), title.start)))) continue;
      // "Indian Army chief General Upendra Dwivedi": the head of a service named before it.
      if (role === 'Chief' && !/^\s+of\s/.test(s.slice(title.end, title.end + 5)) && !SERVICE_WORDS.has(lastWordBefore(text, rs, base))) continue;
      let country: string | null = null;
      const short = lex.roleAbbreviations.get(role);
      if (short) [role, country] = short;
      let org: string | null = null;
      let from = rs;
      // What stands right before the title: "Kazakh", "Kazakhstan's", "World Health Organization".
      // "Uzbekistan's new Ambassador": the country stands before the word "new".
      const fresh = NEW_BEFORE_TITLE.exec(text.slice(Math.max(base, rs - 24), rs));
      const lead = fresh ? rs - fresh[0].length : rs;
      const before = text.slice(Math.max(base, lead - 3), lead);
      const possessive = /['’]s\s$/.test(before);
      // "the Maldives' Minister of State": the apostrophe alone after a name ending in s.
      const bareApostrophe = !possessive && /s['’]\s$/.test(before);
      let left = placeEndingAt(sp, possessive ? lead - 3 : bareApostrophe ? lead - 2 : lead - 1);
      // "Asian Development Bank (ADB) President Masatsugu Asakawa": the acronym in brackets names the body.
      if (!left && text.charCodeAt(lead - 2) === 41 /* ) */ && text.charCodeAt(lead - 1) === 32) left = placeEndingAt(sp, lead - 2);
      if (!left && BODY_WORDS.has(lastWordBefore(text, rs, base))) {
        const body = BODY_BEFORE.exec(text.slice(Math.max(base, rs - 40), rs));
        if (body && body[0].trim()) {
          const bodyStart = rs - body[0].length + (body[0].length - body[0].trimStart().length);
          const l2 = placeEndingAt(sp, bodyStart - 1);
          if (l2 && l2.kind !== 'org' && /\s$/.test(text.slice(l2.end, bodyStart))) {
            left = l2;
            role = `${capitalFirst(text.slice(bodyStart, rs).trim())} ${role}`;
          }
        }
      }
      // "Philippine Migrant Workers Secretary Susan Ople", "Indian Union Health Secretary": a portfolio the title
      // words do not list, between the demonym and the head.
      // Both need a capitalised word right before the title, which most titles lack: tested first, cheaply.
      const capBefore = !left && startsUpper(lastWordBefore(text, lead, base));
      if (capBefore) {
        const gap = PORTFOLIO_GAP_BEFORE.exec(text.slice(Math.max(base, rs - 48), rs));
        // The run may open with the demonym itself: try each word start, nearest the title first.
        const words = gap ? gap[1].split(/(?<=\s)(?=\S)/) : [];
        for (let k = words.length - 1, gs = rs; k >= 1 && !left; k--) {
          gs -= words[k].length;
          const l3 = placeEndingAt(sp, gs - 1);
          // Not over a name or another title: "Chinese Premier Li Qiang and Prime Minister Anthony Albanese".
          if (l3 && l3.kind === 'demonym' && l3.iso3 && words[k] !== 'and ' && !overlaps(claimed, gs, rs) && nextTitle(s, gs - base)!.start >= title.start) {
            left = l3;
            role = `${text.slice(gs, rs).trim()} ${role}`;
          }
        }
      }
      // "Ontario Premier Doug Ford", "Maharashtra Chief Minister Devendra Fadnavis": a state's office, in its country.
      const state = capBefore && !left && !title.lowercase ? subdivisionEndingAt(text, lead) : null;
      if (state && state.start >= base) { country = state.iso3; role = `${state.name} ${role}`; from = state.start; }
      if (left && /\s$/.test(before)) {
        if (left.kind === 'org') org = left.org; else if (left.iso3 && left.kind !== 'city') country = left.iso3;
        if (org || country) from = left.start;
      } else if (!left && ITS_BEFORE.test(text.slice(Math.max(base, rs - 30), rs))) {
        // "a delegation of the Asian Development Bank headed by its President Masato Kanda".
        const owner = lastOrgBefore(sp, rs);
        if (owner) org = owner;
      }
      // "Trump's Middle East envoy Steve Witkoff", "Xi Jinping's special envoy Li Hui": a leader's envoy serves
      // the leader's country.
      if (!country && !org && ENVOY_ROLE.test(role)) {
        const owner = OWNER_BEFORE.exec(text.slice(Math.max(base, lead - 60), lead));
        if (owner) country = (registry.byToken(owner[1])[0] ?? dictionaryLookup(src, owner[1])?.entry)?.country ?? null;
      }
      // A title in lower case is one only with its country before it ("Mexico's president", "the Chinese
      // foreign minister") or after it ("the head of Libya's Presidential Council"): see below.
      const countries: string[] = [];
      // Complements: "of Foreign Affairs", "of the Halk Maslahaty (People's Council)", "of Turkmenistan".
      for (let guard = 0; guard < 4; guard++) {
        // "Minister for Foreign Affairs" (Australia, Japan, the UK): a portfolio, never a country.
        const ofm = /^\s+(of|for|in)\s+(?:the\s+)?/.exec(text.slice(pos, pos + 12));
        if (!ofm) break;
        const via = ofm[1];
        const at = pos + ofm[0].length;
        const pl = placeAt(sp, at);
        // "the Governor of Texas", "Premier of South Australia": a state's office, in its country.
        const state = !pl && via === 'of' && !country && !org ? subdivisionAt(text, at) : null;
        if (state) { country = state.iso3; countries.push(state.iso3); role += ` of ${state.name}`; pos = state.end; continue; }
        // "the World Bank's Country Manager for Tajikistan", "UNICEF Representative in Turkmenistan": where an
        // organisation's official serves, not whose side he is on.
        if (org && pl && pl.kind === 'country' && via !== 'of') { pos = pl.end; continue; }
        // "the bank's Regional Director for Central Asia": a region the gazetteer does not list.
        if (org && !pl && via !== 'of') {
          const region = REGION_NAME.exec(text.slice(at, at + 60));
          if (region) { pos = at + region[0].length; continue; }
        }
        if (via === 'in') break;
        if (pl && via === 'for') break;
        // "Chairman of the U.S. Joint Chiefs of Staff", "Chief of the General Staff of the Russian armed forces":
        // a country's military body, named after its country.
        if (pl && pl.iso3 && via === 'of' && (pl.kind === 'country' || pl.kind === 'demonym')) {
          const body = MILITARY_BODY.exec(text.slice(pl.end, pl.end + 40));
          if (body) {
            country = pl.iso3;
            countries.push(pl.iso3);
            if (!MILITARY_HEAD.test(role)) role += ` of the ${body[1]}`;
            pos = pl.end + body[0].length;
            continue;
          }
        }
        if (pl && (pl.kind === 'country' || pl.kind === 'org')) {
          if (pl.kind === 'org') org = pl.org; else { country = pl.iso3; countries.push(pl.iso3!); }
          pos = pl.end;
          // "President of the ECOWAS Commission", "Chairperson of the AU Commission": the body's organ.
          const organ = pl.kind === 'org' ? ORG_ORGAN_AFTER.exec(text.slice(pos, pos + 14)) : null;
          if (organ) pos += organ[0].length;
          // "the head of Libya's Presidential Council, Mohamed Menfi": the country's own body.
          const owned = pl.kind === 'country' ? OWNED_BODY.exec(text.slice(pos, pos + 60)) : null;
          if (owned) { role += ` of the ${owned[1]}`; pos += owned[0].length; continue; }
          // "Foreign Ministers of Kazakhstan and India"
          const andm = /^\s+and\s+/.exec(text.slice(pos, pos + 8));
          if (andm) {
            const pl2 = placeAt(sp, pos + andm[0].length);
            if (pl2 && pl2.kind === 'country') { countries.push(pl2.iso3!); pos = pl2.end; }
          }
          continue;
        }
        // "Crown Prince of Abu Dhabi", "Governor of Tokyo": an office of a city, held for its country.
        if (pl && (pl.kind === 'city' || pl.kind === 'capital') && pl.iso3 && via === 'of' && !ofm[0].includes('the')) {
          country = pl.iso3;
          role += ` of ${pl.text}`;
          pos = pl.end;
          continue;
        }
        // "Chairman of the State Great Khural", "Speaker of the Lok Sabha": a country's own institution.
        if (pl && pl.kind === 'metonym' && pl.iso3 && ofm[0].includes('the')) {
          country = pl.iso3;
          role += ` of the ${pl.text}`;
          pos = pl.end;
          continue;
        }
        const cap = CAPITALISED_RE.exec(text.slice(at, at + 120));
        if (!cap) break;
        // "of the Halk Maslahaty (People's Council)" names an institution; without "the" the complement is a
        // portfolio ("of Health", "of Foreign Affairs") and the capitalised words after it are the name.
        let capText = cap[0];
        // "of the Interior Nancy Faeser": after "the" too, a portfolio word is the office and the rest the name.
        if (!ofm[0].includes('the') || via === 'for' || THE_PORTFOLIO.has(capText.split(/\s+/)[0])) {
          const words = capText.split(/\s+/);
          let k = 0;
          while (k < words.length && (PORTFOLIO.has(words[k]) || (words[k] === 'and' && k > 0))) k++;
          // "the Chief Minister of Tripura, Manik Saha", "the Governor of South Chungcheong Province, Kim Tae-heum":
          // a state or province the gazetteer does not list, then the name in apposition.
          if (k === 0 && via === 'of' && !ofm[0].includes('the') && words.length <= 4 && APPOSED_NAME_NEXT.test(text.slice(at + capText.length, at + capText.length + 4))) {
            role += ` of ${capText}`;
            pos = at + capText.length;
            break;
          }
          // "Speaker of Parliament Nabih Berri": a legislature named without "the", then the name.
          if (k === 0 && via === 'of' && !ofm[0].includes('the') && words.length >= 3 && LEGISLATURE_WORD.test(words[0])) {
            role += ` of ${words[0]}`;
            pos = at + words[0].length;
            break;
          }
          if (k === 0) break;
          capText = words.slice(0, k).join(' ');
          const list = k === words.length ? PORTFOLIO_LIST.exec(text.slice(at + capText.length, at + capText.length + 80)) : null;
          // "..., African Cooperation and Moroccan Expatriates": a nationality may qualify a portfolio word.
          let listText = list?.[0] ?? '';
          // "... and Moroccan Expatriates", "... and African Affairs": the last item may run over more words.
          while (list) {
            const from = at + capText.length + listText.length;
            const more = NEXT_CAP_WORD.exec(text.slice(from, from + 30));
            if (!more || !PORTFOLIO.has(more[1])) break;
            listText += more[0];
          }
          const parts = listText.replace(/^,\s+/, '').split(/,?\s+/);
          if (list && parts.every((w, i) => w === 'and' || PORTFOLIO.has(w) || (iso3FromName(w) !== null && PORTFOLIO.has(parts[i + 1] ?? '')))) capText += listText;
        } else {
          // "Premier of the State Council Li Qiang": the institution ends where a listed official's name begins.
          const words = capText.split(/\s+/);
          for (let k = 1; k < words.length - 1; k++) {
            const name = words.slice(k).join(' ');
            const hit = words.length - k <= 4 ? dictionaryLookup(src, name) : null;
            if (!hit || ![hit.entry.name, ...hit.entry.aliases].some((n) => n.toLowerCase() === name.toLowerCase())) continue;
            capText = words.slice(0, k).join(' ');
            break;
          }
          // "President of the National Assembly Saysomphone Phomvihane": a name the list does not know
          // begins after the institution's last word, when two capitalised words or more follow it.
          if (capText === cap[0]) {
            const heads = lexicon().institutionHeads;
            let k = words.length - 2;
            while (k > 0 && !heads.has(words[k - 1])) k--;
            if (k > 0 && /^\p{Lu}/u.test(words[k]) && !heads.has(words[k])) capText = words.slice(0, k).join(' ');
          }
        }
        role += ` ${via} ` + (ofm[0].includes('the') ? 'the ' : '') + capText.replace(/\s*\([^()]*\)$/, '');
        pos = at + capText.length;
      }
      // "the Chief of the Army Staff, Nepali Army, General Ashok Raj Sigdel": the service, and its country, after a comma.
      if (!country && !org && text.charCodeAt(pos) === 44 /* , */) {
        const pl = placeAt(sp, pos + 2);
        const service = pl && pl.iso3 && (pl.kind === 'demonym' || pl.kind === 'country') && text.charCodeAt(pos + 1) === 32 ? MILITARY_BODY.exec(text.slice(pl.end, pl.end + 40)) : null;
        if (service) { country = pl!.iso3; pos = pl!.end + service[0].length; }
      }
      if (title.lowercase && !country && !org) continue;
      // "the Crown Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, Sheikh ...":
      // a second office of the same person before the apposition. Not when it names another country
      // ("the President of Mongolia and the Prime Minister of Japan" are two people).
      const chained = SECOND_OFFICE.exec(text.slice(pos, Math.min(sent.end, pos + 120)));
      if (chained && (country || org)) {
        const end = pos + chained[0].length;
        const other = sp.some((p) => p.start >= pos && p.end <= end && (p.kind === 'country' || p.kind === 'org') && (p.iso3 ?? p.org) !== (country ?? org));
        if (!other) { role += ` and ${chained[1]}`; pos = end; }
      }
      // "Ambassador ... of Korea to Kazakhstan Kim Dae-sik", "High Commissioner of India to Bangladesh Pranay Verma":
      // the country of accreditation is not the name.
      const accredited = /^\s+to\s+(?:the\s+)?/.exec(text.slice(pos, pos + 10));
      if (accredited && /Ambassador|Envoy|Representative|Consul|Charg|High Commissioner/.test(role)) {
        const pl = placeAt(sp, pos + accredited[0].length);
        // "Russia's ambassador to Kabul, Dmitry Zhirnov", "ambassador to the United Nations Linda Thomas-Greenfield": so is its capital, or the body.
        if (pl && (pl.kind === 'country' || pl.kind === 'capital' || pl.kind === 'city' || pl.kind === 'org')) pos = pl.end;
      }
      // The name: right after the title, or after a comma (apposition), past honorifics.
      let person: Person | null = null;
      const tail = text.slice(pos, Math.min(sent.end, pos + 160));
      const gap = honorificGap().exec(tail);
      if (gap) {
        placesOnly.reset(NO_CLAIMS, sp, pos);
        // "With Shirin Sharmin Chaudhury, Speaker of the Jatiya Sangsad, Birla noted": a title in apposition to
        // the name before it; the name after its comma is someone else, the sentence's subject.
        // Only after a name of two words or more: not "Leader of the Nation, President of ..., Emomali Rahmon".
        const nb = gap[0].startsWith(',') ? FULL_NAME_COMMA_BEFORE.exec(text.slice(Math.max(base, rs - 80), rs)) : null;
        const nameWords = nb ? nb[0].trim().replace(/,$/, '').split(/\s+/) : [];
        while (nameWords.length && !isNameWord(nameWords[0])) nameWords.shift();
        const apposed = nameWords.length >= 2 && nameWords.every((w) => isNameWord(w)) && !placeEndingAt(sp, rs - nb![0].length + nb![0].lastIndexOf(','));
        let r = apposed ? null : countries.length <= 1 ? nameRunAt(tail, gap[0].length, placesOnly) ?? listedNameAt(tail, gap[0].length, src) : null;
        // "National Assembly Chairman Vuong Dinh Hue": a listed name whose last word is also a city (Huế).
        if (r && r.tokens.length === 2 && CAPITAL_NEXT.test(tail.slice(r.end, r.end + 3))) {
          const listed = listedNameAt(tail, gap[0].length, src);
          if (listed && listed.end > r.end) r = listed;
        }
        // "at the Grand Prince Hotel Hiroshima": a building named like a title, no one in it.
        if (r && VENUE_FIRST.test(r.text)) continue;
        // "General Secretary, President To Lam": a second office of the same person, then the name.
        const second = r && gap[0].startsWith(',') ? OFFICE_BEFORE_NAME.exec(r.text) : null;
        if (r && second && second[0].length < r.text.length) {
          r.start += second[0].length;
          r.text = r.text.slice(second[0].length);
          role = `${role} and ${second[1]}`;
        }
        // "Expressing his grief to the Ambassador, Prime Minister Sharif offered": the subject's own title after the comma, not a name.
        if (r && r.tokens.length === 1 && gap[0].startsWith(',') && nextTitle(s, pos - base + r.start)?.start === pos - base + r.start) r = null;
        if (r) {
          const ns = pos + r.start;
          const ne = pos + r.end;
          // "Japanese Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara": the second
          // title shares the first one's country, unless the officials list knows the person.
          if (!country && !org && countries.length === 0) {
            const prev = out[out.length - 1];
            // Only a country the text gave the first one: one the officials list gave says nothing of the second.
            const first = prev?.kind === 'person' && /^\s+and\s+$/.test(text.slice(prev.end, rs)) ? registry.get(prev.personId!) : undefined;
            const shared = first && first.source === 'text' ? first.country : null;
            if (shared && !dictionaryLookup(src, r.text) && !(r.tokens.length === 1 && (registry.byToken(r.text).length || dictionaryToken(src, r.text)))) country = shared;
          }
          let after = ne;
          // "King Abdullah II of Jordan": a regnal number before the country.
          const ofc = /^\s+(?:[IVX]{1,4}\s+)?of\s+(?:the\s+)?/.exec(text.slice(ne, ne + 17));
          if (ofc) {
            const pl = placeAt(sp, ne + ofc[0].length);
            if (pl && pl.kind === 'country') { country = country ?? pl.iso3; after = pl.end; }
          }
          // "As Prime Minister of Portugal, Costa travelled to Kyiv in 2022": a former office of one
          // who now speaks for an organisation gives him no country.
          if (!country && !org && HEADED_BY_BEFORE.test(s.slice(Math.max(0, rs - base - 200), rs - base)) && !dictionaryLookup(src, r.text)) {
            const side = delegationSide(s, rs - base, base, sp);
            if (side?.kind === 'org') org = side.org; else if (side) country = side.iso3;
          }
          const former = AS_BEFORE.test(text.slice(Math.max(0, rs - 4), rs)) ? registry.find(r.text, null) : null;
          if (former && former.org && !former.country) { country = null; role = former.role ?? role; }
          person = register(text, src, registry, r.text, role, country, org, ns, ne, si, false);
          out.push(mention(from, after, 'person', person.id, person.country, person.org));
          claimed.push({ start: from, end: after });
          resume = Math.max(resume, after - base);
          continue;
        }
      }
      // ... and a name after it.
      if (title.lowercase) continue;
      // "the two Heads of State held talks": both sides (read with the other plurals), no one titled person.
      if (BOTH_BEFORE.test(text.slice(Math.max(base, rs - 14), rs))) continue;
      // "Mr. John Smithson, President of Mongolia,": the title of the name before it (an apposition, read
      // with the name), not the officeholder the officials list knows.
      const nameFrom = Math.max(base, rs - 60);
      const named = NAME_COMMA_BEFORE.exec(text.slice(nameFrom, rs));
      if (named && /^\s*(?:[,;.)]|$)/.test(text.slice(pos, pos + 3)) && (isNameWord(named[1]) || CAPS_NAME_WORD.test(named[1])) && !NOT_A_NAME_BEFORE.test(named[1]) && !placeEndingAt(sp, nameFrom + named.index + named[1].length)) continue;
      // A title without a name: "the President of Mongolia", "the foreign ministers of Kazakhstan and Kyrgyzstan".
      // "the Head of State", "the President of Mongolia": someone already named with that title.
      // The title alone, with nothing but "The" before it and no country or organisation about it.
      const alone = !country && !org && countries.length === 0 && /^(?:The\s+)?$/i.test(text.slice(Math.max(base, rs - 4), rs).trimStart());
      // "The Prime Minister" alone in a government's readout is that government's, whoever else holds the title.
      if (alone && src.publisher && !bareOfficeOrg(role, places)) country = src.publisher;
      let known = knownByRole(registry, role, country, org, countries.length <= 1);
      let bare = !known && alone && !country;
      // "The Head of State", "the President" alone: the article's leader mentioned most so far.
      // "The Prime Minister welcomed President Zelenskyy to Downing Street": a bare leader's title in the
      // sentence that names a seat of government is that government's, when the story has no such leader.
      if (bare && isLeaderRole(role) && !/^Head of /i.test(role) && !knownAsLeader(registry, role)) {
        const seat = sp.find((p) => p.kind === 'metonym' && p.iso3 && p.start >= pos);
        if (seat) { country = seat.iso3; bare = false; }
      }
      // "Élysée, 16 February 2024 — The President of the Republic received the President of Ukraine": a
      // leader's title alone, in a story filed from a country that names no leader of its own, is that
      // country's office holder, when the officials list knows one.
      if (bare && src.datelineCountry && !src.publisher && !sent.heading) {
        const plainRole = role.replace(OF_THE_REPUBLIC, '');
        const office = isLeaderRole(plainRole) && !registry.people.some((p) => p.role && isLeaderRole(p.role))
          ? dictionaryOffice(src, plainRole, src.datelineCountry, null) : null;
        if (office) {
          const person = register(text, src, registry, office.entry.name, office.entry.role ?? role, src.datelineCountry, null, rs, pos, si, false);
          out.push(mention(from, pos, 'person', person.id, person.country, person.org));
          claimed.push({ start: from, end: pos });
          continue;
        }
      }
      if (bare && (isLeaderRole(role) || /^Head of (?:State|Government)$/i.test(role))) {
        // Not another office's holder: "the Prime Minister" is no president the story named.
        const generic = /^Head of (?:State|Government)$/i.test(role) || !isLeaderRole(role);
        const leaders = registry.people.filter((p) => p.role && (isLeaderRole(p.role) || /^Head of/i.test(p.role)) && (generic || sameOffice(p.role, role)));
        // "ASTANA – ... Also on Wednesday, the Head of State received the Emir of Qatar": a national agency's
        // "Head of State" is its own country's, however often a guest was named.
        const home = generic && src.datelineCountry ? leaders.filter((p) => p.country === src.datelineCountry) : [];
        // Not one the sentence names: "The Prime Minister spoke to the Prime Minister of India, Narendra Modi".
        // Those named before it stay when it is a seat's or an office's: "hosted by Prime Minister Holness,
        // and the two held talks at the Office of the Prime Minister".
        const rest = s.slice(pos - base);
        const ofThe = /\bof\s+the\s+$/i.test(text.slice(Math.max(0, rs - 8), rs));
        const titledLater = (p: Person) => {
          const at = rest.indexOf(p.name.split(' ').pop()!);
          // The title right before the name, not inside another word: "Presidential Secretary General Karina Milei" titles no president.
          return at > 0 && titledBefore(rest, at, role);
        };
        const pool = leaders.filter((p) => !(!ofThe && out.some((x) => x.personId === p.id)) && !titledLater(p));
        const open = pool.length ? pool : leaders;
        const namedHere = ofThe ? open.find((p) => out.some((x) => x.personId === p.id)) : undefined;
        if (home.length === 1) known = home[0];
        else if (namedHere) known = namedHere;
        // "Prime Minister Keir Starmer spoke to the leaders of India, Japan and Australia today. ... The Prime
        // Minister spoke to ...": the leader the lead opened with, however often the headings named a guest.
        else if (leadLeader && open.some((p) => p.id === leadLeader)) known = registry.get(leadLeader);
        else if (open.length) known = open.reduce((a, b) => (b.mentions.length > a.mentions.length ? b : a));
      }
      // "the Leader of the Nation met ...": the one person the story introduced under that honorific.
      if (bare && !known && /\sof\s/.test(role)) {
        const holders = introducedAs(text, registry, role);
        if (holders.length === 1) known = holders[0];
      }
      // "Foreign Secretary Amna Baloch called on ... The Foreign Secretary also called on ...": of the
      // story's several holders of the title, the one its last sentence opened with.
      if (bare && !known && lastSubject && registry.get(lastSubject)?.role?.toLowerCase() === role.toLowerCase()) known = registry.get(lastSubject);
      // "On 26 July, the Minister met the Rt. Hon. David Lammy": a ministry's release calls its own minister
      // so. The minister the last sentence opened with, else the one the story names most, never one this
      // sentence names.
      if (bare && !known && /^Minister$/.test(role)) {
        const pool = registry.people.filter((p) => p.role !== null && MINISTER_ROLE.test(p.role) && !isLeaderRole(p.role) && !out.some((x) => x.personId === p.id)
          && !s.slice(pos - base).includes(p.name.split(' ').pop()!));
        const last = lastSubject ? pool.find((p) => p.id === lastSubject) : undefined;
        known = last ?? (pool.length === 1 ? pool[0] : mostTold(pool)) ?? undefined;
      }
      // "The Secretary-General" alone: the head of an organisation, which one said by bareOfficeOrg.
      if (bare && !known) {
        org = bareOfficeOrg(role, places);
        if (org) known = knownByRole(registry, role, null, org, true);
      }
      if (known) {
        known.mentions.push(makeSpan(text, rs, pos));
        out.push(mention(from, pos, 'person', known.id, known.country, known.org));
      } else if (countries.length > 1) {
        for (const c of countries) out.push(mention(from, pos, 'role', null, c, null, false, role));
      } else if (country || org) {
        // "the President of Mongolia" with no name: the one person the officials list has in that
        // office on the publication date, when there is one.
        // Not in a headline: its people are told again in the body, and counted twice they would
        // outweigh the article's own leader when a bare "the President" is resolved.
        const office = sent.heading ? null : dictionaryOffice(src, role, country, org);
        if (office) {
          const person = register(text, src, registry, office.entry.name, role, country, org, rs, pos, si, false);
          out.push(mention(from, pos, 'person', person.id, person.country, person.org));
        } else out.push(mention(from, pos, 'role', null, country, org, false, role));
      }
      claimed.push({ start: from, end: pos });
    }

    // 2. "his Chinese counterpart Wang Yi"
    let m: RegExpExecArray | null;
    COUNTERPART_RE.lastIndex = 0;
    // The regex needs the word itself; most sentences lack it, and a substring search is much cheaper.
    const counterpart = s.includes('counterpart');
    while (counterpart && (m = COUNTERPART_RE.exec(s))) {
      const cs = base + m.index;
      let ce = cs + m[0].length;
      if (overlaps(claimed, cs, ce)) continue;
      let dem = m[1] ? iso3FromName(m[1]) : null;
      // "his counterpart of the United States of America, Joseph Biden": the country written after the word.
      if (!dem) {
        const of = COUNTERPART_OF_RE.exec(text.slice(ce, Math.min(sent.end, ce + 12)));
        const country = of && sp.find((p) => p.kind === 'country' && p.start === ce + of[0].length);
        if (country) { dem = country.iso3; ce = country.end; }
      }
      const tail = text.slice(ce, Math.min(sent.end, ce + 120));
      const gap = /^,?\s+/.exec(tail);
      // Not "his Ukrainian counterpart, Defence Minister Rustem Umerov": a title, read below, not a name.
      // "his Indian counterpart, Lieutenant General Rajiv Ghai": a rank before the name.
      const at = gap ? gap[0].length + (MILITARY_RANK.exec(tail.slice(gap[0].length))?.[0].length ?? 0) : 0;
      const titled = gap !== null && TITLE_WORD_AT.exec(tail.slice(at, at + 40));
      const r = gap && !(titled && isTitleWord(titled[1])) ? nameRunAt(tail, at, null) : null;
      if (r) {
        const ns = ce + r.start;
        const ne = ce + r.end;
        const p = register(text, src, registry, r.text, null, dem, null, ns, ne, si, true);
        out.push(mention(cs, ne, 'person', p.id, p.country));
        claimed.push({ start: cs, end: ne });
      } else {
        // "his Chinese counterpart, State Councilor and Foreign Minister Qin Gang": the titled person in apposition.
        const appos = out.find((x) => x.kind === 'person' && x.personId && x.start >= ce && APPOSITION_GAP.test(text.slice(ce, x.start)));
        // "Dar briefed his Chinese counterpart": the person of that country last named, when there is one.
        // "Foreign Minister Saidov held talks with his Russian counterpart": of that country's people, one who
        // holds the subject's office first ("Lavrov", not "Putin" named after him).
        let subject: ActorMention | undefined;
        for (let k = out.length - 1; k >= 0 && !subject; k--) if (out[k].kind === 'person' && out[k].personId && out[k].end <= cs) subject = out[k];
        const office = subject ? registry.get(subject.personId!)?.role ?? null : null;
        const known = appos ? registry.get(appos.personId!)! : dem ? (office && lastNamedOf(registry, dem, cs, office)) || lastNamedOf(registry, dem, cs) : null;
        if (known) {
          known.mentions.push(makeSpan(text, cs, ce));
          out.push(mention(cs, ce, 'person', known.id, dem));
        } else out.push(mention(cs, ce, 'role', null, dem, null, false, 'counterpart'));
        claimed.push({ start: cs, end: ce });
      }
    }

    // "went into talks with his Russian host": the person of that country last named.
    if (s.includes(' host')) {
      HOST_RE.lastIndex = 0;
      while ((m = HOST_RE.exec(s))) {
        const cs = base + m.index;
        const ce = cs + m[0].length;
        const dem = iso3FromName(m[1]);
        const known = dem && !overlaps(claimed, cs, ce) ? lastNamedOf(registry, dem, cs) : null;
        if (!known) continue;
        known.mentions.push(makeSpan(text, cs, ce));
        out.push(mention(cs, ce, 'person', known.id, dem));
        claimed.push({ start: cs, end: ce });
      }
    }

    // 3. "the Kazakh leader", "the Turkmen side"
    SIDE_RE.lastIndex = 0;
    while ((m = SIDE_RE.exec(s))) {
      const ss = base + m.index;
      const se = ss + m[0].length;
      if (overlaps(claimed, ss, se)) continue;
      const iso = iso3FromName(m[1]);
      if (!iso) continue;
      const what = m[2].toLowerCase();
      const deputy = DEPUTY_ROLE.get(what);
      if (deputy) {
        // Whose country the story has not told yet ("Deputy Prime Minister Alexei Overchuk said in Ashgabat")
        // is told here.
        const cands = registry.people.filter((p) => (p.country === iso || (p.country === null && p.org === null)) && p.role !== null && deputy.test(p.role));
        if (cands.length === 1) {
          cands[0].country ??= iso;
          cands[0].mentions.push(makeSpan(text, ss, se));
          out.push(mention(ss, se, 'person', cands[0].id, iso));
          claimed.push({ start: ss, end: se });
          continue;
        }
      } else if (PERSON_ROLE_WORDS.has(what)) {
        const cands = registry.people.filter((p) => p.country === iso);
        // "the Russian diplomat" is the ambassador named, "the Chinese minister" a minister, else the leader.
        const fits = what === 'diplomat' || what === 'ambassador' || what === 'envoy' ? DIPLOMAT_ROLE
          : what === 'minister' || what === 'foreign minister' ? MINISTER_ROLE : null;
        // "the Italian premier" is the prime minister named, not the president.
        const holder = NAMED_OFFICE_WORDS.has(what) ? cands.find((p) => p.role !== null && sameOffice(p.role, what)) : undefined;
        const leader = (fits ? cands.find((p) => p.role !== null && fits.test(p.role)) : undefined) ?? holder ?? cands.find((p) => isLeaderRole(p.role)) ?? cands[0];
        if (leader) {
          leader.mentions.push(makeSpan(text, ss, se));
          out.push(mention(ss, se, 'person', leader.id, iso));
          claimed.push({ start: ss, end: se });
          continue;
        }
      }
      out.push(mention(ss, se, 'country', null, iso));
      claimed.push({ start: ss, end: se });
    }

    // A bare "the diplomat", "the Distinguished Guest", "the minister": the one person of that kind named
    // so far — an envoy; a leader, or a minister who is not one, of another country than the host the
    // sentence names ("Khurelsukh and the Distinguished Guest held talks", "the minister met Maldivian
    // Defence Minister Ghassan Maumoon"). Each pool is read once per sentence, however often the words recur.
    if (BARE_CUE.test(s)) {
      // Not one whose greetings are carried: "conveyed the good wishes of Prime Minister Narendra Modi".
      const hosts = new Set(out.filter((x) => x.kind === 'person' && x.start >= base && x.iso3 && !CARRIED_FROM_BEFORE.test(text.slice(Math.max(base, x.start - 80), x.start))).map((x) => x.iso3!));
      const pools = new Map<string, Person[]>();
      BARE_PERSON.lastIndex = 0;
      while ((m = BARE_PERSON.exec(s))) {
        const ss = base + m.index;
        const se = ss + m[0].length;
        const what = /minister$/i.test(m[0]) ? 'minister' : /guest$/i.test(m[0]) ? 'guest' : 'envoy';
        if (what !== 'envoy' && hosts.size !== 1) continue;
        if (overlaps(claimed, ss, se)) continue;
        let pool = pools.get(what);
        if (!pool) {
          pool = registry.people.filter((p) => what === 'envoy' ? p.role !== null && DIPLOMAT_ROLE.test(p.role) && p.first <= si
            : !!p.country && !hosts.has(p.country) && (what === 'guest' ? isLeaderRole(p.role) : p.role !== null && MINISTER_ROLE.test(p.role) && !isLeaderRole(p.role)));
          pools.set(what, pool);
        }
        // Of several, the one the story is about: named at least twice as often as any other ("the minister" in his own diary).
        const one = pool.length === 1 ? pool[0] : what === 'minister' ? mostTold(pool) : null;
        if (!one) continue;
        one.mentions.push(makeSpan(text, ss, se));
        out.push(mention(ss, se, 'person', one.id, one.country, one.org));
        claimed.push({ start: ss, end: se });
      }
    }

    // "Milei was received by the pontiff", "the Holy Father met ...": the Pope the story named.
    if (PONTIFF_CUE.test(s)) {
      // "the Head of the Holy See, Pope Francis" holds the apposition's title, and the name says the rest.
      const pope = registry.people.find((p) => p.role === 'Pope' || (p.country === 'VAT' && (/^Pope\s/.test(p.name) || p.mentions.some((m) => text.startsWith('Pope ', m.start)))));
      PONTIFF.lastIndex = 0;
      while (pope && (m = PONTIFF.exec(s))) {
        const ss = base + m.index;
        const se = ss + m[0].length;
        if (overlaps(claimed, ss, se)) continue;
        pope.mentions.push(makeSpan(text, ss, se));
        out.push(mention(ss, se, 'person', pope.id, pope.country, pope.org));
        claimed.push({ start: ss, end: se });
      }
    }

    // "In Doha, the delegation was received by Qatar's Prime Minister": the delegation the lead's subject
    // leads, when the sentence names only people of other countries.
    if (s.includes('he delegation') || s.includes('he visiting delegation')) {
      BARE_DELEGATION.lastIndex = 0;
      const lead = all.find((ms, k) => !sentences[k].heading && ms.some((x) => x.kind === 'person'));
      const guest = lead?.find((x) => x.kind === 'person' && x.personId)?.personId;
      const gp = guest ? registry.get(guest) : undefined;
      const here = out.filter((x) => x.kind === 'person' && x.personId);
      while (gp?.country && (m = BARE_DELEGATION.exec(s))) {
        const ss = base + m.index;
        const se = ss + m[0].length;
        if (overlaps(claimed, ss, se) || !here.length || here.some((x) => x.iso3 === gp.country || x.personId === gp.id)) continue;
        gp.mentions.push(makeSpan(text, ss, se));
        out.push(mention(ss, se, 'person', gp.id, gp.country, gp.org));
        claimed.push({ start: ss, end: se });
      }
      sortByStart(out);
    }

    // "The monarch began his visit ...": the one sovereign the story has named.
    if (s.includes('he monarch') || s.includes('he sovereign')) {
      MONARCH.lastIndex = 0;
      const royals = registry.people.filter((p) => p.role !== null && ROYAL_ROLE.test(p.role));
      while (royals.length === 1 && (m = MONARCH.exec(s))) {
        const ss = base + m.index;
        const se = ss + m[0].length;
        if (overlaps(claimed, ss, se)) continue;
        royals[0].mentions.push(makeSpan(text, ss, se));
        out.push(mention(ss, se, 'person', royals[0].id, royals[0].country, royals[0].org));
        claimed.push({ start: ss, end: se });
      }
      sortByStart(out);
    }

    // "the prime minister suggested ...", "the president replied": written in lower case, the one person
    // of that exact title the story has named. "Both presidents thanked the emir": a sovereign's title,
    // the one person holding it or its other spelling ("the Amir").
    if (s.includes('he prime minister') || s.includes('he president') || s.includes('he chancellor') || BARE_SOVEREIGN_WORD.test(s)) {
      BARE_LEADER.lastIndex = 0;
      while ((m = BARE_LEADER.exec(s))) {
        const ss = base + m.index + (m[1] ? 0 : m[0].length - m[2].length);
        const se = base + m.index + m[0].length;
        if (overlaps(claimed, ss, se)) continue;
        let holder: Person | undefined;
        if (m[1]) {
          const title = m[1].toLowerCase();
          const holders = registry.people.filter((p) => p.role !== null && p.role.toLowerCase() === title);
          holder = holders.length === 1 ? holders[0] : undefined;
        } else holder = knownByRole(registry, m[2], null, null, true);
        if (!holder) continue;
        holder.mentions.push(makeSpan(text, ss, se));
        out.push(mention(ss, se, 'person', holder.id, holder.country, holder.org));
        claimed.push({ start: ss, end: se });
      }
    }

    // "the head of Turkmenistan", "the leader of Iran": that country's leader named before.
    if (s.includes(' of ')) {
      HEAD_OF_RE.lastIndex = 0;
      while ((m = HEAD_OF_RE.exec(s))) {
        const ss = base + m.index;
        const pl = placeAt(sp, ss + m[0].length);
        if (!pl || pl.kind !== 'country' || !pl.iso3 || overlaps(claimed, ss, pl.end)) continue;
        const leader = registry.people.find((p) => p.country === pl.iso3 && isLeaderRole(p.role));
        if (!leader) continue;
        out.push(mention(ss, pl.end, 'person', leader.id, pl.iso3));
        claimed.push({ start: ss, end: pl.end });
      }
    }

    // 4. Names on their own: "Tokayev", "Prime Minister"-less "Narendra Modi", dictionary people.
    // First the listed names the name reader would refuse: "held talks with To Lam, general secretary".
    const odd = oddFirstWords();
    odd.lastIndex = 0;
    let om: RegExpExecArray | null;
    while ((om = odd.exec(s))) {
      const os = base + om.index;
      if (overlaps(claimed, os, os + om[0].length)) continue;
      const r = listedNameAt(s, om.index, src);
      if (!r) continue;
      const person = register(text, src, registry, r.text, null, null, null, base + r.start, base + r.end, si, false);
      out.push(mention(base + r.start, base + r.end, 'person', person.id, person.country, person.org));
      claimed.push({ start: base + r.start, end: base + r.end });
      odd.lastIndex = r.end;
    }
    // "Later on Monday Hue held talks with Zhao": a city's name that is the last word of someone the story
    // has named (Vuong Dinh Hue; Huế is a city) is that person, unless it follows "in", "to" or "from".
    explained.reset(claimed, registry.people.length && sp.some((p) => p.kind === 'city') ? sp.filter((p) => !lastNameOfSomeone(p, registry, text, base)) : sp, base);
    for (const r of nameRuns(s, explained)) {
      const rs = base + r.start;
      const re = base + r.end;
      if (r.start === 0 && r.tokens.length === 1 && !registry.byToken(r.text).length && !dictionaryToken(src, r.text)) continue;
      let person: Person | null = null;
      // "His Majesty Sultan Ibrahim" beside "Prime Minister Anwar Ibrahim": the sovereign the list knows by
      // title and name, not the minister who shares the name.
      const sovereign = r.tokens.length === 1 ? SOVEREIGN_BEFORE.exec(s.slice(Math.max(0, r.start - 10), r.start)) : null;
      const listedSovereign = sovereign !== null && dictionaryLookup(src, `${sovereign[1]} ${r.text}`) !== null;
      if (listedSovereign) {
        person = register(text, src, registry, r.text, sovereign![1], null, null, rs, re, si, false);
      } else if (r.tokens.length === 1) {
        const cands = registry.byToken(r.text);
        if (cands.length === 1) person = cands[0];
        // "Milei invited Meloni ..." after "Presidential Secretary General Karina Milei": of two of one name,
        // the one leader among them; else the one named last.
        else if (cands.length > 1) person = onlyLeader(cands) ?? cands.reduce((a, b) => (lastMention(a) > lastMention(b) ? a : b));
      } else {
        person = registry.find(r.text, null);
      }
      if (person && !listedSovereign) {
        // "Japarov" in the headline, "Sadyr Japarov" in the body: the fuller name is the person's, and
        // may be a listed one.
        if (r.tokens.length > person.tokens.length) registry.merge(person, { name: r.text, role: null, country: null, org: null, source: 'text' });
        if (!person.country && !person.org && r.tokens.length >= 2) {
          const dict = dictionaryLookup(src, r.text);
          if (dict) registry.merge(person, { name: dict.entry.name, role: dict.entry.role, country: dict.entry.country, org: dict.entry.org, source: 'builtin-dictionary' });
          // "Secretary General Waqa" in the headline, "Baron Waqa ... his first two weeks as Secretary General
          // of the Pacific Islands Forum" in the body: the body's apposition says whose office it is.
          else {
            const appo = apposition(text, re, sent.end, sp);
            if (appo && (appo.country || appo.org)) registry.merge(person, { name: r.text, role: appo.role, country: appo.country, org: appo.org, source: 'text' });
          }
        }
        person.mentions.push(makeSpan(text, rs, re));
      } else if (!person) {
        // "Lines of Credit worth US$ 8 billion": a capitalised noun, not Senator Sue Lines, unless a country follows.
        // Nor "Blair House", "Trump Tower": a building named for someone.
        const nounOf = r.tokens.length === 1 && ((OF_NEXT.test(text.slice(re, re + 4)) && !placeAt(sp, re + 4)) || BUILDING_NEXT.test(text.slice(re, re + 12)));
        const dict = dictionaryLookup(src, r.text) ?? (r.tokens.length === 1 && !nounOf ? dictionaryToken(src, r.text) : null);
        const appo = apposition(text, re, sent.end, sp);
        // A surname alone ("Japarov, Rahmon, Mirziyoyev sign ...") takes what the list says of its one holder.
        if (dict && r.tokens.length === 1) person = register(text, src, registry, r.text, dict.entry.role, dict.entry.country, dict.entry.org, rs, re, si, false);
        else if (dict) person = register(text, src, registry, r.text, null, null, null, rs, re, si, false);
        else if (appo && r.tokens.length >= 2) person = register(text, src, registry, r.text, appo.role, appo.country, appo.org, rs, re, si, false);
        // "Senator Roger Wicker (R-Miss.)": a member of the US Congress, by party and state.
        else if (r.tokens.length >= 2 && US_PARTY_STATE_AFTER.test(text.slice(re, re + 24))) person = register(text, src, registry, r.text, null, 'USA', null, rs, re, si, false);
        // "the party and government delegation of China headed by Li Hongzhong, member of the Political
        // Bureau": a delegation's head, named without an office the titles know, is of its country.
        else if (r.tokens.length >= 2 && HEADED_BY_BEFORE.test(s.slice(Math.max(0, r.start - 160), r.start))) {
          const side = delegationSide(s, r.start, base, sp);
          person = register(text, src, registry, r.text, null, side && side.kind !== 'org' ? side.iso3 : null, side?.kind === 'org' ? side.org : null, rs, re, si, false);
        }
      }
      if (person) {
        out.push(mention(rs, re, 'person', person.id, person.country, person.org));
        claimed.push({ start: rs, end: re });
      }
    }

    // 5. Countries, capitals and seats of power as actors ("Washington committed"); organisations.
    for (const p of sp) {
      if (overlaps(claimed, p.start, p.end)) continue;
      if (p.kind === 'org') out.push(mention(p.start, p.end, 'org', null, null, p.org));
      // "the OSCE Minsk Group", "the Astana format": a city naming a format or a document is no side.
      else if (p.kind === 'capital' && CITY_NAMES_A_THING.test(text.slice(p.end, p.end + 16))) out.push(mention(p.start, p.end, 'country', null, p.iso3, null, true));
      else if (p.kind === 'country' || p.kind === 'capital' || p.kind === 'metonym') {
        // "which Brussels hopes will kick-start negotiations": the organisation seated there, not its host.
        const seat = p.kind === 'capital' ? orgSpeakingAs(p.text) : null;
        out.push(seat ? mention(p.start, p.end, 'org', null, null, seat) : mention(p.start, p.end, 'country', null, p.iso3));
      }
      else if (p.kind === 'demonym') out.push(mention(p.start, p.end, 'country', null, p.iso3, null, true));
    }

    // 6. Both sides, and pronouns.
    PLURAL_RE.lastIndex = 0;
    while ((m = PLURAL_RE.exec(s))) {
      const ps = base + m.index;
      if (!overlaps(claimed, ps, ps + m[0].length)) out.push(mention(ps, ps + m[0].length, 'plural', null));
    }
    sortByStart(out);
    // The fronted phrase that opens the sentence ("With X,", "Speaking with X,"), read once for all its pronouns.
    const withLength = FRONTED_WITH.exec(s)?.[0].length ?? -1;
    const frontedLength = withLength >= 0 ? withLength : FRONTED_TALKING.exec(s)?.[0].length ?? -1;
    let datelineLength = -1;
    PRONOUN_RE.lastIndex = 0;
    while ((m = PRONOUN_RE.exec(s))) {
      const ps = base + m.index;
      if (overlaps(claimed, ps, ps + m[0].length)) continue;
      // "HE the Prime Minister": His Excellency, abbreviated, not a pronoun.
      if (m[0] === 'HE' && HE_STYLE_NEXT.test(s.slice(m.index + 2, m.index + 8))) continue;
      const inSentence = out.find((x) => x.kind === 'person' && x.start < ps);
      // "During his stay in the capital, Erdogan also held ...": a fronted phrase's pronoun points ahead.
      if (!inSentence && datelineLength < 0) datelineLength = dashDatelineLength(s);
      const ahead = inSentence ? null : cataphor(s, base, ps, out, datelineLength);
      let pid = inSentence?.personId ?? ahead ?? lastSubject;
      // "With Nepal's prime minister, he discussed ...", "Meeting the defence minister, he offered ...": the
      // subject after a fronted phrase is not the one it names, but who the article was talking about.
      if (inSentence && lastSubject && lastSubject !== inSentence.personId && base + withLength === ps) pid = lastSubject;
      // "Speaking with his Indian counterpart, the Secretary offered his condolences": past the fronted
      // phrase, the pronoun is its clause's subject, not the one the phrase named.
      else if (inSentence) {
        const fronted = base + frontedLength;
        if (inSentence.start < fronted && ps > fronted) {
          const subject = out.find((x) => x.kind === 'person' && x.start >= fronted && x.start < ps);
          if (subject?.personId) pid = subject.personId;
          // "In talks with Putin, the summit host, he reiterated": past an apposition, the one the story follows.
          else if (lastSubject && lastSubject !== inSentence.personId && APPOSITION_THEN.test(text.slice(fronted, ps))) pid = lastSubject;
        }
      }
      // "He thanked the British prime minister": the one named after the pronoun in its own sentence is
      // someone else than the pronoun, the other person the sentence before named last.
      if (!inSentence && !ahead && pid && out.some((x) => x.kind === 'person' && x.personId === pid && x.start > ps)) {
        const prev = all[all.length - 1] ?? [];
        for (let k = prev.length - 1; k >= 0; k--) {
          const x = prev[k];
          if ((x.kind === 'person' || x.kind === 'pronoun') && x.personId && x.personId !== pid) { pid = x.personId; break; }
        }
      }
      // "him" is not the one who acts on him: "Putin hosted him" is the last sentence's subject,
      // "Tokayev met Xi and invited him" the other person named before it.
      // So "her" where it is an object ("called on her at her hotel"), not a possessive before its noun.
      if (inSentence && (/^him$/i.test(m[0]) || (/^her$/i.test(m[0]) && OBJECT_HER_AFTER.test(s.slice(m.index + 3, m.index + 12))))) {
        // The people named just before, nearest first (a few dozen at most: a sentence may name thousands).
        const near: ActorMention[] = [];
        for (let k = out.length - 1; k >= 0 && near.length < 40; k--) if (out[k].kind === 'person' && out[k].start < ps) near.push(out[k]);
        const last = near[0];
        // The name right before the verb ("Lula received him") is its subject, whoever opened the sentence;
        // the sender of a message carried to the one who received him was not there.
        const gap = last ? text.slice(last.end, ps) : '';
        const titled = last ? TITLE_SUBJECT_GAP.exec(gap) : null;
        const subject = last && (SUBJECT_GAP.test(gap) || (titled && registry.get(last.personId!)?.role?.includes(titled[1])))
          ? last.personId : inSentence.personId;
        const other = near.find((x) => x.personId !== subject && x.personId !== inSentence.personId && !CARRIED_FROM_BEFORE.test(text.slice(Math.max(0, x.start - 80), x.start)));
        pid = other?.personId ?? (subject !== inSentence.personId ? inSentence.personId : lastSubject && lastSubject !== subject ? lastSubject : pid);
        // "His Royal Highness also met President Pezeshkian and conveyed to him": the object of the verb before,
        // whoever its subject is (a styled subject is read only later).
        if (last && OBJECT_THEN_HIM.test(gap) && STYLED_OPENING.test(s) && !CARRIED_FROM_BEFORE.test(text.slice(Math.max(0, last.start - 80), last.start))) pid = last.personId!;
      }
      const g = GENDER_OF.get(m[0].toLowerCase())!;
      if (pid && genders.has(pid) && genders.get(pid) !== g) pid = otherOfGender(out, all, ps, pid, g, genders) ?? pid;
      if (pid) {
        if (!genders.has(pid)) genders.set(pid, g);
        out.push(mention(ps, ps + m[0].length, 'pronoun', pid, registry.get(pid)?.country ?? null));
      }
    }
    sortByStart(out);
    // 7. "His Highness" standing alone is whoever the article first called so: "His Highness Sheikh
    // Mohamed bin Zayed ... Later in the day, His Highness met Vice President Harris."
    if (s.includes('His ') || s.includes('Her ') || s.includes('HH') || s.includes('H.H.')) {
      STYLE_RE.lastIndex = 0;
      while ((m = STYLE_RE.exec(s))) {
        const ps = base + m.index;
        const pe = ps + m[0].length;
        const key = styleKey(m[0]);
        const named = out.find((x) => x.kind === 'person' && x.personId && x.start >= pe && /^[\s,]*(?:the\s+|Sheikh\s+|Sheikha\s+)?$/.test(text.slice(pe, x.start)));
        if (named) {
          if (!styled.has(key)) styled.set(key, named.personId!);
          continue;
        }
        // "His Highness also received ..." where no one was yet called so: the leader the last sentence opened with.
        const pid = styled.get(key) ?? styledBefore(text, registry, m[0], lastSubject, s.slice(m.index + m[0].length).startsWith(' the '));
        if (pid && !overlaps(claimed, ps, pe) && !out.some((x) => x.start <= ps && x.end >= pe)) {
          out.push(mention(ps, pe, 'pronoun', pid, registry.get(pid)?.country ?? null));
        }
      }
      sortByStart(out);
    }
    // 8. "The head of our state met with ...", "our President": a national agency's own leader, the one its
    // lead opened on.
    if (leadLeader && s.includes('our ')) {
      OUR_LEADER_RE.lastIndex = 0;
      while ((m = OUR_LEADER_RE.exec(s))) {
        const ps = base + m.index;
        const pe = ps + m[0].length;
        if (overlaps(claimed, ps, pe) || out.some((x) => x.start < pe && x.end > ps)) continue;
        out.push(mention(ps, pe, 'pronoun', leadLeader, registry.get(leadLeader)?.country ?? null));
      }
      sortByStart(out);
    }
    // "Greeting Aliyev as an old friend, Xi thanked him": the subject is past the fronted phrase.
    const frontEnd = base + Math.max(frontedLength, 0);
    const firstPerson = out.find((x) => (x.kind === 'person' || x.kind === 'pronoun') && x.start >= frontEnd) ?? out.find((x) => x.kind === 'person' || x.kind === 'pronoun');
    if (firstPerson?.personId) lastSubject = firstPerson.personId;
    if (leadLeader === undefined && !sent.heading && out.length) {
      const p = firstPerson?.kind === 'person' && firstPerson.personId ? registry.get(firstPerson.personId) : undefined;
      leadLeader = p?.country && isLeaderRole(p.role) ? p.id : null;
    }
    // "Senator Steve Daines (R-Mont.)", "Leader Chuck Schumer (D-N.Y.)": a member of the US Congress, by party and state.
    if (s.includes('-')) {
      for (const x of out) {
        const p = x.kind === 'person' && x.personId ? registry.get(x.personId)! : null;
        if (p && !p.country && !p.org && US_PARTY_STATE_AFTER.test(text.slice(x.end, x.end + 24))) { p.country = 'USA'; x.iso3 = 'USA'; }
      }
    }
    all.push(out);
  }

  // Countries learned later in the article reach the earlier mentions of the same person.
  for (const list of all) for (const x of list) if (x.personId) { const p = registry.get(x.personId)!; x.iso3 = p.country; x.org = p.org; }
  return { registry, mentions: all };
}

let gapRe: RegExp | null = null;
/** Between a title and a name: a comma or spaces, then honorifics ("H.E. Mr.", "Ayatollah", "Shri"). */
function honorificGap(): RegExp {
  if (gapRe) return gapRe;
  const hs = [...lexicon().honorifics].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // "Chief of the Army Staff (COAS) General Upendra Dwivedi": the title's acronym first.
  // "The Secretary General of SAARC, Ambassador Md. Golam Sarwar": an envoy's rank, held as a courtesy.
  gapRe = new RegExp(`^(?:\\s*\\([A-Z]{2,8}\\))?(?:,\\s*(?:Ambassador\\s+)?|\\s+)(?:(?:${hs.join('|')})\\s+)*`);
  return gapRe;
}

const MONARCH = /\b[Tt]he\s+(?:monarch|sovereign)\b/g;
const ROYAL_ROLE = new RegExp(String.raw`\b(?:${SOVEREIGNS})\b`);
const AS_BEFORE = /\b[Aa]s\s+$/;
const OFFICE_BEFORE_NAME = /^((?:State\s+|Vice\s+|Prime\s+)?(?:President|Minister|Premier|Chairman))\s+(?=\p{Lu})/u;
const OWNED_BODY = /^['’]s\s+((?:\p{Lu}[\p{L}'’\-]*\s+){0,3}(?:Council|Assembly|Parliament|Government|Cabinet|Senate|Congress|Commission|Committee|Court|Bank))\b/u;
// "Chief of the Australian Defence Force", "Commander of US Africa Command": a combatant command is the country's too.
const MILITARY_BODY = /^\s+(Joint Chiefs of Staff|[Aa]rmed [Ff]orces|General Staff|Defen[cs]e Forces?|Army|Navy|Air Force|(?:Indo-Pacific|Central|Africa|European|Southern|Northern|Cyber|Space|Special Operations) Command)\b/;
// A head that already names the body it leads ("Chief of the General Staff").
const MILITARY_HEAD = /\b(?:Staff|Defen[cs]e|Commander)/;
// "headed by Senator Steve Daines and Chairman of the House Armed Services Committee, Congressman Mike Rogers":
// each one named in the list after "headed by", before any verb of the clause.
const HEADED_BY_BEFORE = /\bdelegation\b[^.;]{0,140}\b(?:headed|led)\s+by\s+(?:(?!\b(?:met|meets|received|receives|held|holds|visited|called|said|told|and\s+(?:the|a|an|his|her|their)\s))[^.;]){0,120}$/;

/** The country or organisation of the delegation a name after "headed by" leads, or null. */
function delegationSide(s: string, at: number, base: number, sp: PlaceMention[]): PlaceMention | undefined {
  const from = s.lastIndexOf('delegation', at) + base;
  // "The Uzbek delegation was headed by ...": the side named before the word.
  return sp.filter((p) => p.start >= from && p.end <= base + at && (isCountryKind(p) || p.kind === 'org')).pop()
    ?? sp.find((p) => p.end < from && from - p.end <= 2 && (isCountryKind(p) || p.kind === 'org'));
}
const FRONTED_WITH = /^(?:With|Together with|Alongside|Meeting|Receiving|Welcoming|Greeting|Hosting)\s[^,;.]{0,100},\s*/;
const APPOSITION_THEN = /^(?:the|a|an|his|her|its)\s[^,;.]{0,60},\s*$/;
// "In talks with Russian President Vladimir Putin, the summit host, he reiterated": no determiner either.
const FRONTED_TALKING = /^(?:(?:Speaking|Talking|Meeting)\s+(?:with|to)|(?:In|During)\s+(?:(?:his|her|their|the)\s+)?(?:(?:phone|telephone|video)\s+)?(?:call|talks|meeting|conversation)\s+with)\s[^,;.]{0,100},\s*/;
// "In his meeting with Madbouly, who is attending the summit on behalf of President Sisi, Xi said": past a relative clause too.
// So "In his talks with Orban at the Carmelite Monastery, the prime minister's office, Xi said": past an apposition.
const FRONTED_WITH_PRONOUN = /^(?:(?:During|On|In|At|After|Following|Upon|Before|While|Ahead of|Speaking|Addressing|during|on|in|at|after|following|upon|before|while|ahead of)\b[^,;.]{0,100},\s*(?:(?:who|which|whose)\b[^,;.]{0,120},\s*)?(?:(?:his|her|their|the)\s[^,;.]{0,80},\s*)?){1,3}/;
// "Moscow – ", "MOSCOW, July 12 (Agency) – ": a dateline before the body.
const DASH_DATELINE = /^\p{Lu}[\p{L}\s.'’\-]{1,40}?(?:,\s+[^–—\n]{0,60}?)?\s(?:--|[–—-])\s/u;
const NOT_A_DATELINE = new RegExp(String.raw`^${NOT_A_DATELINE_PLACE}`);

/** The length of the dash dateline opening `s` ("Moscow – "), or 0. */
function dashDatelineLength(s: string): number {
  // A dateline's dash stands within its first hundred-odd characters; most sentences have none.
  const head = s.length > 112 ? s.slice(0, 112) : s;
  const m = head.includes(' – ') || head.includes(' - ') || head.includes(' — ') || head.includes(' -- ') ? DASH_DATELINE.exec(s) : null;
  // "Today, 5 October, the Founder ... – Leader of the Nation": a day, no place, before the dash.
  return m && NOT_A_DATELINE.test(s) ? m[0].length : 0;
}

/** The person named right after a fronted phrase that holds the pronoun at `ps`, if any. */
function cataphor(s: string, base: number, ps: number, out: ActorMention[], lead: number): string | null {
  // "Moscow – On July 12, during his working visit to ..., Lavrov held talks": past a dateline, and
  // through one fronted phrase after another; so "On Monday, his first full day in New York, Pezeshkian held".
  const f = FRONTED_WITH_PRONOUN.exec(lead ? s.slice(lead) : s);
  if (!f) return null;
  const end = base + lead + f[0].length;
  if (ps >= end) return null;
  const subject = out.find((x) => x.start >= end && x.start <= end + 4);
  return subject?.kind === 'person' ? subject.personId : null;
}

/** Of the people of `iso3` named before `at`, the one named last. */
function lastNamedOf(registry: PersonRegistry, iso3: string, at: number, office?: string): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const p of registry.people) {
    if (p.country !== iso3) continue;
    if (office && !(p.role && (sameOffice(p.role, office) || sameOffice(office, p.role)))) continue;
    // Mentions are kept in reading order: the last one before `at` is found from the end.
    for (let k = p.mentions.length - 1; k >= 0; k--) {
      const m = p.mentions[k];
      if (m.start >= at) continue;
      if (m.start > bestAt) { bestAt = m.start; best = p; }
      break;
    }
  }
  return best;
}

function lastMention(p: Person): number {
  return p.mentions.length ? p.mentions[p.mentions.length - 1].start : -1;
}

// " and Deputy Supreme Commander of the UAE Armed Forces" up to the comma before a name.
const SECOND_OFFICE = /^\s+and\s+((?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}'’\-]*))*?)(?=,\s)/u;
const WHO_HEADS = /^\s+who\s+(?:also\s+)?(?:heads|leads|chairs|runs)\s+(?:the\s+)?/;
const INSTITUTION_OF = /^(?:\p{Lu}[\p{L}'’\-]*\s+){1,4}of\s+(?:the\s+)?/u;
// "Vietnamese National Assembly Chairman", "Chinese Foreign Ministry Spokesperson": a country's body between the demonym and the title.
// "Indian Army chief General Upendra Dwivedi", "Australian Defence Force chief Admiral David Johnston": a service too.
const BODY_BEFORE = /(?:National|People['’]s|Supreme|State|Federal|Grand|Legislative|Consultative|Communist)?\s*(?:Assembly|House|Parliament|Congress|Senate|Duma|Majlis|Diet|Knesset|Rada|Sejm|Bundestag|Party|Foreign Ministry|Defen[cs]e Ministry|Central Bank|[Aa]rmy|[Nn]avy|Air Force|Armed Forces|Defen[cs]e Forces?|[Mm]ilitary)\s+$/u;
const SERVICE_WORDS = new Set(['Army', 'army', 'Navy', 'navy', 'Force', 'Forces', 'Military', 'military']);

const PORTFOLIO_GAP_BEFORE = /(?<!\S)((?:\p{Lu}\p{Ll}+\s(?:and\s)?){2,4})$/u;

const US_PARTY_STATE_AFTER = /^,?\s*\((?:D|R|I)[-–]\s?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\)/u;

const BODY_WORDS = new Set(['Assembly', 'House', 'Parliament', 'Congress', 'Senate', 'Duma', 'Majlis', 'Diet', 'Knesset', 'Rada', 'Sejm', 'Bundestag', 'Party', 'Ministry', 'Bank', ...SERVICE_WORDS]);

/** Whether a word opens with a capital letter (ASCII fast path; other letters by Unicode case). */
function startsUpper(word: string): boolean {
  if (!word) return false;
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return word[0] !== word[0].toLowerCase();
}

/** The word that ends right before `at` (past one run of spaces), or '' when none does. */
const MILITARY_RANK = /^(?:(?:Lieutenant|Major|Brigadier|Vice|Rear|Air|Air Vice|Army|Navy|Field)\s+)?(?:General|Admiral|Marshal|Colonel|Commodore|Captain)\s+(?=\p{Lu})/u;
const HONOUR_AFTER = /^\s+of\s+the\s+(?:National\s+)?(?:Order|Legion)\b/;
/** "army Chief" as a title is written: "Army Chief". */
const capitalFirst = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function lastWordBefore(text: string, at: number, floor: number): string {
  let e = at;
  while (e > floor && text.charCodeAt(e - 1) === 32) e--;
  if (e === at) return '';
  let b = e;
  while (b > floor && text.charCodeAt(b - 1) > 32) b--;
  return text.slice(b, e);
}

const CAPS_NAME_WORD = /^\p{Lu}{3,}$/u;
const FULL_NAME_COMMA_BEFORE = /(?<=\s|^)(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+,\s+$/u;
const NAME_COMMA_BEFORE = /(?<=\s|^)(\p{Lu}[\p{L}\p{M}'’-]+)(?:\s+(?:Jr|Sr)\.?)?,\s+(?:the\s+)?$/u;
const NOT_A_NAME_BEFORE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Meanwhile|However|Earlier|Later|Separately|Also|Then|There|Here|Afterwards)$/;
// "its President", "the bank's Regional Director": the organisation named last.
const ITS_BEFORE = /\b(?:its|the (?:bank|fund|organi[sz]ation|agency|programme|program|union|alliance|institution)['’]s)\s$/i;
const REGION_NAME = /^\p{Lu}[\p{L}-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]+){0,3}(?=,)/u;
// "... and Moroccan Expatriates", "... Food and Public Distribution and Textiles": one more portfolio word, or another "and" item.
const NEXT_CAP_WORD = /^(?:\s+and)?\s+(\p{Lu}[\p{L}-]*)/u;
const PORTFOLIO_AFTER = /^\s+(?:for|of)\s+(\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*)/u;
const OFFICE_OF = /^(?:Country |Regional |Liaison )?(?:Office|Mission|Delegation|Representation|Secretariat)\s+of\s+(?:the\s+)?/;
const MEMBER_OF = /^(?:a|one)\s+(?:senior\s+|leading\s+|founding\s+)?member\s+of\s+/;
const COUNTRY_BODY_AFTER = /^['’]s\s+((?:\p{Lu}[\p{L}-]+\s+){0,4}(?:Council|Parliament|Assembly|Senate|Committee|Commission|Cabinet|Government|Politburo|Presidium|Congress|Board))\b/u;
// "Baron Waqa rounded off his first two weeks as Secretary General of the Pacific Islands Forum": the office his time was spent in.
// "Parvathaneni Harish formally took up his post as India's Permanent Representative", "the credentials of Sidi
// Ould Doumane as Ambassador of Mauritania": the office the person holds.
const APPOSITION_OPEN = /^,\s+(?:who\s+(?:[a-z]+\s+){0,5}?(?:as|is|was)\s+)?(?:the\s+)?|^\s+(?:[a-z]+\s+){1,3}(?:his|her)\s+(?:[\w-]+\s+){0,3}?(?:tenure|term|weeks?|days?|months?|duties|mandate|post|position|office)\s+as\s+(?:the\s+)?|^\s+as\s+(?:the\s+)?(?:new\s+)?(?=\p{Lu})/u;
const ONE_WORD_TITLE = /^\p{Lu}\p{Ll}+$/u;
const NAME_WORDS_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]+){1,3}/u;
/** Where a listed official's name that begins with the title word ends, or -1. */
function listedNameFrom(s: string, start: number, end: number, src: DictionarySources): number {
  const word = s.slice(start, end);
  // Looked up only for a word that opens some listed name: most titles open none, and this runs at every title.
  if (!ONE_WORD_TITLE.test(word) || !(src.user?.opensName(word) || src.builtin?.opensName(word))) return -1;
  const run = NAME_WORDS_AFTER.exec(s.slice(end, end + 60));
  if (!run) return -1;
  const words = `${word}${run[0]}`.split(/\s+/);
  for (let k = words.length; k >= 2; k--) {
    const name = words.slice(0, k).join(' ');
    const hit = dictionaryLookup(src, name);
    // The list's own name, not an alias: "President Xi" is listed as one of Xi Jinping's.
    if (hit && hit.entry.name.toLowerCase() === name.toLowerCase()) return s.indexOf(words[k - 1], end) + words[k - 1].length;
  }
  return -1;
}
const CITY_NAMES_A_THING = /^\s+(?:Group|Process|process|Format|format|Agreements?|agreements?|Accords?|accords?|Protocol|Convention|Declaration|Initiative|Principles|Document|Communiqu[eé])\b/;
// "his Saudi counterpart Prince Faisal bin Farhan": a title right after the word is in apposition too.
const APPOSITION_GAP = /^(?:,\s*|\s+)(?:\p{Lu}[\p{L}\-]*\s+(?:and\s+)?){0,4}$/u;
const MONARCH_AND_PRESIDENT = /^(?:King|Queen|Emir|Amir|Sultan|Emperor)\s+and\s+(?=President\b)/;
const ENVOY_ROLE = /^(?:special\s+)?(?:envoy|emissary|negotiator)$/i;
const OWNER_BEFORE = /(\p{Lu}[\p{L}-]+)['’]s\s+(?:(?:top|chief|senior|special|personal|presidential|longtime|new|Middle\s+East|Ukraine|Gaza|Africa|Asia|climate|peace|foreign[-\s]policy|national[-\s]security|hostage)\s+)*$/u;
const NEW_BEFORE_TITLE = /(?<![\p{L}])(?:new|newly[- ](?:appointed|accredited))\s+$/u;
const NEW_AT_START = /^(?:new|newly[- ](?:appointed|accredited))\s+/;

/** A city's name that ends the name of someone the story has named, and follows no "in", "to" or "from". */
function lastNameOfSomeone(p: PlaceMention, registry: PersonRegistry, text: string, base: number): boolean {
  if (p.kind !== 'city' || LOCATIVE_BEFORE.test(text.slice(Math.max(base, p.start - 6), p.start))) return false;
  const token = foldToken(p.text);
  return registry.byToken(p.text).some((x) => x.tokens.length > 1 && x.tokens[x.tokens.length - 1] === token);
}

/** ", the Ethiopian prime minister," / ", Somalia's president," after a name. */
function apposition(text: string, at: number, end: number, places: PlaceMention[]): { role: string; country: string | null; org: string | null } | null {
  const tail = text.slice(at, Math.min(end, at + 120));
  // ", who recently took up her post as UNICEF Representative": the office the clause gives.
  const m = APPOSITION_OPEN.exec(tail);
  if (!m) return null;
  let pos = at + m[0].length;
  let country: string | null = null;
  let org: string | null = null;
  const pl = placeAt(places, pos);
  if (pl && (isCountryKind(pl) || pl.kind === 'org')) {
    if (pl.kind === 'org') org = pl.org; else country = pl.iso3;
    pos = pl.end;
    const poss = /^['’]s/.exec(text.slice(pos, pos + 2));
    if (poss) pos += 2;
    pos += (/^\s+/.exec(text.slice(pos, pos + 3))?.[0].length ?? 0);
  }
  // "Mr Edgard Leblanc Fils, a member of Haiti's Transitional Presidential Council": a seat on a country's body.
  const member = !country && !org ? MEMBER_OF.exec(text.slice(pos, pos + 30)) : null;
  if (member) {
    const pm = placeAt(places, pos + member[0].length);
    const body = pm && pm.kind === 'country' ? COUNTRY_BODY_AFTER.exec(text.slice(pm.end, pm.end + 70)) : null;
    if (body) return { role: `Member of the ${body[1]}`, country: pm!.iso3, org: null };
  }
  pos += NEW_AT_START.exec(text.slice(pos, pos + 24))?.[0].length ?? 0;
  const rm = lexicon().roleCiStartRe.exec(text.slice(pos, pos + 60));
  if (!rm) return null;
  let role = rm[0];
  // "Representative and Country Director of the UN World Food Programme": two offices, one complement.
  for (let guard = 0; guard < 3; guard++) {
    const and = /^\s+and\s+/.exec(text.slice(pos + role.length, pos + role.length + 8));
    const next = and ? lexicon().roleCiStartRe.exec(text.slice(pos + role.length + and[0].length, pos + role.length + and[0].length + 60)) : null;
    if (!next) break;
    role = text.slice(pos, pos + role.length + and![0].length + next[0].length);
  }
  let institution = '';
  // A portfolio after the office ("for African Affairs", "of Foreign Affairs and International Cooperation"),
  // then whose it is ("of the United States", "of Sierra Leone").
  let past = pos + role.length;
  const portfolio = PORTFOLIO_AFTER.exec(text.slice(past, past + 80));
  if (portfolio && portfolio[1].split(/\s+/).every((w) => w === 'and' || PORTFOLIO.has(w))) {
    const then = /^\s+of\s+(?:the\s+)?/.exec(text.slice(past + portfolio[0].length, past + portfolio[0].length + 12));
    const p5 = then ? placeAt(places, past + portfolio[0].length + then[0].length) : undefined;
    if (p5 && p5.kind === 'country') past += portfolio[0].length;
  }
  const ofm = /^\s+of\s+(?:the\s+)?/.exec(text.slice(past, past + 12));
  if (ofm && !country) {
    const at2 = past + ofm[0].length;
    const p2 = placeAt(places, at2);
    // "Speaker of the State Duma": a country's own institution names the country too.
    const body = p2 && p2.iso3 && (p2.kind === 'country' || p2.kind === 'demonym') ? MILITARY_BODY.exec(text.slice(p2.end, p2.end + 40)) : null;
    if (body) {
      country = p2!.iso3;
      if (!MILITARY_HEAD.test(role)) institution = ` of the ${body[1]}`;
    }
    else if (p2 && p2.kind === 'country') country = p2.iso3;
    else if (p2 && p2.kind === 'metonym' && p2.iso3) { country = p2.iso3; institution = `${ofm[0]}${p2.text}`; }
    // ", Director General of the International Atomic Energy Agency (IAEA),"
    else if (p2 && p2.kind === 'org') org = p2.org;
    // "head of the Office of the United Nations Children's Fund (UNICEF) in Turkmenistan": an organisation's office.
    else if (OFFICE_OF.test(text.slice(at2, at2 + 40))) {
      const p4 = placeAt(places, at2 + OFFICE_OF.exec(text.slice(at2, at2 + 40))![0].length);
      if (p4 && p4.kind === 'org') org = p4.org;
    }
    else {
      // "chairman of the National Assembly of Vietnam", "general secretary of the Communist Party of Vietnam".
      const first = INSTITUTION_OF.exec(text.slice(at2, at2 + 80));
      let bodyEnd = first ? at2 + first[0].length : -1;
      let p3 = first ? placeAt(places, bodyEnd) : null;
      // "head of the International Department of the Communist Party of China": a body within a body.
      for (let guard = 0; bodyEnd >= 0 && !p3 && guard < 2; guard++) {
        const inner = INSTITUTION_OF.exec(text.slice(bodyEnd, bodyEnd + 80));
        if (!inner) break;
        bodyEnd += inner[0].length;
        p3 = placeAt(places, bodyEnd);
      }
      const body = bodyEnd >= 0 ? [text.slice(at2, bodyEnd)] : null;
      if (p3 && p3.kind === 'country') country = p3.iso3;
      else if (p3 && p3.kind === 'metonym' && p3.iso3) { country = p3.iso3; institution = `${ofm[0]}${body![0]}${p3.text}`; }
    }
  }
  // ", the vice president who heads the Atomic Energy Organization of Iran": the body he heads names the country.
  if (!country && !org && !ofm) {
    const heads = WHO_HEADS.exec(text.slice(past, past + 30));
    const body = heads ? INSTITUTION_OF.exec(text.slice(past + heads[0].length, past + heads[0].length + 80)) : null;
    const p6 = body ? placeAt(places, past + heads![0].length + body[0].length) : undefined;
    if (p6 && p6.kind === 'country') country = p6.iso3;
  }
  // ", Adviser for Planning in the Interim Government of Bangladesh,", ", a minister in the Bangladeshi government,":
  // the government he serves names his country.
  if (!country && !org) {
    const g = GOVERNMENT_OF_AFTER.exec(text.slice(past, past + 120));
    const p8 = g ? placeAt(places, past + g[0].length) : undefined;
    if (p8 && p8.kind === 'country') country = p8.iso3;
    const d = g ? undefined : IN_THE_AFTER.exec(text.slice(past, past + 100));
    const p9 = d ? placeAt(places, past + d[0].length) : undefined;
    if (p9 && p9.kind === 'demonym' && GOVERNMENT_NEXT.test(text.slice(p9.end, p9.end + 40))) country = p9.iso3;
  }
  // "General Ashok Raj Sigdel, Chief of the Army Staff, Nepali Army": the service, and its country, after a comma.
  if (!country && !org && text.startsWith(', ', past)) {
    const pl = placeAt(places, past + 2);
    if (pl && pl.iso3 && (pl.kind === 'demonym' || pl.kind === 'country') && MILITARY_BODY.test(text.slice(pl.end, pl.end + 40))) country = pl.iso3;
  }
  // "Anwar Gargash, Diplomatic Adviser to the President of the UAE": an adviser serves the leader of his own country.
  if (!country && !org && !ofm && ADVISER_END.test(role)) {
    const to = ADVISER_TO_LEADER.exec(text.slice(past, past + 50));
    const p7 = to ? placeAt(places, past + to[0].length) : undefined;
    if (p7 && p7.kind === 'country') { country = p7.iso3; institution = ` to the ${to![1]}`; }
  }
  role = role.replace(LOWER_INITIAL_RE, (c) => c.toUpperCase()) + institution;
  return { role, country, org };
}
const LEGISLATURE_WORD = /^(?:Parliament|Senate|Congress|Duma|Majlis|Mazhilis|Kenesh)$/;
const ADVISER_END = /(?:Adviser|Advisor|Aide|Assistant)$/i;
const PORTFOLIO_SKIP = String.raw`(?:\s+(?:for|of)\s+\p{Lu}[\p{L}-]*(?:,?\s+(?:and\s+)?(?:for\s+)?\p{Lu}[\p{L}-]*)*)?`;
const GOVERNMENT_OF_AFTER = new RegExp(String.raw`^${PORTFOLIO_SKIP}\s+in\s+the\s+(?:(?:[Ii]nterim|[Tt]ransitional|[Cc]aretaker|[Ff]ederal|[Uu]nion|[Nn]ational)\s+)?[Gg]overnment\s+of\s+(?:the\s+)?`, 'u');
const IN_THE_AFTER = new RegExp(String.raw`^${PORTFOLIO_SKIP}\s+in\s+the\s+`, 'u');
const GOVERNMENT_NEXT = /^\s+(?:(?:interim|transitional|caretaker|federal|new)\s+)?(?:[Gg]overnment|[Cc]abinet|administration)\b/;
const ADVISER_TO_LEADER = /^\s+to\s+the\s+(President|Prime Minister|King|Emir|Amir|Crown Prince|Sultan|Chancellor)\s+of\s+(?:the\s+)?/;


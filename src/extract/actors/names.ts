import { isRegexSpace } from '../../nlp/regex.ts';
import { lexicon } from '../lexicon.ts';
import { cityLookup, iso3FromName, orgLookup } from '../gazetteer/index.ts';
import { LETTER, MARK, SURROGATE, UPPER, letterClass } from './letters.ts';

// Capitalised words that start sentences or name things but are never part of a person's name.
const NOT_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'During', 'After', 'Before', 'Meeting', 'Talks', 'According', 'Later', 'Earlier',
  'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their', 'Its', 'Our', 'Both', 'And',
  'But', 'Also', 'While', 'When', 'As', 'For', 'With', 'From', 'To', 'Of', 'By', 'Under', 'Speaking', 'Following',
  'Emphasizing', 'Emphasising', 'Stressing', 'Noting', 'Welcoming', 'Among', 'Since', 'Until', 'Amid', 'Despite',
  // Participles that open a sentence before a name ("Greeting Aliyev as ...").
  'Greeting', 'Receiving', 'Hosting', 'Addressing', 'Thanking', 'Recalling', 'Expressing', 'Highlighting', 'Underlining',
  'Underscoring', 'Reaffirming', 'Congratulating', 'Praising', 'Commending', 'Briefing', 'Reiterating', 'Continuing',
  'Concluding', 'Describing', 'Assuring', 'Telling', 'Inviting', 'Accompanying', 'Escorting', 'Embracing',
  'Two', 'Three', 'Four', 'Five', 'One', 'First', 'Second', 'Third', 'Last', 'Next', 'Much', 'Many', 'Some', 'All',
  // Months that are also given names (May, June, Jun, April, August, Jan) are left to the date reader.
  'January', 'February', 'March', 'July', 'September', 'October', 'November', 'December', 'Feb', 'Mar', 'Apr',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Agency', 'Reuters', 'Xinhua',
  // "Queen Sirikit, the Queen Mother": a style, not a name.
  'Mother', 'Palace', 'Hall', 'House', 'Office', 'Guard', 'Declaration', 'Agreement', 'Treaty', 'Summit', 'Forum', 'Council',
  'Assembly', 'Ministry', 'Committee', 'Union', 'Bank', 'Airlines', 'Day', 'Games', 'Plan', 'Programme', 'Program',
  'Initiative', 'Partnership', 'Strategic', 'Joint', 'International', 'National', 'Republic', 'Organization',
  'Organisation', 'Commission', 'Parliament', 'Congress', 'Dialogue', 'Conference', 'Group', 'Corridor', 'Route',
  'Airport', 'University', 'Institute', 'Center', 'Centre', 'Party', 'Army', 'Forces', 'Navy', 'Police', 'News',
  'Times', 'Post', 'Media', 'Press', 'Service', 'Fund', 'Company', 'Corporation', 'Social', 'Sea', 'Ocean', 'River',
  'Region', 'Province', 'Oblast', 'District', 'City', 'State', 'States', 'Kingdom', 'Emirates', 'Islands',
  'Federation', 'War', 'World', 'Cup', 'Expo', 'Week', 'Year', 'Victory', 'Independence', 'Embassy', 'Government',
  'Cabinet', 'Truth', 'Lawn', 'South', 'North', 'East', 'West', 'Central', 'Great', 'General', 'Supreme', 'Chamber',
  'Commerce', 'Guesthouse', 'Museum', 'Square', 'Street', 'Avenue', 'Mission', 'Delegation', 'Statement', 'Readout',
  'Power', 'Siberia', 'Security', 'Development', 'Economic', 'Maritime', 'Comprehensive', 'Community', 'Belt', 'Road',
  'New', 'Growth', 'Acceleration', 'Ecological', 'Transformation', 'Memorandum', 'Understanding', 'Protocol',
  'Charter', 'Accord', 'Pact', 'Framework', 'Vision', 'Action', 'Communique', 'Communiqué', 'Session', 'Meeting',
  'Level', 'Round', 'Consultations', 'Negotiations', 'Discussions', 'Stadium', 'Olympic', 'Arena', 'Bridge', 'Hospital',
  'Foundation', 'Library', 'School', 'College', 'Academy', 'Cathedral', 'Mosque', 'Church', 'Temple', 'Tower', 'Theatre',
  'Theater', 'Boulevard', 'Memorial', 'Monument', 'Mausoleum', 'Responsible', 'Officer', 'Outgoing', 'Incoming', 'Former', 'Visiting', 'Documents', 'Field',
  'Board', 'Authority', 'Agency', 'Station', 'Plant', 'Project', 'Railway', 'Railways', 'Highway', 'Port', 'Terminal',
  'Gas', 'Oil', 'Energy', 'Mr', 'Mrs', 'Ms', 'Dr', 'If', 'Once', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'However',
  'Meanwhile', 'Separately', 'Additionally', 'Moreover', 'Furthermore', 'Instead', 'Still', 'Yet', 'So', 'Then',
  'Turkic', 'Arab', 'African', 'Asian', 'European', 'Eurasian', 'Pacific', 'Atlantic', 'Caspian', 'Nordic', 'Baltic',
  'Foreign', 'Gulf', 'Latin', 'Western', 'Eastern', 'Northern', 'Southern', 'Middle', 'Far', 'Head', 'Heads', 'Minister', 'Ministers',
  // Offices in the plural name a group: "Ministers of Foreign Affairs and Ambassadors of Member States".
  'Ambassadors', 'Presidents', 'Envoys', 'Delegates', 'Representatives', 'Diplomats', 'Officials', 'Leaders',
  // Headlines in title case put verbs beside names: "El-Sisi Receives ...", "Leaders Hold Official Talks".
  'Receives', 'Received', 'Receive', 'Meets', 'Meet', 'Met', 'Holds', 'Hold', 'Held', 'Signs', 'Sign', 'Signed',
  'Discuss', 'Discusses', 'Discussed', 'Hosts', 'Hosted', 'Welcomes', 'Welcomed', 'Phones', 'Calls', 'Speaks',
  'Spoke', 'Visits', 'Visit', 'Visited', 'Agree', 'Agrees', 'Agreed', 'Invites', 'Invited', 'Thanks', 'Thanked',
  'Urges', 'Urged', 'Hails', 'Hailed', 'Reviews', 'Reviewed', 'Congratulates', 'Official', 'Says', 'Said',
  'Carries', 'Delivers', 'Conveys', 'Sends', 'Brings', 'Tells', 'Asks', 'Seeks', 'Backs', 'Pledges', 'Vows',
  'Arrives', 'Leaves', 'Returns', 'Wraps', 'Concludes', 'Completes', 'Begins', 'Starts', 'Opens', 'Ends',
  'Confers', 'Talks', 'Explores', 'Stresses', 'Reaffirms', 'Underscores', 'Emphasizes', 'Emphasises', 'Exchange', 'Exchanges',
  'Chairs', 'Chaired', 'Attends', 'Attended', 'Joins', 'Greets', 'Greeted', 'Announces', 'Announced',
]);

// A name token: a capitalised word (with inner hyphens/apostrophes) or an initial ("V.", "S.").
// Arabic names keep a lower-case article glued to the next word: "Ahmed al-Sharaa", "Abdel Fattah el-Sisi".
const ARTICLES = 'al|el|ad|ar|as|ash|at|az|an|ud|ul';
// "Md." and "Mohd." abbreviate Muhammad in South and Southeast Asian names ("Md. Touhid Hossain").
// Mongolian style glues the patronymic's initial to the name: "U.Khurelsukh", "L.Oyun-Erdene".
const TOKEN = String.raw`(?:(?:Md|Mohd|Muhd)\.|\p{Lu}\.\p{Lu}[\p{L}\p{M}]+(?:['’\-]\p{L}[\p{L}\p{M}]*)*|\p{Lu}\.(?:\s?\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*|(?:${ARTICLES})-\p{Lu}[\p{L}\p{M}]*)`;

// Where a name may start, found natively and checked after (mayStartName): a capital (anything past
// Latin-1's symbols may be one) or an article's first letter, after no ASCII letter, apostrophe or hyphen.
// A loop over the characters in JavaScript costs several times more than this search.
const NAME_GATE = new RegExp(String.raw`(?<![A-Za-z'’\-])(?:[A-Z\u00C0-\uFFFF]|[aeu](?=(?:${ARTICLES.replace(/\b[aeu]/g, '')})-))`, 'g');

let nameReAt: RegExp | null = null;
function nameSource(): string {
  const particles = [...lexicon().particles].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // The look-ahead for a possible first letter before the look-behind lets V8 skip most positions cheaply.
  return String.raw`(?<![\p{L}\p{M}'’\-])(?=[\p{Lu}aeu])${TOKEN}(?:\s+(?:(?:${particles})\s+)*${TOKEN})*`;
}
/** Sticky: tried only where a name may start (see mayStartName). */
function nameRegexAt(): RegExp {
  return nameReAt ??= new RegExp(nameSource(), 'uy');
}

export interface NameRun { start: number; end: number; text: string; tokens: string[] }

/** Character ranges already explained (places, titles): a word there cannot be part of a name. */
export interface RangeTest { covers(start: number, end: number): boolean }

// Regexes with \p{...} are module constants: the transpiler (esbuild under tsx) rewrites such a literal
// into `new RegExp(...)`, which inside a function would build a fresh regex on every call.
const ACRONYM_RE = /^\p{Lu}{2,}$/u;
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})$/;
const INITIAL_RE = /^\p{Lu}\.$/u;
const GLUED_INITIAL = /^\p{Lu}\.(?=\p{Lu}\p{Ll})/u;
const CAPS_WORD = /^\p{Lu}{3,}$/u;
const MIXED_CASE = /^\p{Lu}\p{Ll}/u;

/**
 * Japanese and some Chinese readouts print the family name in capitals before the given name
 * ("Prime Minister KISHIDA Fumio"): a word in capitals is a name word when a name word in mixed
 * case follows, unless it is an acronym the gazetteer knows ("IAEA Grossi").
 */
function capsSurnameAt(k: number, n: number, underway: boolean): boolean {
  const w = wText[k];
  if (!CAPS_WORD.test(w)) return false;
  const before = k + 1 < n && MIXED_CASE.test(wText[k + 1]) && isNameWord(wText[k + 1]);
  // The same readouts write a foreign leader given name first: "H.E. Mr. Joko WIDODO", "Ukhnaa KHURELSUKH".
  const after = underway && k > 0 && MIXED_CASE.test(wText[k - 1]) && isNameWord(wText[k - 1]);
  if (!before && !after) return false;
  return !orgLookup(w) && !cityLookup(w) && !iso3FromName(w) && !NOT_NAME.has(w[0] + w.slice(1).toLowerCase());
}

const nameWordMemo = new Map<string, boolean>();

export function isNameWord(tok: string): boolean {
  const hit = nameWordMemo.get(tok);
  if (hit !== undefined) return hit;
  const r = isNameWordUncached(tok);
  if (nameWordMemo.size > 50000) nameWordMemo.clear();
  nameWordMemo.set(tok, r);
  return r;
}

function isNameWordUncached(tok: string): boolean {
  const lex = lexicon();
  const bare = tok.replace(/['’]s$/, '');
  if (NOT_NAME.has(bare)) return false;
  if (lex.honorifics.has(bare)) return false;
  if (lex.roleHeadSet.has(bare.toLowerCase())) return false;
  if (ACRONYM_RE.test(bare) && bare.length > 1) return false; // acronyms: SCO, UN, WHO
  return true;
}

// What \s matches separates the words of a run. A local copy: imported bindings are read through
// accessors once transpiled, and this is asked for every character of a run.
const isSpace = isRegexSpace;

// The words of the run being split, reused from run to run: a sentence has thousands of words over a
// stream, and arrays of small objects per run were a good part of the cost of reading names.
let wStart: number[] = [];
let wEnd: number[] = [];
let wText: string[] = [];

/** Splits text[from, to) at whitespace into the word buffers; returns the number of words. */
function splitWords(text: string, from: number, to: number): number {
  let n = 0;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const s = i;
    while (i < to && !isSpace(text.charCodeAt(i))) i++;
    wStart[n] = s; wEnd[n] = i; wText[n] = text.slice(s, i);
    n++;
  }
  return n;
}

/** Whether the n-th word may stand in a name, given whether a name is already under way. */
function nameWordAt(k: number, n: number, underway: boolean, particles: Set<string>, honorifics: Set<string>, skip: RangeTest | null): boolean {
  const w = wText[k];
  if (particles.has(w)) return true;
  // "Mohammed VI", "Abdullah II", "Leo XIV": a regnal number after a name is part of it.
  if (underway && REGNAL.test(w)) return true;
  if (k + 1 < n && givenBeforeLineage(w, wText[k + 1])) return skip === null || !skip.covers(wStart[k], wEnd[k]);
  // "Hassan Sheikh Mohamud": an honorific inside a name is part of it, only a leading one is a title.
  if (!isNameWord(w) && !(underway && honorifics.has(w)) && !capsSurnameAt(k, n, underway)) return false;
  return skip === null || !skip.covers(wStart[k], wEnd[k]);
}

const LEADING_ARTICLE = new Set(['Al', 'El', 'Abu']);
const LINEAGE_NEXT = new Set(['bin', 'ibn', 'bint']);
const ROYAL_GIVEN = new Set(['Sultan', 'Amir', 'Emir', 'Malik']);
/** "Sultan bin Saad Al-Muraikhi": a title word followed by "bin" is a given name, not a title. */
export function givenBeforeLineage(word: string, next: string): boolean {
  return ROYAL_GIVEN.has(word) && LINEAGE_NEXT.has(next);
}
function isPossessive(w: string): boolean {
  const q = w.charCodeAt(w.length - 2);
  return w.length > 2 && w.charCodeAt(w.length - 1) === 115 /* s */ && (q === 39 || q === 0x2019);
}

/** The name made of words [a, b), less particles at either end and a final possessive; null if nothing is left. */
function runOf(text: string, a: number, b: number, particles: Set<string>): NameRun | null {
  // Particles cannot start or end a name, but for a capitalised Arabic article before more of it ("Al Hussein bin Abdullah II").
  while (a < b && particles.has(wText[a]) && !(LEADING_ARTICLE.has(wText[a]) && b - a >= 2)) a++;
  while (b > a && particles.has(wText[b - 1])) b--;
  if (a === b) return null;
  let end = wEnd[b - 1];
  let last = wText[b - 1];
  const lc = last.charCodeAt(last.length - 1);
  if (last.length >= 2 && lc === 115 /* s */ && (last.charCodeAt(last.length - 2) === 39 || last.charCodeAt(last.length - 2) === 0x2019)) {
    end -= 2; last = last.slice(0, -2);
  }
  const start = wStart[a];
  if (end <= start) return null;
  const tokens: string[] = new Array(b - a);
  for (let k = a; k < b - 1; k++) tokens[k - a] = wText[k];
  tokens[b - 1 - a] = last;
  return { start, end, text: text.slice(start, end), tokens };
}

/**
 * Whether the name regex can match at `p`, judging by its look-ahead (a capital, or the "al-" of
 * "al-Sharaa") and its look-behind (no letter, mark, apostrophe or hyphen before). Half a surrogate
 * pair is left to the regex.
 */
function mayStartName(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  const k = letterClass(c);
  if (k & SURROGATE) return c < 0xdc00;
  if (!(k & UPPER)) {
    if (c !== 97 && c !== 101 && c !== 117) return false;
    if (text.charCodeAt(p + 2) !== 45 && text.charCodeAt(p + 3) !== 45) return false;
  }
  if (p === 0) return true;
  const b = text.charCodeAt(p - 1);
  if (b === 39 || b === 0x2019 || b === 45) return false;
  const kb = letterClass(b);
  return (kb & SURROGATE) !== 0 || (kb & (LETTER | MARK)) === 0;
}

/**
 * Runs of capitalised words that could be a person's name, split wherever a word cannot belong to a
 * name (roles, months, institutions). `skip` marks character ranges already explained (places, roles).
 */
export function nameRuns(text: string, skip: RangeTest | null): NameRun[] {
  const out: NameRun[] = [];
  const lex = lexicon();
  const particles = lex.particles;
  const honorifics = lex.honorifics;
  const re = nameRegexAt();
  const gate = NAME_GATE;
  // The positions the regex would try in turn, less those where its first checks must fail; the
  // sticky test there returns the same matches as a global search, without building match arrays.
  gate.lastIndex = 0;
  while (gate.test(text)) {
    const p = gate.lastIndex - 1;
    if (!mayStartName(text, p)) continue;
    re.lastIndex = p;
    if (!re.test(text)) continue;
    const end = re.lastIndex;
    gate.lastIndex = end;
    // Keep the maximal stretches of name words.
    const n = splitWords(text, p, end);
    let from = 0;
    for (let k = 0; k < n; k++) {
      if (nameWordAt(k, n, k > from, particles, honorifics, skip)) {
        // "Micheál Martin's St Patrick's programme": a possessive ends the name.
        if (k + 1 < n && isPossessive(wText[k])) { const r = runOf(text, from, k + 1, particles); if (r) out.push(r); from = k + 1; }
        continue;
      }
      if (k > from) { const r = runOf(text, from, k, particles); if (r) out.push(r); }
      from = k + 1;
    }
    if (n > from) { const r = runOf(text, from, n, particles); if (r) out.push(r); }
  }
  return out;
}

/**
 * The name that starts exactly at `at` (a title's name, right after it), or null: the first of
 * `nameRuns(text.slice(at), skip)` when that starts at 0, without reading the rest of the text.
 */
export function nameRunAt(text: string, at: number, skip: RangeTest | null): NameRun | null {
  const re = nameRegexAt();
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return null;
  const lex = lexicon();
  const particles = lex.particles;
  const n = splitWords(text, at, at + m[0].length);
  let k = 0;
  while (k < n && nameWordAt(k, n, k > 0, particles, lex.honorifics, skip)) if (isPossessive(wText[k++])) break;
  if (k === 0) return null;
  const r = runOf(text, 0, k, particles);
  return r && r.start === at ? r : null;
}

export function foldToken(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]s$/, '').replace(/[^a-z0-9.\-]/g, '');
}

/** Tokens that identify a person in later mentions: every name word but particles and initials. */
const tokenMemo = new Map<string, string[]>();

export function identifyingTokens(name: string): string[] {
  const hit = tokenMemo.get(name);
  if (hit) return hit;
  const r = identifyingTokensUncached(name);
  if (tokenMemo.size > 50000) tokenMemo.clear();
  tokenMemo.set(name, r);
  return r;
}

function identifyingTokensUncached(name: string): string[] {
  const lex = lexicon();
  return name.split(/[\s]+/)
    .map((t) => t.replace(GLUED_INITIAL, ''))
    .filter((t) => !lex.particles.has(t) && !INITIAL_RE.test(t))
    .flatMap((t) => [t, ...(t.includes('-') ? t.split('-') : [])])
    .map(foldToken)
    .filter((t) => t.length >= 2);
}

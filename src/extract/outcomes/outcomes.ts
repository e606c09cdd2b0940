import type { Outcome, OutcomeKind, Quantity } from '../../model/engagement.ts';
import type { Span } from '../../model/span.ts';
import { makeSpan } from '../../model/span.ts';
import type { QuantityMention } from '../../nlp/quantities.ts';
import { periodEnd, shiftDays, type DateMention } from '../../nlp/dates.ts';
import type { ActorMention } from '../actors/types.ts';
import type { PersonRegistry } from '../actors/registry.ts';
import { lexicon, whichPattern } from '../lexicon.ts';
import { firstAtLeast, indexWithin, lastIndexWithin } from '../../nlp/search.ts';

// "the signing" without what was signed ("called the signing a milestone") points back to one told before.
const ANAPHORIC_SIGNING = /\bthe signing\b(?!\s+(?:of|ceremony|on|by)\b)/i;
// "signed the document afterwards", "signed it": what the engagement already signed.
// "signed the agreement for the Philippines": "for" and a name tell the side that signed, not the thing.
const SIGNED_IT_AGAIN = /^\s+(?:it|them|the (?:document|documents|agreement|treaty|memorandum|declaration|accord|deal|texts?))(?![\w-]|\s+(?:of|on|to|between|with|alongside|as)\b|\s+for\s+(?!(?:the\s+)?[A-Z]))/i;
const OWNED_BEFORE = /\p{Lu}[\p{L}.\-]*['’]s\s+(?:earlier\s+|previous\s+|own\s+)?$/u;
// "could not sign the text", "refused to sign": no signing either.
const SIGN_LATER_BEFORE = /\b(?:(?:are|is)\s+(?:due\s+|expected\s+|set\s+|scheduled\s+|going\s+)?to|will|shall|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|(?:could|can|would|will|did|does|do)\s*(?:not|n['’]t)|cannot|(?:refused|declined|refuses|declines|unwilling|unable)\s+to)\s+(?:also\s+)?$/i;
const NEGATED_BEFORE = /\b(?:never|not(?!\s+only\b)|n['’]t|no longer)\s+(?:(?:yet|formally|publicly|explicitly|fully|so far|ever)\s+)?$/i;
const SIGNED_NOTHING_AFTER = /^\s+(?:no|nothing|anything)\b/i;
const NO_SIGNING_BEFORE = /\b(?:(?:refused|declined|refuses|declines)(?:\s+\w+){1,3}\s+to|avoided|avoids|avoiding|without|(?:has|have|had)\s+not|never)\s+(?:again\s+)?$/i;
const CONCERN_BEFORE = /\b(?:concerns?|worried|worries|alarm|critici[sz]ed|criticism of|condemned|deplored)\s+(?:about|over|at|by|with)?\s*[^.;,]{0,40}$/i;
// A guest greeted on arrival, in the passive: no outcome.
const WELCOMED_GUEST = /\b(?:was|were|been|being)\s+(?:warmly\s+)?welcomed\s+(?:with|at|on|upon|in|to)\b/i;
const mentionStart = (m: ActorMention): number => m.start;

export interface OutcomeContext {
  text: string;
  registry: PersonRegistry;
  /** The engagement's sides: ISO3 codes, and "org:WHO" for organisations. */
  sides: string[];
  participants: string[];
  /** Who the article is about, if known: "the Head of State" of its own release. */
  protagonist?: string | null;
}

export interface FoundOutcome { outcome: Outcome; span: Span }

const PREP_BEFORE = /\b(?:of|with|to|for|between|from|on|in|at|by|about|among|toward|towards|including|like|as|than|into|over|against|across|via|after|before|during|under)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i;
// Words that may stand between a subject and its act: "both countries were working to raise trade".
// A possessive gives its owner: "India's support".
const DIRECT_GAP = /^(?:\s|,|['’]s\b|\b(?:who|also|then|in turn|later|has|have|had|would|will|again|further|immediately|jointly|is|was|were|are|be|been|formally|officially|warmly|personally|separately|both|not only|in return|for (?:its|his|her|their) part|working|work|to|aim|aims|aiming|seek|seeks|seeking|plan|plans|planning|hope|hopes|intend|intends|want|wants)\b)*$/i;
const MONEY_UNIT = /^[A-Z]{3}$/;
const RELATIVE_GAP = /^,\s*who\s+(?:(?:also|then|later|had|has|warmly|in turn)\s+)?$/;
const RELATIVE_VERB_GAP = /^,\s*who\s+(?:(?:also|then|later|had|has|warmly|in turn)\s+)?[a-z]+\s+$/;
const FRONTED_PHRASE = /^(?:(?:Meeting|Receiving|Welcoming|Hosting|Addressing|Speaking|During|In|At|After|Following|Upon|On|When|While|Before|Having)\b[^,;]{1,100},)/;

function sideOfMention(m: ActorMention, ctx: OutcomeContext): string | null | 'plural' {
  if (m.kind === 'plural') return 'plural';
  if (m.personId) {
    const p = ctx.registry.get(m.personId);
    if (!p) return null;
    return p.country ?? (p.org ? `org:${p.org}` : null);
  }
  if (m.kind === 'org') return m.org ? `org:${m.org}` : null;
  return m.iso3;
}

/** Outcome `by`/`to` use countries only; an organisation's side is null by the annotation convention. */
const asCountry = (side: string | null | 'plural'): string | null => (!side || side === 'plural' || side.startsWith('org:') ? null : side);

interface Cue { kind: OutcomeKind; start: number; end: number; jointOnly: boolean }

function excludedAt(exclude: RegExp, s: string, st: number, en: number): boolean {
  const w0 = Math.max(0, st - 50);
  const window = s.slice(w0, Math.min(s.length, en + 50));
  exclude.lastIndex = 0;
  for (let ex = exclude.exec(window); ex && w0 + ex.index <= en; ex = exclude.exec(window)) {
    if (w0 + ex.index + ex[0].length >= st) return true;
    if (!ex[0].length) exclude.lastIndex++;
  }
  return false;
}

const MAX_CUES_PER_SENTENCE = 50;

/** Whether `at` falls inside a short quoted name: after an opening quote not yet closed, a few words back. */
function insideQuotedName(s: string, at: number): boolean {
  const from = Math.max(0, at - 40);
  const open = Math.max(s.lastIndexOf('“', at), s.lastIndexOf('"', at));
  if (open < from) return false;
  // A name is short: its closing quote comes within a few words (a quoted statement runs on).
  const close = s.indexOf(s.charAt(open) === '“' ? '”' : '"', open + 1);
  if (close < at || close - open > 60) return false;
  if (s.charAt(open) === '“') return s.lastIndexOf('”', at) < open;
  // A straight quote opens when an odd number of them stands before it.
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0 && i <= open; i = s.indexOf('"', i + 1)) n++;
  return n % 2 === 1 && /^[A-Z]/.test(s.charAt(open + 1));
}

function findCues(s: string, base: number): Cue[] {
  const lex = lexicon();
  const out: Cue[] = [];
  const re = lex.outcomeRe.re;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const st = m.index;
    const en = st + m[0].length;
    if (en === st) { re.lastIndex++; continue; }
    const cue = lex.outcomeCues[whichPattern(m, lex.outcomeRe, s)];
    // Exclusions look at the words around the cue; they apply when they cover the cue itself, and
    // any of them may ("back-to-back": the first "back-" covers the first "back", "-back" the second).
    if (cue.exclude && excludedAt(cue.exclude, s, st, en)) { re.lastIndex = st + 1; continue; }
    // 'launched the "Welcome to Mongolia" programme': a word inside a quoted name is no act.
    if (insideQuotedName(s, st)) continue;
    // "agreed that the two countries will deepen ...": the plan is the agreement already read.
    const last = out[out.length - 1];
    if (cue.kind === 'agreement' && last?.kind === 'agreement' && base + st - last.end < 80 && /^will\b/i.test(m[0])) continue;
    // "agreed that experts would meet soon to agree on concrete steps": what the agreed meeting is for.
    if (cue.kind === 'agreement' && last?.kind === 'agreement' && base + st - last.end < 120 && /^agree\b/i.test(m[0]) && /\bto\s+$/i.test(s.slice(Math.max(0, st - 4), st))) continue;
    out.push({ kind: cue.kind, start: base + st, end: base + en, jointOnly: cue.jointOnly });
    // A sentence of prose states a handful of outcomes; past this many it is a flood, and reading each
    // cue's subject back through the sentence would cost time quadratic in its length.
    if (out.length >= MAX_CUES_PER_SENTENCE) break;
  }
  return out;
}

function subjectOf(cue: Cue, mentions: ActorMention[], ctx: OutcomeContext, sentStart: number): ActorMention | null {
  const text = ctx.text;
  // Mentions inside a prepositional phrase ("between Kazakhstan and Mongolia") do not act.
  const excluded = new Set<ActorMention>();
  let prev: ActorMention | null = null;
  for (const m of mentions) {
    if (m.start >= cue.start) break;
    const lead = text.slice(Math.max(sentStart, m.start - 25), m.start);
    if (PREP_BEFORE.test(lead)) excluded.add(m);
    else if (prev && excluded.has(prev)) {
      // "between Kazakhstan and Mongolia": one more object. But "support for Ukraine, and Xi
      // congratulated ...": after a comma, a name right before the verb is its subject.
      const joint = text.slice(prev.end, m.start);
      if (/^,?\s*(?:and|or)\s*$/.test(joint) && !(/^,\s*and\s*$/.test(joint) && DIRECT_GAP.test(text.slice(m.end, cue.start)))) excluded.add(m);
    }
    prev = m;
  }
  // "... with Sheikh Abdullah, who welcomed the ceasefire": the relative clause's act is its antecedent's.
  const last = prev && prev.end <= cue.start ? prev : null;
  if (last && (last.kind === 'person' || last.kind === 'role') && RELATIVE_GAP.test(text.slice(last.end, cue.start))) return last;
  // "received Macron, who offered his condolences": the possessive is the relative clause's own.
  if (last && last.kind === 'pronoun' && POSSESSIVE_PRONOUN.test(text.slice(last.start, last.end)) && cue.start - last.end <= 2) {
    const k = mentions.indexOf(last);
    const antecedent = k > 0 ? mentions[k - 1] : null;
    if (antecedent && (antecedent.kind === 'person' || antecedent.kind === 'role') && RELATIVE_VERB_GAP.test(text.slice(antecedent.end, last.start))) return antecedent;
  }
  const cands = mentions.filter((m) => m.end <= cue.start && !(m.kind === 'country' && m.weak) && !excluded.has(m));
  if (!cands.length) return openingParticipleSubject(cue, mentions, text, sentStart);
  // ", thanking him for ..." hangs on the sentence's subject.
  const participle = /^[\p{L}]+ing\b/u.test(text.slice(cue.start, cue.end)) && /,\s*$/.test(text.slice(Math.max(sentStart, cue.start - 3), cue.start));
  const nearest = cands[cands.length - 1];
  if (!participle && DIRECT_GAP.test(text.slice(nearest.end, cue.start))) return nearest;
  // Coordinated verbs share the sentence's subject: "Jaishankar congratulated Kazakhstan ..., extended full support".
  let clauseStart = Math.max(sentStart, lastIndexWithin(text, ';', cue.start, sentStart) + 1);
  // "Meeting the Vice President, the EAM conveyed ...": who is named in a fronted phrase does not act.
  const fronted = clauseStart === sentStart ? FRONTED_PHRASE.exec(text.slice(sentStart, cue.start)) : null;
  if (fronted) clauseStart = sentStart + fronted[0].length;
  return cands.find((m) => m.start >= clauseStart) ?? cands[0];
}

// "The Foreign Secretary conveyed ... and thanked the Chief Adviser", "The head of our state thanked ...":
// a title standing alone opens the clause; no name is there to give the side.
const TITLED_SUBJECT = /^(?:[^,;]{0,80},\s*)?[Tt]he\s+((?:visiting\s+)?(?:[Hh]ead\s+of\s+(?:our\s+)?[Ss]tate|[Ss]overeign|[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Ff]oreign\s+(?:[Mm]inister|[Ss]ecretary)|[Ee]mir|[Aa]mir|[Kk]ing|[Qq]ueen|[Ss]ultan|[Ee]mperor|[Cc]rown\s+[Pp]rince|[Ss]ecretary[- ][Gg]eneral|[Mm]anaging\s+[Dd]irector|[Cc]hief\s+[Aa]dviser|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}))\s/u;
const FIRST_PERSON_BEFORE = /(?:^|[,;]\s*|\band\s+)I\s+(?:also\s+|then\s+|have\s+|had\s+)?$/;
const GENERIC_HEAD = /^(?:head of (?:our )?state|sovereign)$/;
const LEADER_ROLE = /\b(?:president|king|queen|emir|amir|sultan|emperor|sovereign|head of state)\b/;

/** The side of the one participant a bare title names: by role, or the article's own leader for "the Head of State". */
function titledSubjectSide(cue: Cue, text: string, sentStart: number, ctx: OutcomeContext): string | null {
  // "I thanked State Councilor Wang", in a minister's own release: its author, outside quotation marks.
  if (FIRST_PERSON_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 60), cue.start)) && !/["“”]/.test(text.slice(sentStart, cue.start))) {
    const author = ctx.protagonist && ctx.participants.includes(ctx.protagonist) ? ctx.registry.get(ctx.protagonist) : undefined;
    return author && author.first <= 3 ? author.country : null;
  }
  const m = TITLED_SUBJECT.exec(text.slice(sentStart, cue.start));
  if (!m) return null;
  // The title must be the clause's subject, not an object before the cue: nothing but the verb phrase between.
  if (/[,;]/.test(text.slice(sentStart + m.index + m[0].length, cue.start)) && !/\band\s+\S+\s*$/.test(text.slice(sentStart, cue.start))) return null;
  const words = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/^visiting /, '');
  const people = ctx.participants.map((id) => ctx.registry.get(id)).filter((p): p is NonNullable<typeof p> => !!p && !!p.country);
  const holders = GENERIC_HEAD.test(words) ? people.filter((p) => LEADER_ROLE.test((p.role ?? '').toLowerCase()))
    : people.filter((p) => (p.role ?? '').toLowerCase().includes(words));
  if (holders.length === 1) return holders[0].country;
  // Two presidents at the table: "the Head of State" of a release is its own leader; "the prime minister" is no one.
  if (holders.length > 1 && GENERIC_HEAD.test(words) && ctx.protagonist && holders.some((p) => p.id === ctx.protagonist)) return holders.find((p) => p.id === ctx.protagonist)!.country;
  return null;
}

// A constant: the TypeScript loader turns a \p{...} literal inside a function into `new RegExp`, remade on every call.
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\b/u;

/** "Thanking the President for the meeting, the diplomat conveyed ...": the subject after the opening phrase. */
function openingParticipleSubject(cue: Cue, mentions: ActorMention[], text: string, sentStart: number): ActorMention | null {
  if (cue.start - sentStart > 2 || !OPENING_PARTICIPLE.test(text.slice(cue.start, cue.end))) return null;
  const comma = text.indexOf(',', cue.end);
  if (comma < 0 || comma - cue.end > 160) return null;
  const next = mentions.find((m) => m.start > comma);
  return next && next.start - comma <= 12 && (next.kind === 'person' || next.kind === 'role' || next.kind === 'pronoun') ? next : null;
}

/** In '"I propose ...," the President said', the one who acts is the speaker outside the quotation. */
function quoteSpeaker(cue: Cue, mentions: ActorMention[], text: string, sentStart: number, sentEnd: number): ActorMention | null {
  const before = text.slice(sentStart, cue.start);
  const opens = (before.match(/[“"]/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  if (!(/“/.test(before) ? opens % 2 === 1 : straight % 2 === 1)) return null;
  const close = text.slice(cue.end, sentEnd).search(/[”"]/);
  if (close < 0) return null;
  const after = cue.end + close + 1;
  const speaker = mentions.find((m) => m.start >= after && m.start <= after + 25 && (m.kind === 'person' || m.kind === 'role' || m.kind === 'pronoun'));
  if (speaker && /^[\s,]*(?:the\s+)?$/i.test(text.slice(after, speaker.start))) return speaker;
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
  const lead = mentions.filter((m) => m.end <= sentStart + open && (m.kind === 'person' || m.kind === 'role'));
  return lead.length && /\b(?:said|says|told|stated|added|noted|stressed|declared)\b[^"“]{0,20}$/i.test(before.slice(0, open)) ? lead[lead.length - 1] : null;
}

const JOINED = /^\.?\s*(?:and|&)\s*(?:the\s+)?$/i;
const NEW_CLAUSE = /,\s+and\s|;|\s[–—]\s/;
const NEW_SUBJECT_AND = /,\s+and\s+$/;

/** The last mention that lies wholly in [from, to), or null. */
function lastEndingBefore(mentions: ActorMention[], from: number, to: number): ActorMention | null {
  let last: ActorMention | null = null;
  for (const m of mentions) {
    if (m.start >= to) break;
    if (m.start >= from && m.end <= to) last = m;
  }
  return last;
}

function objectOf(cue: Cue, regionEnd: number, mentions: ActorMention[], by: string | null, ctx: OutcomeContext): string | null | 'plural' {
  // The object stands right after the verb, before any new clause (", and the two leaders ...").
  const next = NEW_CLAUSE.exec(ctx.text.slice(cue.end, regionEnd));
  const stop = next ? cue.end + next.index : regionEnd;
  for (const m of mentions) {
    if (m.start < cue.end || m.start >= Math.min(stop, cue.end + 80)) continue;
    if (m.kind === 'country' && m.weak) continue;
    const side = sideOfMention(m, ctx);
    if (side === 'plural') return 'plural';
    if (side && side !== by) return side;
  }
  return null;
}

// "from around $10 billion to $15 billion": the first amount is where trade stands, the target the second.
const FROM_BEFORE = /\bfrom\s+(?:about |around |some |roughly |nearly |almost |over |more than |less than )?(?:the current |current |the present |today's )?$/i;

function pickQuantity(kind: OutcomeKind, qs: QuantityMention[], start: number, end: number, text?: string): QuantityMention | null {
  // "signed after talks that lasted about two hours": how long something took is no amount of it.
  const inside = qs.filter((q) => q.start >= start && q.end <= end && q.kind !== 'percent' && q.kind !== 'year' && !DURATION_UNIT.test(q.unit));
  if (!inside.length) return null;
  if (kind === 'target') {
    const money = inside.filter((q) => q.kind === 'money');
    const goal = text && money.length > 1 ? money.find((q) => !FROM_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) : undefined;
    return goal ?? money[0] ?? inside[inside.length - 1];
  }
  return inside[0];
}

// After whitespace runs are single spaces: a plain scan from each end, where a regex alternation
// with a trailing anchor tried every position of the outcome.
function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && LEAD_TRIM.includes(s[a])) a++;
  while (b > a && TAIL_TRIM.includes(s[b - 1])) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}
const LEAD_TRIM = ' ,;:';
const TAIL_TRIM = ' ,;:.';

// The end of a quotation ('... to $500 million," the President said'), not a quoted name inside the act.
const QUOTATION_END = /[,.]\s*["”].*$|["”](?=\s*,?\s+(?:he|she|they|the\s+\w+|\p{Lu}[\p{L}-]+)\s+(?:said|says|added|noted|stressed|told)\b).*$/su;
// "..., and", "... as well as" left at the end: dropped by looking at the end only, where a regex
// anchored at $ tried every position of the outcome.
const TRAILING_JOINS = [' and', ' or', ' but', ' while', ' as well as', ' along with'];
function trimTrailingJoins(s: string): string {
  for (;;) {
    const lower = s.length > 16 ? s.slice(-16).toLowerCase() : s.toLowerCase();
    const join = TRAILING_JOINS.find((j) => lower.endsWith(j));
    if (!join) return s;
    s = s.slice(0, s.length - join.length);
    if (s.endsWith(',')) s = s.slice(0, -1);
  }
}

/** An outcome's summary at most 160 characters long, cut at a word with "..." when longer. */
export function clipSummary(s: string): string {
  return s.length > 160 ? s.slice(0, 157).replace(/\s+\S*$/, '') + '...' : s;
}

function summarize(text: string, from: number, to: number): string {
  // A quotation ends the outcome ('... to $500 million," the President said').
  let s = text.slice(from, to);
  // The quotation regex tries every position; most outcomes hold no quotation mark at all.
  // A quoted name inside the act ('keep up their "shuttle diplomacy"') does not end it.
  if (s.includes('"') || s.includes('”')) s = s.replace(QUOTATION_END, '');
  s = trimTrailingJoins(trimPunctuation(s.replace(/\s+/g, ' ')));
  s = clipSummary(s);
  return s;
}

/** "Macron and Scholz congratulated China": the two named right before the cue, when neither is the one addressed. */
function eachOfPair(subj: ActorMention, to: string, mentions: ActorMention[], text: string, ctx: OutcomeContext): string[] | null {
  const pair = namedPair(subj, mentions, text, ctx);
  return pair && !pair.includes(to) ? pair : null;
}

/** The sides that each thank `to` when two thank together, or null when one does (or the thanks is joint). */
function eachThanker(subj: ActorMention | null, plural: boolean, to: string, bilateral: string[], mentions: ActorMention[], text: string, ctx: OutcomeContext): string[] | null {
  // "Aliyev and Pashinyan both thanked Trump": each of the two named thanks the third, the mediator.
  const pair = subj ? eachOfPair(subj, to, mentions, text, ctx) : null;
  if (pair) return pair;
  // "Both ministers expressed their thanks to China", "Both men thanked the UAE president": each side thanks the host.
  // In a three-way meeting, "Both leaders thanked Trump": the two sides other than the one thanked.
  const others = bilateral.filter((x) => x !== to);
  return plural && others.length === 2 && ctx.sides.length === (bilateral.includes(to) ? 3 : 2) ? others : null;
}

/** The outcomes one sentence states for an engagement. */
const NOMINAL_AND = /,?\s+and\s+(?=(?:the\s+|an?\s+|early\s+|further\s+|new\s+|more\s+|closer\s+|joint\s+)?[\p{L}-]+(?:tion|ment|ing|ance|ence|sion|ure|al)\s+of\b)/u;
const OUTCOME_SUBORDINATE = /\b(?:since|after|before|until|who|which|that|as|than|from)\b/i;
// "will establish ..." is a joint plan only when both sides are its subject; one side's is its own statement.
const SINGLE_SIDE_DROPS = /^(?:will\b|stressed the need|underlined the (?:need|importance)|underscored the (?:need|importance)|emphasi[sz]ed the (?:need|importance))/i;
const EXCHANGE = /\b(?:exchanged|traded|expressed\s+(?:\w+\s+){0,2}to each other|(?:to\s+)?each other|one another|mutual)\b/i;



/** An outcome dated well before publication ("as agreed in September", "when 20 agreements were signed in April 2023") is history. */
function recalled(text: string, cueStart: number, cueEnd: number, regionEnd: number, dates: DateMention[], published: string | null): boolean {
  if (!published) return false;
  const limit = shiftDays(published, -20);
  for (const d of dates) {
    // A month without a year may be ahead ("the BRICS meeting in Kazan in October"): only years and "last ..." date an outcome back.
    if (!/\d{4}|\blast\b|\bago\b|\bprevious/i.test(d.text)) continue;
    const end = periodEnd(d);
    if (!end || end >= limit) continue;
    const before = d.end <= cueStart && cueStart - d.end <= 80;
    const after = d.start >= cueEnd && d.start <= regionEnd && d.start - cueEnd <= 100;
    if (!before && !after) continue;
    const between = before ? text.slice(d.end, cueStart) : text.slice(cueEnd, d.start);
    if (OUTCOME_SUBORDINATE.test(between) || /\b(?:from|than)\s*$/i.test(text.slice(Math.max(0, d.start - 12), d.start))) continue;
    // "trade, which stood at $150 million last year, should rise to ...": the date is the relative clause's.
    const segment = text.slice(Math.max(0, text.lastIndexOf(',', d.start) + 1), d.start);
    if (OUTCOME_SUBORDINATE.test(segment)) continue;
    // "praised the roadmap approved when the two met in March 2023, and invited him ...": a when-clause
    // closed by its comma dates its own meeting, not the act after it.
    if (before && /\bwhen\b/i.test(segment) && /,/.test(between)) continue;
    return true;
  }
  return false;
}

// The steps below are functions of their own rather than parts of sentenceOutcomes: as one long
// function it was slow for V8 to optimise, and ran unoptimised in the meantime.

/** The cues of a sentence, without those that only restate the next one. */
function mergedCues(raw: Cue[], text: string): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < raw.length; i++) {
    const next = raw[i + 1];
    const gap = next ? text.slice(raw[i].end, next.start) : '';
    if (next && raw[i].kind === 'proposal' && /^\s*(?:\w+\s+){0,1}$/.test(gap)) continue;
    // "I propose that we set ourselves the goal of bringing trade to $500 million": one target.
    // "agreed to bring bilateral trade to $10 billion": one target, the agreement is how it was set.
    if (next && next.kind === 'target' && (raw[i].kind === 'proposal' || raw[i].kind === 'target' || raw[i].kind === 'agreement') && /^[^,;.$\d]{0,40}$/.test(gap)) continue;
    // "wanted a business council launched soon": the participle belongs to what was wanted.
    const prev = cues[cues.length - 1];
    if (prev && prev.kind === 'proposal' && raw[i].kind !== 'signing' && /^want/i.test(text.slice(prev.start, prev.end))
      && /^[^,;:.]{1,60}$/.test(text.slice(prev.end, raw[i].start)) && /^\w+ed\b/i.test(text.slice(raw[i].start, raw[i].end))) continue;
    // "agreed to back the effort": what was agreed, not a second act.
    if (prev && prev.kind === 'agreement' && raw[i].kind !== 'signing' && /^agreed?(?: to)?$/i.test(text.slice(prev.start, prev.end).trim())
      && /^\s*(?:to\s+)?$/.test(text.slice(prev.end, raw[i].start))) continue;
    cues.push(raw[i]);
  }
  return cues;
}

const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
// "pledged (China's) continued support": the pledge is the support.
/**
 * Whether `m`, joined to the subject by "and", is another side: "she and President Joe Biden" are one
 * side, "Lee and his host" (a possessive names someone else) are two.
 */
function otherSide(m: ActorMention, subj: ActorMention, subjSide: string | null | 'plural', ctx: OutcomeContext, text: string): boolean {
  return m.kind !== 'pronoun' || subj.kind !== 'person' || sideOfMention(m, ctx) !== subjSide || POSSESSIVE_PRONOUN.test(text.slice(m.start, m.end));
}

const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;
const READY_TO_HELP = /^\s+(?:provide|offer|send|extend|help|assist|support)\b/i;
const PLEDGED_SUPPORT = /^\s+(?:to\s+(?:actively\s+|fully\s+|further\s+)?support\b|(?:(?:its|his|her|their|full|strong|continued|firm|unwavering|further|steadfast|[\p{L}-]+['’]s)\s+)*(?:support|backing)\b)/iu;
const SUPPORT_MODIFIERS = /^\s*(?:\p{Lu}[\p{L}.\-]*['’]s\s+)?(?:(?:its|his|her|their|full|strong|continued|firm|unwavering|further|steadfast|government['’]s|country['’]s)\s+)*$/iu;
const NEXT_INFINITIVE = /(?:,\s+(?:and\s+)?|\s+and\s+)(?=to\s+(?!(?:the|a|an|their|its|his|her|this|that|these|those|each|both|all)\b)[a-z]+\b)/g;
const AND_THAT = /,?\s+and\s+(?=that\s)/g;
const AND_FOR = /,?\s+and\s+(?=for\s+(?:a|an|the|its|his|her|their|[A-Z][\w-]*['’]s)\s)/g;
const UNDERTAKINGS = 'boost|deepen|expand|strengthen|step up|promote|enhance|increase|intensify|explore|establish|set up|create|launch|resume|speed up|accelerate|develop|maintain|facilitate|broaden|diversify|upgrade|elevate|reopen|restore|finali[sz]e|implement|coordinate';
const NEXT_BARE_VERB = new RegExp(`(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?=(?:${UNDERTAKINGS})\\s+(?!and\\b|or\\b)[a-z])`, 'g');
const FIRST_UNDERTAKING = new RegExp(`^\\s+to\\s+(?:${UNDERTAKINGS})\\b`, 'i');
const INFINITIVE = /\bto\s+(?!the\b|a\b|an\b|their\b|its\b|his\b|her\b)[a-z]+\b/i;
const UNDERTAKING_VERB_END = new RegExp(`\\b(?:${UNDERTAKINGS}|to)\\s*$`, 'i');
const REPORTED_HAD = /\b(?:said|says|told\s+\w+|announced|noted|stated|added|confirmed|explained)\s+(?:that\s+)?(?:[\p{L}'’\-]+\s+){1,5}had\s+$/iu;
const JOINT_SUBJECT_BEFORE = /\b(?:the two(?:\s+[a-z]+)?|both(?:\s+(?:sides|leaders|countries|presidents|ministers|governments))?|they|we|the (?:sides|parties|leaders|presidents|ministers))\s+(?:(?:had|have|has|also|further|then|jointly|would|will|already)\s+){0,3}$/i;
const ONE_SIDE_PLEDGE = /^(?:committed|commit|pledged|pledge|undertook|undertake)/;
const AID_WORDS = /\b(?:aid|assistance|relief|humanitarian|grants?|donation|reconstruction|recovery)\b/i;
const JOINT_REPORTED_BETWEEN = /(?:\b(?:said|says|stated|noted|announced|added)\s+(?:that\s+)?|,\s+and\s+|\band\s+)(?:the two\s+(?:men|women|leaders|sides|countries|presidents|ministers|governments|nations|heads of state|neighbou?rs|premiers|prime ministers)|both\s+(?:sides|leaders|countries|men|presidents|governments)|(?:he|she) and (?:his|her) (?:guest|host|counterpart|visitor)|they)(?:\s*$|\s+(?!of\b|should\b|must\b|ought\b|needs?\b|needed\b)[a-z])/i;
const JOINT_GOAL_BETWEEN = /\b(?:(?:their|our) (?:shared |common |joint )?(?:goal|aim|target|objective)|(?:shared|common|joint) (?:goal|aim|target|objective)|(?:we|they|the two (?:countries|sides|leaders|governments|nations|presidents|ministers|states|neighbou?rs)|both (?:countries|sides|leaders|governments)) (?:have |had )?agreed)\b/i;
// "... for the loss of life and said Greece stood ready ...": a verb of saying opens the next act.
const NEW_ACT_BETWEEN = /,\s+and\s|;\s|,\s+(?:while|whereas)\s|\band\s+(?:said|added|stressed|noted|announced|stated|told)\b/;
const NEW_ACT_BEFORE = /(?:,|\band|\bwhile|\bwhereas)\s*$/i;
const SIGNED_ITEM = /,?\s+(?:and\s+)?(?=(?:a|an)\s+(?:second|third|fourth|fifth|further|separate)\b)|,?\s+along with\s+|\s+and\s+(?=(?:more than\s+|over\s+|some\s+|another\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|two dozen|several|a number of)\s+(?:other|further|more)\s+(?:documents|agreements|memorand\w+|accords|deals)\b)/gi;

/** Adds a cut after each match of the global regex `re` in `region`, which starts at `offset`. */
function cutAfterEach(re: RegExp, region: string, offset: number, cuts: number[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(region); m; m = re.exec(region)) cuts.push(offset + m.index + m[0].length);
}

/** Where one cue's region splits into outcomes of their own. */
function cutsOf(text: string, kind: OutcomeKind, cue: Cue, regionEnd: number, quantities: QuantityMention[]): number[] {
  // One outcome per amount when the text adds amounts ("$300 million, plus $60 million for equipment"),
  // and one per item when it lists acts ("a goal of $500 million and early creation of a business council").
  const qs = quantities.filter((q) => q.start >= cue.start && q.end <= regionEnd && q.kind === 'money');
  const cuts: number[] = [];
  for (let k = 1; k < qs.length; k++) {
    if (/\b(?:plus|a further|an additional|another|in addition)\b/i.test(text.slice(qs[k - 1].end, qs[k].start))) cuts.push(qs[k].start);
  }
  const region = kind === 'signing' || kind === 'support' || kind === 'agreement' ? text.slice(cue.end, regionEnd) : '';
  // "an agreement on fuel, a second on aviation fuel and a third on ...", "a roadmap, along with
  // memorandums on ...", "a joint statement and more than two dozen other documents": one each.
  if (kind === 'signing') cutAfterEach(SIGNED_ITEM, region, cue.end, cuts);
  // "pledged support for the AU's admission to the G20 and for a greater South African role": one each.
  if (kind === 'support') cutAfterEach(AND_FOR, region, cue.end, cuts);
  // "agreed to set up a task force, to speed up ... and to promote ...": one agreement per undertaking.
  if (kind === 'agreement' && /^agree/i.test(text.slice(cue.start, cue.end))) {
    cutAfterEach(NEXT_INFINITIVE, region, cue.end, cuts);
    // "agreed that the war should end ... and that they would meet soon": one agreement per clause.
    if (/^\s+that\s/i.test(region)) cutAfterEach(AND_THAT, region, cue.end, cuts);
    // "agreed to boost high-level exchanges and deepen trade ties": a second verb with its own object.
    // Not "to strengthen and deepen ties", where the two verbs share one.
    // Only when "agreed to" governs the first verb, and no other infinitive stands between:
    // "agreed to join efforts to expand ..., develop ..." and "to counter ... and expand" are one act.
    const first = FIRST_UNDERTAKING.exec(region);
    NEXT_BARE_VERB.lastIndex = 0;
    for (let m = first && NEXT_BARE_VERB.exec(region); m; m = NEXT_BARE_VERB.exec(region)) {
      // "agreed to develop links, modernise crossings and increase flows": a list of one act's parts.
      const between = region.slice(first![0].length, m.index);
      if (INFINITIVE.test(between) || between.includes(',')) break;
      if (!UNDERTAKING_VERB_END.test(region.slice(Math.max(0, m.index - 20), m.index))) cuts.push(cue.end + m.index + m[0].length);
    }
  }
  if (kind === 'proposal' || kind === 'target' || kind === 'agreement') {
    let from = cue.end;
    for (let guard = 0; guard < 4; guard++) {
      const m = NOMINAL_AND.exec(text.slice(from, regionEnd));
      if (!m) break;
      const at = from + m.index;
      // "through exchanges, joint exercises and the sharing of experience": the last item of a list.
      if (!m[0].startsWith(',') && (text.slice(from, at).match(/,/g)?.length ?? 0) >= 2) break;
      cuts.push(at + m[0].length);
      from = at + m[0].length;
    }
  }
  return cuts.sort((a, b) => a - b);
}

const PROGRESSIVE_CUE = /^\p{L}+ing\b/u;

/** The stretches of text each outcome of one cue covers. */
function piecesOf(text: string, kind: OutcomeKind, cue: Cue, sentStart: number, regionEnd: number, quantities: QuantityMention[]): [number, number][] {
  const cuts = cutsOf(text, kind, cue, regionEnd, quantities);
  const pieces: [number, number][] = [];
  // "Eleven documents were signed in their presence": in the passive, what was signed comes first.
  let from = cue.start;
  // "China was sending rescuers" is progressive, not passive: its subject acts.
  const passive = (/\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sentStart, cue.start - 30), cue.start))
    && !PROGRESSIVE_CUE.test(text.slice(cue.start, cue.end)))
    || /^(?:was|were|have been|had been)\s/i.test(text.slice(cue.start, cue.end));
  if (passive && (kind === 'signing' || kind === 'agreement' || kind === 'support')) {
    const head = text.slice(sentStart, cue.start);
    // The subject of a passive usually opens the sentence or the clause after a semicolon or "after/when".
    const semi = head.lastIndexOf('; ');
    const conj = head.search(/\b(?:after|when|while|whereas)\s+[^;]*$/);
    const cut = Math.max(semi >= 0 ? semi + 2 : 0, conj >= 0 ? conj : 0);
    from = sentStart + Math.max(cut, head.length - 160);
  }
  for (const c of cuts) { if (c > from && c < regionEnd) { pieces.push([from, c]); from = c; } }
  pieces.push([from, regionEnd]);
  return pieces;
}

function quantityOf(kind: OutcomeKind, quantities: QuantityMention[], a: number, b: number, text: string): Quantity | null {
  const q = pickQuantity(kind, quantities, a, b, text);
  const quantity: Quantity | null = q ? { value: q.value, unit: q.unit } : null;
  if (quantity && kind !== 'target' && !MONEY_UNIT.test(quantity.unit) && q!.kind === 'rate') quantity.unit = `${quantity.unit} per ${q!.per}`;
  return quantity;
}

/**
 * The countries of two people named together as a subject ("Aliyev and Pashinyan", "Aliyev and
 * Pashinyan both"), when they are of two different countries; else null.
 */
function namedPair(subj: ActorMention, mentions: ActorMention[], text: string, ctx: OutcomeContext): [string, string] | null {
  let head: ActorMention | undefined = subj;
  // "both", "together" after the names: the pair stands just before it.
  if (subj.kind === 'plural') head = lastEndingBefore(mentions, subj.start - 80, subj.start) ?? undefined;
  if (!head || head.kind !== 'person' || (subj.kind === 'plural' && !/^\s*$/.test(text.slice(head.end, subj.start)))) return null;
  const h = head;
  const before = lastEndingBefore(mentions, h.start - 80, h.start);
  const after = mentions.find((m) => m.start >= h.end && m.start <= h.end + 8);
  const partner = before && before.kind === 'person' && JOINED.test(text.slice(before.end, h.start)) ? before
    : after && after.kind === 'person' && JOINED.test(text.slice(h.end, after.start)) ? after : null;
  if (!partner) return null;
  const a = asCountry(sideOfMention(h, ctx));
  const b = asCountry(sideOfMention(partner, ctx));
  return a && b && a !== b ? [a, b] : null;
}

/** The outcomes one sentence states for an engagement. */
// Amounts and dates are read only once a cue shows the sentence states an outcome: most do not.
export function sentenceOutcomes(sentStart: number, sentEnd: number, mentions: ActorMention[], quantitiesOf: () => QuantityMention[],
  ctx: OutcomeContext, state: { lastInvitation: Outcome | null; signed?: boolean }, datesOf: () => DateMention[] = () => [], published: string | null = null,
  skip: { start: number; end: number }[] = []): FoundOutcome[] {
  const lex = lexicon();
  const text = ctx.text;
  const s = text.slice(sentStart, sentEnd);
  // A cue right before another ("proposed setting a goal ...") is the same act: keep the more specific one.
  const raw = findCues(s, sentStart).filter((c) => !skip.some((k) => c.start >= k.start && c.start < k.end));
  if (!raw.length) return [];
  // Amounts are read at the first cue that gets as far as needing them: a sentence whose cues are all
  // history, pluperfect or greetings never needs them. (quantitiesOf remembers its answer.)
  const dates = datesOf();
  const cues = mergedCues(raw, text);
  const out: FoundOutcome[] = [];
  const bilateral = ctx.sides.filter((x) => !x.startsWith('org:'));
  let jointAgreement: number | null = null;
  let thanksFor: { at: number; clauseEnd: number } | null = null;
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    const next = cues[i + 1];
    const semicolon = indexWithin(text, ';', cue.end, sentEnd);
    const clauseEnd = semicolon >= 0 ? semicolon : sentEnd;
    let regionEnd = Math.min(next ? next.start : sentEnd, clauseEnd);
    // "..., and Xi congratulated Brazil", "..., and the two sides set a goal": the next act's own
    // subject opens a clause this outcome does not run into.
    // (A cue merged into the next one, "set a goal of expanding ...", still starts the act.)
    for (const r of raw) {
      if (r.start <= cue.end) continue;
      if (r.start > regionEnd) break;
      const opener = lastEndingBefore(mentions, cue.end, r.start);
      if (!opener || !DIRECT_GAP.test(text.slice(opener.end, r.start))) continue;
      const and = NEW_SUBJECT_AND.exec(text.slice(cue.end, opener.start));
      if (and) { regionEnd = cue.end + and.index; break; }
    }
    if (recalled(text, cue.start, cue.end, regionEnd, dates, published)) continue;
    let kind: OutcomeKind = cue.kind;
    const cueWord = text.slice(cue.start, cue.end).toLowerCase();
    // "Tokayev had invited Putin during the summit in July": the pluperfect tells of an earlier act.
    // Not reported speech: "Khurelsukh said the two sides had agreed to upgrade ..." tells of this meeting.
    if (/\bhad\s+(?:already\s+|previously\s+|earlier\s+)?$/i.test(text.slice(Math.max(sentStart, cue.start - 25), cue.start))
      && !REPORTED_HAD.test(text.slice(Math.max(sentStart, cue.start - 90), cue.start))) continue;
    // "Japarov called the signing a historic milestone", "and signed the document afterwards": the
    // signing told before, named again.
    if (kind === 'signing' && (ANAPHORIC_SIGNING.test(text.slice(Math.max(sentStart, cue.start - 4), Math.min(sentEnd, cue.end + 4)))
      || (state.signed && SIGNED_IT_AGAIN.test(text.slice(cue.end, Math.min(sentEnd, cue.end + 40)))))) continue;
    // "urged the U.S. side to translate Biden's pledge not to support Taiwan independence into action":
    // someone's pledge named by its owner is one made before, referred to.
    // "was ready to provide any and all assistance": an offer of help is support.
    if (kind === 'proposal' && /ready to$/.test(cueWord) && READY_TO_HELP.test(text.slice(cue.end, Math.min(sentEnd, cue.end + 20)))) kind = 'support';
    if (kind === 'agreement' && /^(?:pledge|commitment|promise)/.test(cueWord) && OWNED_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 30), cue.start))) continue;
    // "At today's meeting the heads of state are to sign the declaration": a signing still to come.
    if (kind === 'signing' && SIGN_LATER_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 40), cue.start))) continue;
    // "had signed no document", "refused on principle to sign anything", "had again avoided signing": none.
    if (kind === 'signing' && (SIGNED_NOTHING_AFTER.test(text.slice(cue.end, Math.min(sentEnd, cue.end + 12)))
      || NO_SIGNING_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 40), cue.start)))) continue;
    // "had never accepted mediation", "have not yet agreed": an act denied.
    if (NEGATED_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 30), cue.start))) continue;
    // "voiced concern about Beijing's support for Russia's defence industry": support deplored, not given.
    if (kind === 'support' && CONCERN_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 60), cue.start))) continue;
    // "a roadmap should be adopted", "a council should be set up": one side's proposal, not an agreement.
    if (kind === 'agreement' && /\b(?:should|must|ought to|would need to)\s+be\s+$/i.test(text.slice(Math.max(sentStart, cue.start - 25), cue.start))) kind = 'proposal';
    // "thanked Mongolia for the aid that Mongolia provided": the reason for thanks is not an outcome of its own.
    // A new verb after a comma or "and" ("..., extended full support", "... and proposed") is a new act.
    // A new act ends what the thanks were for ("thanked him for the invitation and pledged support, while Modi ...").
    if (thanksFor && cue.start < thanksFor.clauseEnd && (kind === 'support' || kind === 'agreement' || kind === 'proposal')) {
      if (!NEW_ACT_BETWEEN.test(text.slice(thanksFor.at, cue.start)) && !NEW_ACT_BEFORE.test(text.slice(Math.max(0, cue.start - 10), cue.start))) continue;
      thanksFor = null;
    }
    const subj = quoteSpeaker(cue, mentions, text, sentStart, sentEnd) ?? subjectOf(cue, mentions, ctx, sentStart);
    const subjSide = subj ? sideOfMention(subj, ctx) : titledSubjectSide(cue, text, sentStart, ctx);
    // "Lula and Modi set the goal ...": the subject is the pair, whichever of the two was taken. A name
    // may end before its own period ("Marcos Jr. and Ishiba").
    // "she and President Joe Biden were grateful": two of one side are that side.
    const andBefore = subj ? mentions.some((m) => m.end <= subj.start && JOINED.test(text.slice(m.end, subj.start)) && m.kind !== 'plural' && otherSide(m, subj, subjSide, ctx, text)) : false;
    const andAfter = subj ? mentions.some((m) => m.start >= subj.end && m.end <= cue.start && m.kind !== 'plural' && JOINED.test(text.slice(subj.end, m.start)) && otherSide(m, subj, subjSide, ctx, text)) : false;
    // "Rahmon said the two presidents had agreed ...", "'we have agreed ...,' Erdogan said": the
    // speaker reports what both sides did.
    const jointJustBefore = (kind === 'agreement' || kind === 'target') && JOINT_SUBJECT_BEFORE.test(text.slice(Math.max(sentStart, cue.start - 50), cue.start));
    // "Erdogan said the two countries were moving towards their goal of raising trade to $15 billion":
    // one speaker reports a goal both sides hold.
    const jointGoal = kind === 'target' && JOINT_GOAL_BETWEEN.test(text.slice(subj && subj.end <= cue.start ? subj.end : sentStart, cue.start));
    // "El-Sisi said he and his guest agreed ...", "..., and the two men discussed ... and agreed": the
    // speaker or the narrator tells what both did.
    // Not when a side is named after it, nearer the cue ("..., with Italy backing Trump's efforts").
    // Read in the 300 characters before the cue: a sentence of thousands of cues is not read back to its start for each.
    const reportFrom = Math.max(sentStart, cue.start - 300);
    const reported = kind === 'agreement' || kind === 'target' || kind === 'support' ? JOINT_REPORTED_BETWEEN.exec(text.slice(reportFrom, cue.start)) : null;
    let jointReported = reported !== null;
    if (reported) {
      const after = reportFrom + reported.index + reported[0].length;
      for (let k = firstAtLeast(mentions, after, mentionStart); k < mentions.length && mentions[k].start < cue.start; k++) {
        const m = mentions[k];
        if (m.end <= cue.start && (m.kind === 'person' || (m.kind === 'country' && !m.weak))) { jointReported = false; break; }
      }
    }
    const plural = jointJustBefore || jointGoal || jointReported || subjSide === 'plural' || andBefore || andAfter || (subj !== null && lex.pluralSubject.test(text.slice(subj.start, subj.end)));
    if (cue.jointOnly && !plural) continue;
    // What both sides state together is one joint agreement: "they pledged ... and called for ...".
    if (jointAgreement !== null && plural && (kind === 'proposal' || kind === 'support')) continue;
    if (kind === 'agreement' && /^welcome/.test(cueWord)) {
      // "welcomed the Mongolian leader to the capital" greets a person; only a welcomed step or plan is an outcome.
      const next = mentions.find((m) => m.start >= cue.end && m.start <= cue.end + 25);
      if (next && (next.kind === 'person' || next.kind === 'role' || next.kind === 'pronoun')) continue;
      // "was welcomed with military honours", "was welcomed at the airport": a guest greeted.
      if (WELCOMED_GUEST.test(text.slice(Math.max(sentStart, cue.start - 12), Math.min(sentEnd, cue.end + 30)))) continue;
      // "said more Hungarian investors would be welcome": an opinion of the future, nothing agreed or backed.
      if (/\bbe\s+$/.test(text.slice(Math.max(sentStart, cue.start - 4), cue.start))) continue;
      if (!plural) kind = 'support';
    }
    // Both sides calling for something together state a joint position (one already agreed in the sentence took it in above).
    if (kind === 'proposal' && plural && /^called for/.test(cueWord)) kind = 'agreement';
    // "India pledged continued support for ...": one side's pledge is the support it names, one
    // outcome (both sides pledging it is a joint agreement, which the support then joins).
    if (kind === 'agreement' && !plural && next?.kind === 'support' && SUPPORT_MODIFIERS.test(text.slice(cue.end, next.start))) continue;
    // "pledged his government's full support to Italian firms": the pledge is support, with no other cue after it.
    if (kind === 'agreement' && !plural && ONE_SIDE_PLEDGE.test(cueWord) && PLEDGED_SUPPORT.test(text.slice(cue.end, Math.min(sentEnd, cue.end + 60)))) kind = 'support';
    if (kind === 'agreement' && !plural && SINGLE_SIDE_DROPS.test(cueWord)) continue;
    // One side's pledge of money is its aid ("pledged $50 million in humanitarian aid") or its own
    // target ("committed to investing $10 billion in India"), not an agreement between the two.
    if (kind === 'agreement' && !plural && ONE_SIDE_PLEDGE.test(cueWord)) {
      const money = quantitiesOf().some((q) => q.kind === 'money' && q.start >= cue.end && q.end <= regionEnd);
      if (money) kind = AID_WORDS.test(text.slice(cue.end, regionEnd)) ? 'support' : 'target';
    }
    // A target with no figure ("the goal of deeper ties", "aim to boost trade") is an aspiration, which
    // readers do not count as an outcome: measured on the probe articles, 1 of 27 such was annotated.
    if (kind === 'target' && !pickQuantity('target', quantitiesOf(), cue.start, regionEnd)) continue;
    let by = plural ? null : asCountry(subjSide);
    const actingSide = plural ? null : (subjSide === 'plural' ? null : subjSide);
    let to: string | null = null;
    const obj = objectOf(cue, regionEnd, mentions, actingSide, ctx);
    if (obj && obj !== 'plural') to = asCountry(obj);
    else if (actingSide && ctx.sides.length === 2 && !(obj === 'plural' && kind === 'gratitude')) to = asCountry(ctx.sides.find((x) => x !== actingSide) ?? null);
    if (kind === 'signing') { by = null; to = null; }
    if (kind === 'agreement' && plural) { by = null; to = null; jointAgreement = i; }
    if (kind === 'acceptance' && /\b(?:was|were|been|is)\s+(?:\w+ly\s+)?accepted\b/i.test(text.slice(Math.max(sentStart, cue.start - 15), cue.end)) && state.lastInvitation) {
      by = state.lastInvitation.to; to = state.lastInvitation.by;
    }
    // "..., and the Kazakh leader agreed": the invitee agreeing to an invitation accepts it.
    if (kind === 'agreement' && /^agree/.test(cueWord) && state.lastInvitation && by && by === state.lastInvitation.to
      && /^\s*(?:[,.;]|$|to (?:come|visit|go|travel|make|pay))/i.test(text.slice(cue.end, cue.end + 20))) {
      kind = 'acceptance'; to = state.lastInvitation.by;
    }
    if (by && to === by) to = null;
    // "Putin thanked him and accepted": what is accepted is the invitation the acceptor was given last.
    if (kind === 'acceptance' && by && !to && state.lastInvitation?.to === by) to = state.lastInvitation.by;
    // "Each leader invited the other": one outcome for each side.
    if (bilateral.length === 2 && /\beach\s+(?:\w+\s+)?(?:leader|side|president|minister|country|government)\s*$/i.test(text.slice(Math.max(sentStart, cue.start - 40), cue.start))
      && /^\s+the other\b/i.test(text.slice(cue.end, cue.end + 12))) {
      for (const [a, b] of [[bilateral[0], bilateral[1]], [bilateral[1], bilateral[0]]]) {
        const o: Outcome = { kind, by: a, to: b, summary: summarize(text, cue.start, regionEnd), quantity: null };
        out.push({ outcome: o, span: makeSpan(text, cue.start, regionEnd) });
        if (kind === 'invitation') state.lastInvitation = o;
      }
      continue;
    }
    if (kind === 'gratitude' || kind === 'congratulation' || kind === 'condolence') thanksFor = { at: cue.end, clauseEnd };
    // "The two exchanged condolences": one outcome for each side.
    if ((kind === 'condolence' || kind === 'congratulation' || kind === 'gratitude') && plural && bilateral.length === 2 && ctx.sides.length === 2
      && EXCHANGE.test(text.slice(Math.max(sentStart, cue.start - 40), Math.min(sentEnd, cue.end + 40)))) {
      for (const [a, b] of [[bilateral[0], bilateral[1]], [bilateral[1], bilateral[0]]]) {
        out.push({ outcome: { kind, by: a, to: b, summary: summarize(text, cue.start, regionEnd), quantity: null }, span: makeSpan(text, cue.start, regionEnd) });
      }
      continue;
    }
    // "Macron and Scholz congratulated China on hosting the Games": each of the pair speaks for its side.
    const thankers = kind === 'gratitude' && to ? eachThanker(subj, plural, to, bilateral, mentions, text, ctx)
      : (kind === 'congratulation' || kind === 'condolence') && to && subj ? eachOfPair(subj, to, mentions, text, ctx) : null;
    if (thankers) {
      for (const a of thankers) out.push({ outcome: { kind, by: a, to, summary: summarize(text, cue.start, regionEnd), quantity: null }, span: makeSpan(text, cue.start, regionEnd) });
      continue;
    }
    const quantities = quantitiesOf();
    const pieces = piecesOf(text, kind, cue, sentStart, regionEnd, quantities);
    for (let k = 0; k < pieces.length; k++) {
      const [a, b] = pieces[k];
      const pieceKind: OutcomeKind = k > 0 && kind === 'target' && !pickQuantity('target', quantities, a, b) ? 'proposal' : kind;
      const outcome: Outcome = { kind: pieceKind, by, to, summary: summarize(text, a, b), quantity: quantityOf(pieceKind, quantities, a, b, text) };
      out.push({ outcome, span: makeSpan(text, a, b) });
      if (pieceKind === 'invitation') state.lastInvitation = outcome;
      if (pieceKind === 'signing') state.signed = true;
    }
  }
  return out;
}

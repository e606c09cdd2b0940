import type { Sentence } from '../../nlp/sentences.ts';
import type { ActorMention } from '../actors/types.ts';
import type { PersonRegistry } from '../actors/registry.ts';
import type { Draft, DraftStatement } from './draft.ts';
import { applyDates, CAME_JUST_AFTER, historyLimit, HOST_VERB, isSummary, MEETING_WAS_WITH_AFTER, undot, type Trigger } from './triggers.ts';
import { periodEnd, type DateMention } from '../../nlp/dates.ts';
import { MONTHS } from '../../nlp/calendar.ts';
import { ARRIVAL_WORD, holdsOffice, MORE_SIDED, partiesFor, PLURAL_OFFICE, PRESENT_AFTER, sideOf, sidesOf, type Parties } from './parties.ts';
import type { PerSentence } from './per-sentence.ts';
import { isAnchoredDay, partOfDayAfter, phraseDates, sentenceDate } from './when.ts';
import { firstAtLeast } from '../../nlp/search.ts';
import { orgSide } from '../gazetteer/index.ts';
import { CARRIED_FROM_BEFORE } from '../lexicon.ts';

export interface BuildInput {
  text: string;
  sentences: Sentence[];
  mentions: ActorMention[][];
  registry: PersonRegistry;
  protagonist: string | null;
  /** The writer of an article in the first person, named in its byline or signature (authorOf). */
  author: string | null;
  /** Day-grain date each sentence fixes by itself (for telling repeated meetings apart). */
  sentenceDates: PerSentence<string | null>;
  dates: PerSentence<DateMention[]>;
  /** Each sentence's triggers, read once per article (findTriggers). */
  triggers: PerSentence<Trigger[]>;
  published: string | null;
}

export interface BuildOutput {
  drafts: Draft[];
  /** Sentences whose only triggers were planned or recalled: they tell of another event. */
  excluded: Set<number>;
  /** Sentences before the first engagement (the lead), not yet given to one. */
  lead: number[];
  /** Per sentence, clauses that tell of a planned or recalled event: no outcome is read there. */
  otherEvents: { start: number; end: number }[][];
}

function sideMap(ids: string[], registry: PersonRegistry): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const id of ids) {
    const p = registry.get(id)!;
    const side = sideOf(p) ?? '?';
    if (!m.has(side)) m.set(side, new Set());
    m.get(side)!.add(id);
  }
  return m;
}

/** Whether a new statement of a meeting (its parties) can be the same meeting as `d`. */
function compatible(d: Draft, p: Parties, trigger: Trigger, date: string | null, registry: PersonRegistry, sameSentence = false, arrival = false, size: SizeCue = null): boolean {
  // "Tokayev arrived on Friday" in the story of his visit and talks is the trip's first day, not another event.
  if (d.ownDate && date && d.ownDate !== date && !(arrival && (d.kinds.includes('visit') || d.kinds.includes('meeting')))) return false;
  const calls = new Set(['phone_call', 'video_call']);
  const dCall = d.kinds.some((k) => calls.has(k));
  // A signing is no kind of contact of its own: documents are signed over a video link as well. One
  // sentence tells of one contact ("held an exchange with Xi, again by video link"), and a statement
  // that names only the countries ("The EU and China held their summit by videoconference") is
  // told again, with its people, as a meeting or a session.
  if (trigger.kind && trigger.id !== 'signed-together' && !sameSentence && d.personIds.length && (calls.has(trigger.kind) !== dCall) && d.kinds.length) return false;
  // "The Foreign Secretary also called on the Chief Adviser": a courtesy call on someone new is a meeting of its own.
  if (trigger.id === 'called-on' && !sameSentence && !d.triggerIds.includes('called-on') && p.personIds.some((id) => !d.personIds.includes(id))) return false;
  const dSides = sidesOf(d, registry);
  const pSides = sidesOf(p, registry);
  // "Pashinyan also held a bilateral meeting with Trump" after their three-way summit; "the three
  // heads of state held their trilateral meeting" after a bilateral one: a meeting of another size.
  // A third side named only as a country or body ("that the UN and the ICRC should be involved") is no third party present.
  if ((size === 'two' && dSides.size >= 3 && sideMap(d.personIds, registry).size >= 3 && pSides.size === 2) || (size === 'more' && dSides.size === 2 && pSides.size >= 3)) return false;
  const sharedSides = [...pSides].filter((s) => dSides.has(s)).length;
  if (sharedSides < Math.min(2, pSides.size, dSides.size)) return false;
  // After the three-way meeting, "Austin and Blinken held talks with Kamikawa and Kihara": new people
  // on two of its sides and none of the third make another, smaller meeting.
  if (dSides.size >= 3 && pSides.size === 2 && p.personIds.some((id) => !d.personIds.includes(id))
    && d.personIds.some((id) => { const side = sideOf(registry.get(id)!); return side !== null && !pSides.has(side); })) return false;
  // A bilateral meeting and then "the trilateral meeting of A, B and C": a third side named in
  // person makes a larger meeting, not more of the same.
  if (dSides.size >= 2 && d.personIds.length && !(d.moreSides && size !== 'two' && d.personIds.every((id) => p.personIds.includes(id))) && [...pSides].some((x) => !dSides.has(x) && p.personIds.some((id) => sideOf(registry.get(id)!) === x))) return false;
  // On a side both name people, they must share someone: Tokayev–Khurelsukh is not Tokayev–Oyun-Erdene.
  const a = sideMap(d.personIds, registry);
  const b = sideMap(p.personIds, registry);
  let sharedPerson = false;
  for (const [side, ids] of b) {
    const other = a.get(side);
    if (!other) continue;
    const inter = [...ids].some((x) => other.has(x));
    if (inter) sharedPerson = true;
    else if (pSides.size >= 2 && dSides.size >= 2) {
      // A delegation member joining named leaders is fine only if the leaders are named again.
      return false;
    } else if (!sameSentence && dCall && trigger.kind && calls.has(trigger.kind)) {
      // "The afternoon call with President Xi Jinping" after the morning's with Premier Li: one call, one counterpart.
      return false;
    }
  }
  return sharedPerson || p.personIds.length === 0 || d.personIds.length === 0 || b.size <= 1;
}

function mergeInto(d: Draft, p: Parties, t: Trigger, si: number, date: string | null = null): void {
  (d.statements ??= []).push({ si, triggerId: t.id, form: t.form, start: t.start, end: t.end, personIds: [...p.personIds], date });
  for (const id of p.personIds) if (!d.personIds.includes(id)) d.personIds.push(id);
  for (const c of p.countries) if (!d.countries.some((x) => x.iso3 === c.iso3)) d.countries.push(c);
  for (const o of p.orgs) if (!d.orgs.includes(o)) d.orgs.push(o);
  for (const o in p.orgRoles) if (!d.orgRoles?.[o]) (d.orgRoles ??= {})[o] = p.orgRoles[o];
  if (t.kind && !d.kinds.includes(t.kind)) d.kinds.push(t.kind);
  if (!d.triggerIds.includes(t.id)) d.triggerIds.push(t.id);
  if (!d.triggerSentences.includes(si)) d.triggerSentences.push(si);
  if (!d.sentences.includes(si)) d.sentences.push(si);
}

type SizeCue = 'two' | 'more' | null;
// "On the sidelines of the ministerial, Blinken also met Kulubaev", "Earlier in the day Blinken held
// talks with Tileuberdi", "Ahead of the negotiations, Sayyid Badr received Araghchi": a pair at another time than
// the larger meeting told.
const AFTER_LARGER = /^(?:(?:After|Following) (?:the|their) (?:trilateral|three-way|tripartite|quadrilateral|four-way|multilateral|plenary|summit|group|joint) (?:meeting|talks|session|summit|talk)s?,|(?:Ahead of|Before) the (?:[\w-]+ )?(?:talks|negotiations),|(?:On|At) the (?:sidelines|margins?) of\b|(?:Earlier|Later) (?:in|on|that) (?:the )?(?:day|morning|afternoon|evening)\b)/;
const LEADERS_OF_LIST = /^\s+with\s+(?:the\s+)?(?:leaders|heads of state|heads of government|presidents|prime ministers|foreign ministers|counterparts)\s+of\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*(?:,\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)*,?\s+and\s+\p{Lu}/u;
const DAY_OPENING = /^On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const FIRST_PAIR = /\bfirst\s+(?:received|met|welcomed|greeted|hosted)\b/;
// So "Kishida and Li held their own talks in Seoul the same afternoon", after the three leaders' summit.
const TWO_SIDED = /\b(?:bilateral|separate(?:ly)?|one-on-one|t[eê]te-[aà]-t[eê]te|their own (?:talks|meeting))\b/i;
const POSSESSIVE_NEXT = /^['’]s?\b/;
// "held his first meeting with Yunus ..., and also met Myanmar's military ruler": one after the other.
// "held a meeting with Kuleba, and paid a courtesy call on President Zelenskyy": a call on another, a second meeting.
// "met President Zelenskyy and held talks with his Ukrainian counterpart, Defence Minister Umerov": two meetings.
// "an audience with Pope Francis at the Vatican and meetings in Rome with Mattarella and Meloni": one each.
const AND_THEN = /^(?:[^.;]|\.(?=\w))*?\s(?:and then|and later|before meeting|and (?:\w+ )?(?:meetings|talks) in \p{Lu}[\p{L}-]*|and (?:also|later|then) (?:met|held talks with|received)|and (?:(?:had|has) )?(?:(?:also|later|then)(?: (?:that|the same|in the) (?:day|morning|afternoon|evening))? )?(?:paid (?:a )?courtesy calls? on|called on))\s+(?:with\s+)?(?:(?:the|H\.?E\.?|Mr\.?|Ms\.?|Mrs\.?)\s+)*\p{Lu}|^(?:[^.;]|\.(?=\w))*?\sand held (?:separate )?talks with (?:his|her) (?:\p{Lu}[\p{L}-]+ )?counterpart\b/u;
const PLURAL_COUNTERPARTS = /^\s+(?:their|his|her|the)\s+(?:[\w-]+\s+){0,4}?(?:counterparts|leaders|heads of state)\b/;
const CONVERSATION_WORD = /\b(?:conversation|speaking|talking|talk)\b/i;
const TALKS_AFTER_WELCOME = /\b(?:before|ahead of|followed by)\s+(?:a|an|their|the)\s+(?:[\w-]+\s+){0,2}?(?:tête-à-tête|tete-a-tete|talks|meeting|discussions)\b/i;
const AT_THE_AIRPORT = /\bat (?:the |[\p{Lu}][\p{L}-]* )*(?:[Aa]irport|[Aa]irfield|(?:railway |train )?station)\b/u;
const LANDED_AND = /\b(?:landed|arrived)\b[^.;]{0,120}\band\s+(?:then\s+|later\s+|immediately\s+)?$|\b(?:after|upon|on)\s+(?:landing|arriving|arrival)\b[^.;]{0,80},\s*(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:then\s+|later\s+|immediately\s+)?$/iu;
const VISIT_FOR_BETWEEN = /^[^.;,]{0,60}\bfor\s+$/;
const ARRIVED_BEFORE = /\b(?:arrived|landed)\b[^.;]{0,100}?\b(?:where|when)\s+[^.;]{0,40}$/i;

/**
 * Adds one statement of a meeting (its parties) to the draft it restates, or to a new one; returns
 * that draft, or null when the parties are not two sides. Apart from buildDrafts to keep that small
 * enough for V8 to optimise quickly.
 */
function attach(inp: BuildInput, drafts: Draft[], touched: Draft | null, parties: Parties, t: Trigger, sent: Sentence, isTitle: boolean, separate = false): Draft | null {
  const { registry, sentences } = inp;
  const si = sent.index;
  if (t.id === 'signed-together' && parties.personIds.length < 2) return null;
  if (sidesOf(parties, registry).size < 2) return null;
  // Read for this trigger: a date in a relative clause beside it ("received Sunak, who was on his first
  // trip since taking office on 25 October") is not its day.
  // Per trigger only in a sentence of a few dates: a flood of dates and triggers would make it quadratic.
  // "earlier in the day" is counted from the day told before (see chooseDate), not from publication:
  // read from publication here it would part a statement from the meeting it belongs to.
  const read = phraseDates(t, inp.text, inp.dates.at(si) ?? []);
  const ds = drafts.length && read.some(isAnchoredDay) ? read.filter(notAnchoredDay) : read;
  const date = (ds.length <= 20 ? sentenceDate(inp.text, ds, sent.start, t.start).date : inp.sentenceDates.at(si) ?? null)
    ?? partOfDayAfter(inp.text, inp.sentences, inp.dates, si, inp.published);
  // "had arrived at Manas airport on Wednesday, where Japarov welcomed him": the welcome is the arrival.
  const clause = inp.text.slice(t.clauseStart, t.clauseEnd);
  // "After the trilateral meeting, Xi held talks with Putin": a smaller meeting after the larger one.
  // "The Chancellor first received President Macron at the Chancellery" before the third leader came: a pair first.
  // "On Tuesday, Wang held talks with Dar", after the three ministers' meeting: a pair on a day of its own.
  const size: SizeCue = TWO_SIDED.test(clause) || AFTER_LARGER.test(sent.text) || FIRST_PAIR.test(clause) || (date && DAY_OPENING.test(sent.text)) ? 'two' : MORE_SIDED.test(clause) ? 'more' : null;
  // A welcome at an airport or a station, unless it is where the one who "landed at Rzeszow airport and
  // held talks with Duda" came in before the talks.
  // Only a welcome: "The two ministers held talks lasting half an hour at the airport" is a meeting wherever it was.
  // "arrived at Manas airport on Wednesday, where Japarov met him": the where-clause is at the airport too.
  const atAirport = t.id !== 'visited' && !TALKS_HELD.has(t.id) && (AT_THE_AIRPORT.test(clause)
    || (WHERE_OPENING.test(clause) && AT_THE_AIRPORT.test(inp.text.slice(sent.start, t.clauseStart))));
  // Nor when the welcome led straight into talks: "received him at the airport before a tête-à-tête at State House".
  // "landed at ... Airport yesterday and was greeted by Anwar" is the welcome still.
  const greeted = t.id === 'received-by' || /^(?:greet|welcom)/i.test(inp.text.slice(t.start, t.end));
  const airport = atAirport && !(!greeted && LANDED_AND.test(inp.text.slice(t.clauseStart, t.start)) && !AT_THE_AIRPORT.test(inp.text.slice(t.end, t.clauseEnd)))
    && !TALKS_AFTER_WELCOME.test(inp.text.slice(t.end, sent.end));
  // "flew in on Wednesday evening and was met at the airport by Rahmon": the welcome opens the visit.
  const arrival = t.id === 'visited' ? ARRIVAL_WORD.test(inp.text.slice(t.start, t.end))
    : (t.id === 'received' && ARRIVED_BEFORE.test(inp.text.slice(Math.max(sent.start, t.start - 120), t.start)))
      || ((t.id === 'received-by' || t.id === 'received' || t.id === 'met') && atAirport);
  // "Manalo and Kamikawa later held a working lunch", "In the afternoon, the four ministers held the
  // 2+2 Ministerial Meeting": a further meeting of the visit, of another cast or of a format of its own.
  if (!separate && !touched && (t.id === 'dined-with' || t.id === 'held-named-meeting') && FURTHER_BEFORE.test(inp.text.slice(sent.start, t.start))) {
    const last = drafts[drafts.length - 1];
    if (last && !last.fromHeadline && (t.id === 'held-named-meeting' ? !last.triggerIds.includes('held-named-meeting')
      : parties.personIds.length >= 2 && !sameCast(last, parties))) separate = true;
  }
  let target: Draft | null = null;
  if (touched && !separate && compatible(touched, parties, t, date, registry, true, arrival, size)) target = touched;
  // "held talks with Xi on Friday and the two governments signed nine documents": the talks' signing.
  if (!target && touched && t.id === 'signed-together' && GOVERNMENTS_BEFORE.test(inp.text.slice(Math.max(sent.start, t.start - 40), t.start))) target = touched;
  // The headline restates the body in brief; body statements never merge into it. "A separate
  // meeting" is one of its own.
  for (let k = drafts.length - 1; k >= 0 && !target && !separate; k--) if (drafts[k].fromHeadline === isTitle && compatible(drafts[k], parties, t, date, registry, false, arrival, size)) target = drafts[k];
  // "the agreement was signed in their presence by Interior Minister Faeser and Kenya's Mudavadi":
  // ministers of the meeting's two sides sign at it, though neither was named in it before.
  if (!target && !separate && t.id === 'signed-together') {
    for (let k = drafts.length - 1; k >= 0 && !target; k--) {
      const d = drafts[k];
      if (d.fromHeadline === isTitle && (!date || !d.ownDate || d.ownDate === date) && sameSides(d, parties, registry)) target = d;
    }
  }
  // "On 24 December, the two governments signed notes in Jakarta": governments sign through someone
  // unnamed, on a day of their own; with no one named, the signing is no meeting of its own.
  if (!target && t.id === 'signed-together' && !peopleNamedIn(inp.mentions[si] ?? [], inp.text, t.clauseStart, t.clauseEnd)) return null;
  // "Earlier, the French President was met at Astana airport by Prime Minister Smailov": a welcome at the
  // airport is no meeting of its own, only the start of one the story tells.
  if (!target && airport) return null;
  if (!target) {
    target = {
      index: drafts.length, kinds: [], triggerIds: [], personIds: [], countries: [], orgs: [], anchor: si,
      anchorTrigger: t, triggerSentences: [], sentences: [], ownDate: date, fromHeadline: isTitle,
    };
    drafts.push(target);
  } else if (sentences[target.anchor].heading && !sent.heading) {
    // Evidence is a sentence of the body, not the section heading that announced it.
    target.anchor = si;
    target.anchorTrigger = t;
  }
  if (!target.ownDate && date) target.ownDate = date;
  mergeInto(target, parties, t, si, date);
  const sideCount = sidesOf(target, registry).size;
  if (size === 'more' && sideCount < 3) target.moreSides = true;
  else if (sideCount >= 3) target.moreSides = false;
  return target;
}

const SECTION_PAIR = /^(?:\d+\.\s*)?\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]*\s+(?:\p{Lu}\p{L}*\s+){0,3}(?:Talks?|Meeting|Summit|Call|Conversation|Consultations)\b/u;
// "met on Tuesday with French President Emmanuel Macron, Australian Prime Minister Anthony Albanese and President Yoon".
// "US Deputy Secretary of State Christopher Landau": a title's lower-case joining words too.
const NAMED = String.raw`(?:(?:[\p{Lu}][\p{L}.'’\-]*|of|the|for)\s+){0,8}?[\p{Lu}][\p{L}'’\-]*`;
const MET_A_AND_B = new RegExp(String.raw`^\s+(?:(?:on\s+\p{Lu}\p{Ll}+(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|separately|last\s+night|(?:this|yesterday)\s+(?:morning|afternoon|evening)|earlier\s+today|(?:the same|that|later that|earlier that)\s+(?:day|morning|afternoon|evening))\s+)?(?:with\s+)?${NAMED}(?:,\s+${NAMED}){0,4},?\s+and\s+${NAMED}(?:[\s,.;]|$)`, 'u');
const MEETINGS_WORD = /\bmeetings\b/i;
const TOGETHER = /\b(?:together|jointly|joint|three leaders|all three|three-way|summit of)\b/i;
const DAY_BEFORE_OPENING = /^(?:The|On the) (?:day|evening|night) before\b|^(?:The|On the) previous (?:day|evening|night)\b|^(?:A|One) day (?:earlier|before)\b/;
const OTHER_TIME_OPENING = /^(?:(?:Earlier|Later) (?:in the|that|this|the same) (?:day|week|month|morning|afternoon|evening)|Earlier|Previously|Before that)\b/i;

const notAnchoredDay = (d: DateMention): boolean => !isAnchoredDay(d);
// "the two governments", "both countries": sides that are not people.
const STATE_SIDES = 'governments|countries|sides|states|nations';
const NOT_PEOPLE = new RegExp(String.raw`\b(?:${STATE_SIDES}|parties|administrations)$`, 'i');
const GOVERNMENTS_BEFORE = new RegExp(String.raw`\b(?:the two|both)\s+(?:${STATE_SIDES})\s+(?:also\s+|then\s+)?$`, 'i');

function peopleNamedIn(ms: readonly ActorMention[], text: string, from: number, to: number): boolean {
  return ms.some((m) => m.start >= from && m.end <= to && (m.kind === 'person' || m.kind === 'pronoun'
    || (m.kind === 'plural' && !NOT_PEOPLE.test(text.slice(m.start, m.end)))));
}

const THEIR_TALKS = /^(?:Their|The) (?:\w+ )?(?:talks|meeting|discussions|conversation|call) (?:covered|focused|focussed|centred|centered|touched|dealt|ranged|also)\b/i;
const FURTHER_BEFORE = /\b(?:later|afterwards|subsequently|then)\b|^(?:In|During) the (?:afternoon|evening)\b/i;

function sameCast(d: Draft, p: Parties): boolean {
  return p.personIds.length === d.personIds.length && p.personIds.every((id) => d.personIds.includes(id));
}

function sameSides(d: Draft, p: Parties, registry: PersonRegistry): boolean {
  const mine = sidesOf(d, registry);
  const theirs = sidesOf(p, registry);
  return theirs.size === mine.size && [...theirs].every((x) => mine.has(x));
}

// "They agreed that officials would continue ..., and the two leaders agreed to meet again", "proposed
// that the two countries begin talks on ...": the planned meeting is what this one decided, and the
// sentence stays with it.
// "invited her to make an official visit and co-chair the joint cabinet meeting": each act the invitation names.
const DECIDED_BEFORE = /\b(?:agreed|agree|agrees|decided|confirmed|invited|invites|proposed|suggested|pledged|promised|accepted (?:an |the |his |her )?invitation|expressed (?:their |his |her )?(?:readiness|willingness|hope))\b[^.;:]{0,60}?\b(?:to|would|will|should)\s+(?:\w+\s+){0,2}$|\b(?:proposed|suggested|recommended|urged) that\s+(?:the two \w+|both \w+|they|[\w-]+ and [\w-]+)\s+(?:\w+\s+){0,1}$|\b(?:agreed|invited|invites|proposed|suggested)\b[^.;:]{0,40}?\bto\s+[a-z]+\b[^.;,]{0,80}\band\s+$|\b(?:agreed|decided|pledged|promised)\s+to\b[^.;:]{0,160}?\band\s+to\s+$/i;
function outcomeOf(text: string, sentStart: number, t: Trigger): boolean {
  // "agreed to set up a forum on maritime security, including ..., and to hold a 2+2 meeting": the decision may stand far back.
  return DECIDED_BEFORE.test(text.slice(Math.max(sentStart, t.start - 200), t.start));
}

// "Ferdinand Marcos Jr. agreed": the abbreviation's full stop stays outside the name.
// So too an apposition: "Xi and Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, agreed".
const RELATIVE_ASIDE = /^,\s*(?:(?:who|which)\b[^,;.]*|(?:the\s+)?\p{Lu}[^,;.]{0,80})(?=,)/u;
// A period counted on from the date before: "The following month,", "A year later,", "Two weeks on,".
const LATER_PERIOD = /^(?:(?:The|That) (?:following|next|same) (?:week|month|year|spring|summer|autumn|fall|winter)|(?:Later|Earlier) (?:that|the same) (?:day|week|month|year)|(?:A|One|Two|Three|Four|Five|Six|Several|A few) (?:weeks?|months?|years?) (?:later|on|after(?:wards)?)|(?:Weeks|Months|Years) later)\b/;

/** Whether the sentence before `si` dates what it tells more than 20 days before publication. */
function afterPastDate(inp: BuildInput, si: number): boolean {
  if (si === 0 || !inp.published || inp.sentences[si - 1].heading) return false;
  const limit = historyLimit(inp.published);
  const ends = (inp.dates.at(si - 1) ?? []).map(periodEnd).filter((x): x is string => x !== null);
  return ends.length > 0 && ends.every((e) => e < limit);
}

const LATER_OPENING = /^(?:Later (?:in the day|that day|on|in the evening)|Later,|In the evening,|Afterwards,)/;
/** Whether the first person of the clause before the trigger is new to the engagement. */
function newSubject(ms: ActorMention[], t: Trigger, d: Draft): boolean {
  const subj = ms.find((m) => m.kind === 'person' && m.personId && m.start >= t.clauseStart && m.start < t.start);
  return subj !== undefined && !d.personIds.includes(subj.personId!);
}
const HOSTED_IT_OPENING = new RegExp(String.raw`^The (?:[\w-]+ ){0,2}(?:meeting|talks|summit|encounter)(?: (?:was|were)|,) ${HOST_VERB} by\b`);
const MONTH_EVENT_OPENING = /^(?:During|On|At|In the course of) (?:the|his|her|their) (January|February|March|April|May|June|July|August|September|October|November|December) (?:state |official |working )?(?:visit|trip|talks|meeting|summit)\b/;
const SAME_EVENT_OPENING = /^(?:In the presence of (?:the|both|all)\b|At the same (?:ceremony|event|meeting|session|occasion)\b|(?:At|During) the ceremony\b|(?:At|Following|After) the end of (?:the|their) (?:meeting|talks)\b|Witnessed by (?:the|both)\b)/;
// "In the meeting that followed, Yoon and Li agreed ...": the next meeting of a day, told by what its two sides decided.
const FOLLOWING_MEETING = /^(?:In|At|During) (?:the|a) (?:\w+ )?(?:meeting|talks|session|summit) that followed,/;
// "Modi and Xi on Wednesday (October 23, 2024) endorsed the understanding": the day may carry its date in brackets.
const JOINT_VERB = /^\.?\s*,?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+\([^()]{1,30}\))?\s+|have\s+|had\s+|also\s+)?(agreed|pledged|vowed|decided|discussed|reviewed|reaffirmed|committed|set|endorsed|reached(?= (?:an? |the )?(?:agreement|deal|understanding|consensus)\b)|(?:directed|instructed|tasked)(?= their\b))\b/;
const WHERE_OPENS = /^\s*,?\s*(?:when|where|during which)\b/i;
// So "since Xi's state visit to Moscow in March, where he held talks with Putin".
const MONTH_TRIP_BEFORE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\b[^.;]{0,60}$|\b(?:visit|trip|tour)\b[^.;]{0,40}?\bin\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b[^.;]{0,30}$/;
const FRONTED_BEING_BY = /^(?:Before|After|Prior to|Following|Upon) being (?:received|welcomed|hosted|greeted) by [^,;.]{1,80},\s*/;
const JOINT_SAID = /^\s+(said|told reporters|announced)\b/;
const PLACE_DAY_OPENING = /^In \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|the day before),\s/u;
const WHERE_OPENING = /^\s*,?\s*where\b/i;
const IN_PERSON = /\b(?:in-person|face-to-face|in person|face to face)\b/i;
// "In Monday's call, ...", "during their call": a call named bare is a telephone one; "a call for calm" is not one.
const CALL_WORD = /\b(?:phone|telephone)\s+(?:call|conversation|talks)|\bvideo\s+(?:call|conference|link)|\bby\s+(?:phone|telephone)\b|\b(?:in|during|on)\s+(?:the|their|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)['’]s)\s+call\b(?!\s+(?:for|to|on)\b)/i;

/** Whether the sentence naming a call names no one but the pair (or no one): "Yoon spoke with Pelosi by telephone" is Yoon's call. */
function callOfThePair(inp: BuildInput, x: Sentence, a: string, b: string): boolean {
  return !(inp.mentions[x.index] ?? []).some((m) => m.kind === 'person' && m.personId && m.personId !== a && m.personId !== b);
}

/**
 * The lead "A and B agreed/discussed ...", with A and B people of two countries, as a trigger of its
 * own; the kind is a call when the article calls it one.
 */
function jointOutcomeLead(inp: BuildInput, sent: Sentence, saidToo = false): Trigger | null {
  const ms = inp.mentions[sent.index].filter((m) => m.kind === 'person' && m.personId);
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k], b = ms[k + 1];
    if (!/^\s+and\s+(?:the\s+)?$/.test(inp.text.slice(a.end, b.start))) continue;
    const sa = sideOf(inp.registry.get(a.personId!)!), sb = sideOf(inp.registry.get(b.personId!)!);
    if (!sa || !sb || sa === sb) continue;
    // "Yoon and Chinese Premier Li Qiang, who is on his first visit to Korea, agreed": past the aside.
    const aside = RELATIVE_ASIDE.exec(inp.text.slice(b.end, Math.min(sent.end, b.end + 200)));
    const from = b.end + (aside ? aside[0].length : 0);
    const v = JOINT_VERB.exec(inp.text.slice(from, Math.min(sent.end, from + 60))) ?? (saidToo ? JOINT_SAID.exec(inp.text.slice(from, Math.min(sent.end, from + 20))) : null);
    if (!v) continue;
    const start = from + v[0].length - v[1].length;
    // Not "commanders will again be able to speak by telephone": a call still ahead; nor after "their first in-person talks".
    const call = !IN_PERSON.test(sent.text) && inp.sentences.some((x) => x.index >= sent.index && x.index <= sent.index + 8 && CALL_WORD.test(x.text) && callOfThePair(inp, x, a.personId!, b.personId!)
      && !(inp.triggers.at(x.index) ?? []).some((t) => t.kind === 'phone_call' && t.status === 'planned'));
    return { id: 'joint-outcome', kind: call ? 'phone_call' : null, form: 'verb', start, end: start + v[1].length, status: 'happened',
      // From the pair on: a dateline before them ("TOKYO, Aug 5 (Agency) –") names no side.
      clauseStart: a.start, clauseEnd: sent.end, weakRecall: false };
  }
  return toldLead(inp, sent, ms);
}

const TOLD_BETWEEN = /^\s+(?:(?:also|again|personally|directly|bluntly)\s+)?told\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}$/u;
const IN_CONTACT_AFTER = /,\s+in\s+(?:a|an|their|the)\s+(?:(phone|telephone|video)\s+|(?:[\w-]+\s+){0,3})(call|conversation|meeting|talks|encounter)\b/;
const NEXT_NAMES_CONTACT = /^(?:The|Their|That)\s+(?:(phone|telephone|video)\s+)?(call|conversation|meeting|talks)\b/;

/**
 * "President Biden told Israeli Prime Minister Benjamin Netanyahu on Thursday that ... The call, which
 * lasted about half an hour, ...": a lead that tells what one said to another, followed by a sentence
 * naming the contact it was said in.
 */
function toldLead(inp: BuildInput, sent: Sentence, ms: ActorMention[]): Trigger | null {
  const next = inp.sentences[sent.index + 1];
  const nextNamed = next && !next.heading ? NEXT_NAMES_CONTACT.exec(next.text) : null;
  // "Carney told Trump to his face on Tuesday that ..., in an Oval Office encounter that was far warmer ...".
  const inContact = sent.text.includes(' in ') ? IN_CONTACT_AFTER.exec(sent.text) : null;
  const named = nextNamed ?? inContact;
  if (!named) return null;
  for (let k = 0; k + 1 < ms.length; k++) {
    const a = ms[k], b = ms[k + 1];
    const between = inp.text.slice(a.end, b.start);
    if (!between.includes('told') || !TOLD_BETWEEN.test(between)) continue;
    const sa = sideOf(inp.registry.get(a.personId!)!), sb = sideOf(inp.registry.get(b.personId!)!);
    if (!sa || !sb || sa === sb) continue;
    const word = named[2];
    const kind = named[1] === 'video' ? 'video_call' : named[1] || word === 'call' || (word === 'conversation' && CALL_WORD.test(nextNamed ? next.text : sent.text)) ? 'phone_call' : 'meeting';
    const start = a.end + between.indexOf('told');
    return { id: 'joint-outcome', kind, form: 'verb', start, end: start + 4, status: 'happened', clauseStart: a.start, clauseEnd: sent.end, weakRecall: false };
  }
  return null;
}

// "The monarch welcomed the progress since the declaration adopted when the two met in Rabat in 2022":
// the other meeting is told inside a clause the sentence's own subject governs.
const SUBORDINATE_BEFORE = /\S\s+(?:when|since|after|before|where)\s+(?:[\w'’-]+\s+){1,4}$/i;
function subordinateAt(text: string, t: Trigger): boolean {
  return SUBORDINATE_BEFORE.test(text.slice(Math.max(t.clauseStart, t.start - 60), t.start));
}
/**
 * In a sentence that tells this engagement too, an earlier event covers only its own stretch: from the
 * subordinator or comma before it ("..., three weeks after A and B signed a declaration at the White
 * House") to the next comma, not the whole clause the sentence's act shares.
 */
function recalledStretch(text: string, t: Trigger): { start: number; end: number } {
  return stretchAround(text, t, OPENER);
}
const OPENER = /,|\b(?:since|after|before|when|where|that|as|until)\b/g;
const COMMA = /,|;/g;

/** From the end of the last `opener` match before the trigger, in its clause, to the next comma after it. */
function stretchAround(text: string, t: Trigger, opener: RegExp): { start: number; end: number } {
  const before = text.slice(t.clauseStart, t.start);
  let from = 0;
  opener.lastIndex = 0;
  for (let m = opener.exec(before); m; m = opener.exec(before)) from = m.index + m[0].length;
  const comma = text.slice(t.end, t.clauseEnd).search(/[,;]/);
  return { start: t.clauseStart + from, end: comma < 0 ? t.clauseEnd : t.end + comma };
}

/**
 * The text an event told in another time covers: its clause, or, for one told in a "when" clause, the
 * comma-bounded stretch around it ("the invitation extended when the two met in Beijing" was that
 * meeting's; "..., and invited Sánchez to Morocco" after the comma is this one's).
 */
function subordinateSpan(text: string, t: Trigger): { start: number; end: number } {
  return subordinateAt(text, t) ? stretchAround(text, t, COMMA) : { start: t.clauseStart, end: t.clauseEnd };
}

/**
 * "1. Foreign Ministers' Meeting", "2. Courtesy Call on President Zelenskyy": a readout's section heading
 * that names one engagement the lead told, by its person or by the words the lead used for it.
 */
function headedDraft(inp: BuildInput, drafts: Draft[], sent: Sentence): Draft | null {
  if (drafts.length < 2 || sent.text.length > 100) return null;
  const people = (inp.mentions[sent.index] ?? []).filter((m) => m.kind === 'person' && m.personId).map((m) => m.personId!);
  const byPerson = people.length ? drafts.filter((d) => !d.fromHeadline && people.some((id) => d.personIds.includes(id))) : [];
  if (byPerson.length === 1) return byPerson[0];
  // "Meeting with Chile", "India": a subhead naming the one country one of the meetings was with.
  const named = (inp.mentions[sent.index] ?? []).filter((m) => m.kind === 'country' && m.iso3).map((m) => m.iso3!);
  if (named.length === 1 && !people.length) {
    const byCountry = drafts.filter((d) => !d.fromHeadline && sidesOf(d, inp.registry).has(named[0]));
    if (byCountry.length === 1) return byCountry[0];
  }
  const core = sent.text.replace(SECTION_NUMBER, '').trim();
  // "Breakfast at the Naval Observatory" over "held a breakfast meeting with the Vice President, and ...":
  // the meeting the lead calls by one of the subhead's words.
  const byWord = wordHeadedDraft(inp, drafts, core);
  if (byWord) return byWord;
  if (core.length < 8) return null;
  const byWords = drafts.filter((d) => !d.fromHeadline && d.triggerSentences.some((si) => inp.sentences[si].text.includes(core)));
  if (byWords.length <= 1) return byWords[0] ?? null;
  // "held a Foreign Ministers' Meeting with Kuleba, and paid a courtesy call on Zelenskyy": the one
  // whose person the lead names right after those words.
  for (const si of byWords[0].triggerSentences) {
    const at = inp.sentences[si].text.indexOf(core);
    if (at < 0) continue;
    const next = (inp.mentions[si] ?? []).find((m) => m.kind === 'person' && m.personId && m.start >= inp.sentences[si].start + at + core.length);
    const owner = next ? byWords.filter((d) => d.personIds.includes(next.personId!)) : [];
    if (owner.length === 1) return owner[0];
  }
  return null;
}
/** The one draft whose stating sentence has a word of the subhead right before the person it is with. */
function wordHeadedDraft(inp: BuildInput, drafts: Draft[], core: string): Draft | null {
  const words = core.split(NOT_LETTERS).filter((w) => w.length >= 5 && !HEADING_FILLER.has(w.toLowerCase()));
  let found: Draft | null = null;
  const lower = new Map<number, string>();
  for (const w of words) {
    const re = new RegExp(`\\b${w.toLowerCase()}\\b`);
    for (const d of drafts) {
      if (d.fromHeadline) continue;
      for (const si of d.triggerSentences) {
        const st = inp.sentences[si];
        if (!lower.has(si)) lower.set(si, st.text.toLowerCase());
        const at = lower.get(si)!.search(re);
        if (at < 0) continue;
        // "a breakfast meeting with the Vice President": the person the word's meeting was with, in the same phrase.
        const from = st.start + at + w.length;
        const next = (inp.mentions[si] ?? []).find((m) => m.kind === 'person' && m.personId && m.start >= from && WORD_THEN_WITH.test(inp.text.slice(from, m.start)));
        const owners = next ? drafts.filter((x) => !x.fromHeadline && x.personIds.includes(next.personId!)) : [];
        if (owners.length !== 1) continue;
        if (found && found !== owners[0]) return null;
        found = owners[0];
      }
    }
  }
  return found;
}
const NOT_LETTERS = /[^\p{L}]+/u;
const WORD_THEN_WITH = /^(?:\s+[\p{L}-]+){0,2}\s+(?:with|by)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,5}$/u;
const HEADING_FILLER = new Set(['meeting', 'meetings', 'talks', 'bilateral', 'first', 'second', 'third', 'visit', 'official', 'state', 'minister', 'president', 'prime', 'foreign', 'leaders', 'discussion', 'discussions', 'session', 'about', 'after', 'before', 'during', 'their', 'other', 'further', 'cooperation', 'relations']);

/**
 * "Security and defence", "Trade, digital and the green transition": a subhead that names no one, no
 * country and no meeting, in a story of one engagement, heads more of that engagement.
 */
function topicalHeading(inp: BuildInput, drafts: Draft[], sent: Sentence): boolean {
  if (sent.text.length > 80 || BACKGROUND_HEADING.test(sent.text) || inp.triggers.at(sent.index)!.length) return false;
  if ((inp.mentions[sent.index] ?? []).some((m) => m.kind !== 'plural')) return false;
  return drafts.filter((d) => !d.fromHeadline).length === 1;
}
const BACKGROUND_HEADING = /\b(?:background|context|history|previously|earlier|what next|next steps|about|editor|note|fact)\b/i;
const SECTION_NUMBER_ALONE = /^(?:\(?\d{1,2}[.)]|[IVX]{1,4}\.)$/;
const SECTION_NUMBER = /^(?:\(?\d{1,2}[.)]|[IVX]{1,4}\.)\s*/;

const PLURAL_CALLERS = /\b(?:several|many|numerous|a number of|a string of|\w+)\s+(?:foreign\s+|world\s+|regional\s+|fellow\s+)?(?:leaders|heads of state|presidents|counterparts)\s+(?:\w+\s+)?$/i;
const PLURAL_WITH = /\bwith\s+(?:the\s+)?(?:leaders|heads of state|counterparts|presidents|prime ministers|several leaders)\b/i;
// "In his call with Uzbek President X", "Erdogan's conversation with Sultan Haitham": the call a roundup's item names.
const SPEAKING_TO = /^(?:Speaking|Talking) to\b/;
const CALL_WITH_NOUN = /^(?:call|conversation|phone call|telephone conversation)\s+with\b/i;
const ITEM_WITH_BEFORE = /\b(?:(?:was|were)\s+with|bilaterals?\s+with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,5}$/u;
const ITEM_VERB = /^,?\s+(?:\w+ly\s+)?(?:congratulated|thanked|expressed|conveyed|offered|discussed|praised|invited|assured|told|informed|briefed|welcomed|extended|wished|exchanged|reviewed|reaffirmed)\b/;
function roundParties(p: Parties, ms: ActorMention[], t: Trigger): Parties {
  const subject = ms.find((m) => m.kind === 'person' && m.personId);
  const after = ms.filter((m) => m.kind === 'person' && m.personId && m.start >= t.end).map((m) => m.personId!);
  const keep = new Set([...(subject ? [subject.personId!] : []), ...after]);
  return { ...p, personIds: p.personIds.filter((id) => keep.has(id)) };
}

function roundupItem(inp: BuildInput, sent: Sentence, drafts: Draft[], kind: 'phone_call' | 'video_call'): Trigger | null {
  const ms = inp.mentions[sent.index] ?? [];
  // "In his call with Uzbek President Shavkat Mirziyoyev, ...": a call named, with someone new.
  for (const t of inp.triggers.at(sent.index)!) {
    if (t.form !== 'noun' || t.status !== 'happened' || !CALL_WITH_NOUN.test(inp.text.slice(t.start, t.end + 6))) continue;
    const guest = ms.find((m) => m.kind === 'person' && m.personId && m.start >= t.end && m.start - t.end <= 8);
    const side = guest ? sideOf(inp.registry.get(guest.personId!)!) : null;
    if (!guest || !side || drafts.some((d) => sidesOf(d, inp.registry).has(side))) continue;
    return { ...t, id: 'talked-with', kind, form: 'fronted', clauseStart: t.start, clauseEnd: guest.end };
  }
  const first = ms.find((m) => m.kind === 'person' || m.kind === 'pronoun');
  if (!first || first.kind !== 'person' || !first.personId || first.start - sent.start > 80) return null;
  const caller = inp.registry.get(first.personId);
  const side = caller ? sideOf(caller) : null;
  const told = (x: string | null) => x === null || drafts.some((d) => sidesOf(d, inp.registry).has(x));
  // "Erdogan and Azerbaijani President Ilham Aliyev wished each other a happy holiday": a pair, then the verb.
  const second = ms.find((m) => m.kind === 'person' && m.personId && m.start > first.end && /^\s+and\s+$/.test(inp.text.slice(first.end, m.start)));
  // "Prime Minister Wong and Bhutanese Prime Minister Tshering Tobgay discussed ...": the one called
  // named second, after the one who took all the calls.
  const secondSide = second ? sideOf(inp.registry.get(second.personId!)!) : null;
  if (told(side) && (!second || told(secondSide) || secondSide === side)) return null;
  // "Speaking to Pakistani Prime Minister Shehbaz Sharif, Erdogan offered ...".
  const speaking = SPEAKING_TO.exec(sent.text);
  if (speaking) return { id: 'talked-with', kind, form: 'fronted', start: sent.start, end: sent.start + speaking[0].length, status: 'happened', clauseStart: sent.start, clauseEnd: sent.end, weakRecall: false };
  const from = second ? second.end : first.end;
  const v = ITEM_VERB.exec(inp.text.slice(from, Math.min(sent.end, from + 40)));
  if (!v) return null;
  const start = from + v[0].length - v[0].trimStart().length;
  const end = from + v[0].length;
  // The one called stands right after the verb: what the caller went on to say names others.
  const stop = inp.text.slice(end, sent.end).search(/[,;]|\s(?:on|over|for|and)\s/);
  return { id: 'talked-with', kind, form: 'verb', start, end, status: 'happened', clauseStart: first.start, clauseEnd: stop < 0 ? sent.end : end + stop, weakRecall: false };
}

const CONFERENCE_CALL = /\b(?:conference|joint|group|together|jointly)\b/i;
const TALKS_HELD = new Set(['held-talks', 'talks-with', 'held-named-meeting']);
const BULLET = /^[•·▪●◦‣*–-]\s*/;
const FUTURE_INTRO = /\b(?:will|shall|is to|are to|expected|scheduled|planned|due|to include)\b/i;
const ITEM_NOUN = /^(?:talks|meeting|meetings|discussions|consultations|negotiations|a\s|an\s|bilateral)/i;
const PAST_VERB = /^(?:met|held|spoke|sat|talked|[a-z]+ed)\b/i;
const SERIES_HELD = /\b(?:held|had|fitted|squeezed|packed|crammed)\b/;
const SERIES_OF_MEETINGS = /\b(?:meetings|talks) with:\s*$|\breceiving\s+(?:a|the)\s+(?:procession|stream|succession|string|series)\s+of\s+(?:foreign\s+|visiting\s+)?(?:dignitaries|leaders|visitors|guests|delegations)\b|\b(?:back-to-back|a flurry of) (?:bilateral )?(?:meetings|talks|summits)\b|\b(?:a|the) (?:series|string|round|number|run) of (?:bilateral |separate )?meetings\b|\bseparate (?:bilateral )?meetings with\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|\d{1,2}) (?:separate |bilateral )+(?:meetings|talks)\b|\bbilateral meetings (?:(?:today|yesterday|on \w+) )?with\b|\bmet separately with\b|\b(?:received|receiving) (?:two|three|four|five|six|seven|eight|nine|ten|several|a number of|\d+) (?:separate |foreign )?delegations\b/i;
// "The third delegation was led by Dr Jasper Wieck, Political Director ...": one of the delegations received.
const DELEGATION_LED_BY = /^The (?:\w+ )?delegation was (?:led|headed) by\s/;
const MEETING_WITH_NOUN = /^(?:meeting|talks|conversation|discussions)\s+with\b/i;
// "3. With Foreign Minister Sergey Lavrov of the Russian Federation, EAM carried out ...": a numbered paragraph too.
const WITH_OPENING = /^(?:\d{1,2}\.\s+)?With\s/;

/** Whether the body has told a meeting of this person yet: the headline names the guests of the roundup it sums up. */
function inBody(drafts: Draft[], id: string): boolean {
  return drafts.some((d) => !d.fromHeadline && d.personIds.includes(id));
}

/**
 * One of the meetings a roundup announced: "In his meeting with X, ...", "With X, Birla noted ...",
 * or "Birla thanked X, Speaker of ..." — each with someone the story has not yet met.
 */
function roundupMeetingItem(inp: BuildInput, sent: Sentence, drafts: Draft[]): Trigger | null {
  const ms = inp.mentions[sent.index] ?? [];
  const isNew = (m: ActorMention | undefined): boolean => {
    const p = m && m.kind === 'person' && m.personId ? inp.registry.get(m.personId) : undefined;
    return !!p && sideOf(p) !== null && !inBody(drafts, p.id);
  };
  for (const t of inp.triggers.at(sent.index)!) {
    if (t.form !== 'noun' || t.status !== 'happened' || !MEETING_WITH_NOUN.test(inp.text.slice(t.start, t.end + 6))) continue;
    const guest = ms.find((m) => m.kind === 'person' && m.start >= t.end && m.start - t.end <= 8);
    if (isNew(guest)) return { ...t, id: 'talked-with', kind: 'meeting', form: 'fronted', clauseStart: t.start, clauseEnd: sent.end };
  }
  const fronted = (end: number, clauseEnd: number): Trigger => ({ id: 'talked-with', kind: 'meeting', form: 'fronted', start: sent.start, end, status: 'happened', clauseStart: sent.start, clauseEnd, weakRecall: false });
  // "The President's first sit-down ... was with Cambodian Prime Minister Hun Manet", "Marcos wrapped up
  // the day's bilaterals with European Council President António Costa": the guest after "with".
  const withGuest = ms.find((m) => m.kind === 'person' && isNew(m) && ITEM_WITH_BEFORE.test(inp.text.slice(Math.max(sent.start, m.start - 40), m.start)));
  if (withGuest) return fronted(withGuest.start, sent.end);
  const first = ms.find((m) => m.kind === 'person' || m.kind === 'pronoun');
  if (!first || first.kind !== 'person' || first.start - sent.start > 80) return null;
  if (DELEGATION_LED_BY.test(sent.text)) return isNew(first) ? fronted(first.start, first.end) : null;
  // "held meetings with: • Russian Foreign Minister Sergey Lavrov – the two reviewed ...": one item of the list.
  const bullet = BULLET.exec(sent.text);
  if (bullet && first.start - sent.start <= bullet[0].length + 40) return isNew(first) ? fronted(first.start, first.end) : null;
  const withOpening = WITH_OPENING.exec(sent.text);
  if (withOpening) return first.start - sent.start <= withOpening[0].length + 20 && isNew(first) ? fronted(sent.start + withOpening[0].length - 1, sent.end) : null;
  const v = ITEM_VERB.exec(inp.text.slice(first.end, Math.min(sent.end, first.end + 40)));
  if (!v) return null;
  const end = first.end + v[0].length;
  const guest = ms.find((m) => m.kind === 'person' && m.start >= end && m.start - end <= 6);
  // "Turkish President Erdogan congratulated his Azerbaijani counterpart": the guest first, then the host.
  // A style may stand before the host's name ("thanked Sheikh Mohamed").
  const host = ms.find((m) => (m.kind === 'person' || m.kind === 'role') && m.personId && m.start >= end && m.start - end <= 14);
  const named = isNew(guest) ? guest!
    : isNew(first) && host && (host.personId === inp.protagonist || drafts.some((d) => d.personIds.includes(host.personId!))) ? host : null;
  if (!named) return null;
  const start = first.end + v[0].length - v[0].replace(/^,?\s+/, '').length;
  return { id: 'talked-with', kind: 'meeting', form: 'verb', start, end, status: 'happened', clauseStart: first.start, clauseEnd: named.end, weakRecall: false };
}

/**
 * "The visit included: • talks with President Ilham Aliyev and ...": an item of a list of what was done,
 * whose doer is the story's; under "The programme will include:" a plan. Other sentences' triggers as read.
 */
function bulletItem(inp: BuildInput, sent: Sentence, raw: Trigger[]): Trigger[] {
  const bullet = raw.length ? BULLET.exec(sent.text) : null;
  if (!bullet) return raw;
  const { sentences, text } = inp;
  // Back past the items before it, each a paragraph that opens with its bullet.
  let k = sent.index - 1;
  while (k > 0 && (BULLET.test(sentences[k].text) || (sentences[k].paragraph === sentences[k - 1].paragraph && !sentences[k].heading))) k--;
  // The line that opens the list ("The visit included:"), or the day's heading it stands under.
  const intro = k >= 0 && (/:\s*$/.test(sentences[k].text) || (k > 0 && sentences[k].heading)) ? sentences[k].text : null;
  if (intro === null) return raw;
  const planned = FUTURE_INTRO.test(intro);
  return raw.map((t) => (planned && t.status === 'happened' ? { ...t, status: 'planned' }
    : t.form !== 'fronted' && t.status === 'happened' && t.start - sent.start <= bullet[0].length && ITEM_NOUN.test(text.slice(t.start, t.end)) ? { ...t, form: 'fronted' } : t));
}

/** Reads the article's triggers in order and groups them into engagements. */
export function buildDrafts(inp: BuildInput): BuildOutput {
  const { sentences, mentions, registry, text } = inp;
  const drafts: Draft[] = [];
  const excluded = new Set<number>();
  const lead: number[] = [];
  const otherEvents: { start: number; end: number }[][] = [];
  let active: Draft | null = null;
  // "Goyal signed the Agreement on behalf of India. It was signed for the EFTA states by A, B and C": one signing.
  let lastSigner: { id: string; si: number } | null = null;

  let background: number | null = null;
  // A headline "Statement from / by ...", "Message of ...": the piece is the statement itself.
  const statement = sentences[0]?.heading === true && STATEMENT_HEADLINE.test(sentences[0].text);
  let roundupCall: 'phone_call' | 'video_call' | null = null;
  // "held a series of meetings with visiting presiding officers": each paragraph after it that names a
  // new counterpart tells one of those meetings.
  let roundupMeeting = false;
  let meetingItem: Trigger | null = null;
  const leadSentence = sentences.find((x) => !x.heading) ?? null;
  for (const sent of sentences) {
    const si = sent.index;
    const isTitle = si === 0 && sent.heading;
    if (sent.heading && si > 0) active = headedDraft(inp, drafts, sent) ?? (topicalHeading(inp, drafts, sent) ? active : null);
    // "1." then "Foreign Ministers' Meeting" on its line: a section of the readout, not flagged a heading.
    else if (si > 0 && SECTION_NUMBER_ALONE.test(sentences[si - 1].text) && !/[.!?:;,"”]$/.test(sent.text)) active = headedDraft(inp, drafts, sent) ?? active;
    // "2. Japan-Australia Summit Telephone Talk": a section of a readout that told several talks; what
    // follows is of the talk between those two countries.
    if (si > 0 && sent.text.length <= 100 && SECTION_PAIR.test(sent.text)) {
      const named = new Set((mentions[si] ?? []).filter((m) => m.kind === 'country' && m.iso3).map((m) => m.iso3!));
      if (named.size === 2) {
        const ofPair = drafts.filter((d) => { const sides = sidesOf(d, registry); return !d.fromHeadline && [...named].every((c) => sides.has(c)); });
        active = ofPair.length === 1 ? ofPair[0] : null;
        excluded.add(si);
        continue;
      }
    }
    // A paragraph the outlet labels as background or context tells of the past, not of the engagement.
    if (BACKGROUND.test(sent.text)) background = sent.paragraph;
    if (background !== null && sent.paragraph === background) {
      excluded.add(si);
      active = null;
      continue;
    }
    // "The visit comes two months after Abiy travelled to Rome, where ...": what came before it.
    // But "The call came a day after Doval called on Putin at the Kremlin": a meeting of the last few
    // days, told as news of its own.
    // So, with no engagement told yet, "The trip comes five months after Biden travelled to Jeddah, where he met ...".
    if (COMES_AFTER.test(sent.text) && (active || LONG_AFTER.test(sent.text)) && !CAME_JUST_AFTER.test(sent.text)) { excluded.add(si); continue; }
    const raw = bulletItem(inp, sent, inp.triggers.at(si)!);
    // Dates are read only where a verbal trigger may report a meeting: elsewhere they change nothing.
    const trigs = raw.some((t) => t.form !== 'noun' && t.status === 'happened')
      ? raw.map((t) => applyDates(t, inp.dates.at(si) ?? [], inp.published, text, sent.start)) : raw;
    // "Xi went to Moscow in March 2023. The following month, Lula met Xi ...": counted on from a past date.
    // "During the January visit Mirziyoyev held talks with ...", told in March: that visit, not this story's.
    const monthEvent = MONTH_EVENT_OPENING.exec(sent.text);
    if ((monthEvent && inp.published && MONTHS.get(monthEvent[1]) !== Number(inp.published.slice(5, 7)))
      || (LATER_PERIOD.test(sent.text) && afterPastDate(inp, si))) {
      for (let k = 0; k < trigs.length; k++) if (trigs[k].status === 'happened' && trigs[k].form !== 'noun') trigs[k] = { ...trigs[k], status: 'recalled' };
    }
    // "Before being received by Xi, Lavrov held talks with Wang Yi": the fronted clause is a clause of its own.
    const beingBy = FRONTED_BEING_BY.exec(sent.text);
    if (beingBy) {
      const cut = sent.start + beingBy[0].length;
      for (let k = 0; k < trigs.length; k++) {
        trigs[k] = trigs[k].start < cut ? { ...trigs[k], clauseEnd: Math.min(trigs[k].clauseEnd, cut) } : { ...trigs[k], clauseStart: Math.max(trigs[k].clauseStart, cut) };
      }
    }
    // "paid a state visit in May 2024, when the sides signed ...": the when-clause shares the past.
    let prev: Trigger | null = null;
    for (let k = 0; k < trigs.length; k++) {
      // Not a plan's: "agreed on Monday to hold their summit regularly again, as they met in Seoul" tells the meeting in the past.
      if (prev && trigs[k].status === 'happened' && /^\s*(?:when|where|after which|during which|as)\b/i.test(text.slice(trigs[k].clauseStart, trigs[k].clauseEnd))
        && !(prev.status === 'planned' && PAST_VERB.test(text.slice(trigs[k].start, trigs[k].end)))) {
        trigs[k] = { ...trigs[k], status: prev.status };
      }
      // "One of his last major trips was a July visit to China, where he held talks with Wang Yi", told in September.
      const month = trigs[k].status === 'happened' && inp.published && WHERE_OPENS.test(text.slice(trigs[k].clauseStart, trigs[k].clauseStart + 12))
        ? MONTH_TRIP_BEFORE.exec(text.slice(Math.max(sent.start, trigs[k].clauseStart - 90), trigs[k].clauseStart)) : null;
      if (month && MONTHS.get(month[1] ?? month[2]) !== Number(inp.published!.slice(5, 7))) trigs[k] = { ...trigs[k], status: 'recalled' };
      if (trigs[k].status !== 'happened' && trigs[k].form !== 'noun') prev = trigs[k];
      // "during President Putin's state visit to Tashkent for talks with Mirziyoyev", the visit recalled: so are its talks.
      const visit = k > 0 ? trigs[k - 1] : null;
      if (visit && trigs[k].status === 'happened' && visit.status !== 'happened' && /visit/.test(visit.id) && VISIT_FOR_BETWEEN.test(text.slice(visit.end, trigs[k].start))) {
        trigs[k] = { ...trigs[k], status: visit.status };
      }
    }
    const verbal = trigs.filter((t) => t.form !== 'noun');
    // "President Lee and Prime Minister Ishiba agreed Monday to ...": a lead that tells only what two
    // leaders decided tells that they met or spoke.
    // So "In Berlin on Wednesday, Starmer and Scholz said the treaty would ...": where and when the two spoke as one.
    const placeDay = PLACE_DAY_OPENING.test(sent.text);
    if ((sent === leadSentence || FOLLOWING_MEETING.test(sent.text) || placeDay) && !verbal.some((t) => t.status === 'happened')) {
      const joint = jointOutcomeLead(inp, sent, placeDay);
      if (joint) verbal.push(applyDates(joint, inp.dates.at(si) ?? [], inp.published, text, sent.start));
    }
    // "Several leaders telephoned Aliyev ... Kazakh President Tokayev warmly congratulated his Azerbaijani
    // counterpart ...": each paragraph opened by another caller is one of those calls.
    if (roundupCall && !isTitle && !verbal.some((t) => t.status === 'happened')) {
      const item = roundupItem(inp, sent, drafts, roundupCall);
      if (item) verbal.push(item);
    } else if (roundupMeeting && !sent.heading && !verbal.some((t) => t.status === 'happened')) {
      meetingItem = roundupMeetingItem(inp, sent, drafts);
      if (meetingItem) verbal.push(meetingItem);
    }
    const happened = verbal.filter((t) => t.status === 'happened');
    let touched: Draft | null = null;
    let touchedAt = -1;
    let otherTime = false;
    let splitClauseEnd = -1;
    if (happened.length) {
      const summary = isSummary(sent);
      // "In the presence of the three leaders, Foreign Ministers A and B initialled ...", "At the same
      // ceremony, the two foreign ministers signed ...": more people of the engagement just told.
      // "The surprise meeting was hosted by Qatar's ruler, Sheikh Tamim": the meeting just told, and its host.
      const hostedIt = HOSTED_IT_OPENING.test(sent.text);
      const sameEvent = active !== null && !isTitle && (hostedIt || SAME_EVENT_OPENING.test(sent.text));
      // "was received by Xi on Monday, a few hours after a separate round of talks with Wang Yi": the
      // people named from the round on are its own, not the reception's.
      // So "holding talks with Nurtleu before being received by President Tokayev".
      let roundFrom = -1;
      let roundAt = -1;
      for (const h of happened) {
        const r = SEPARATE_ROUND_BEFORE.exec(text.slice(Math.max(sent.start, h.start - 40), h.start))
          ?? (h.id === 'received-by' && h !== happened[0] ? BEFORE_BEING.exec(text.slice(Math.max(sent.start, h.start - 20), h.start)) : null);
        if (r) { roundFrom = h.start - r[0].length; roundAt = h.start; break; }
      }
      for (let t of happened) {
        // "The two leaders met ..., where PM Modi also held talks with the leaders of Uzbekistan, Iran and
        // Turkey": one meeting with each, which the story tells one by one (or not at all), not more of the first.
        if (touched && LEADERS_OF_LIST.test(text.slice(t.end, Math.min(sent.end, t.end + 120)))) continue;
        // "In a separate call, Zelensky expressed condolences ..., and the two leaders exchanged ...": what
        // was said in the contact the sentence has just told.
        if (touched && t.id === 'conveyed-in-person') continue;
        // "Statement from President Biden on the Death of Queen Elizabeth II ... extended their condolences
        // to King Charles III": a statement's words are written, not said to anyone in person.
        if (t.id === 'conveyed-in-person' && statement) continue;
        // "President Tinubu has extended his condolences to President Mahama ... following the crash": sympathy
        // sent, unless the sentence, the two before it or the headline tell of a call, a meeting or a visit.
        // "offered his condolences in Kuwait yesterday to the Amir": said where he had gone, in person.
        if (t.id === 'conveyed-in-person' && sentInWriting(text.slice(t.start, t.end), sentences, si)) continue;
        // "At the outset of the session, the prime minister conveyed his greetings to King Salman", in talks
        // with the Crown Prince: greetings passed through the host to one who was not there.
        if (active && t.id === 'conveyed-in-person' && GREETINGS_WORD.test(text.slice(t.start, t.end)) && greetedInAbsence(t, mentions[si], active, registry)) continue;
        if (t.start < splitClauseEnd) continue;
        if (roundupCall && ((t.form === 'fronted' && t.kind === 'meeting' && CONVERSATION_WORD.test(text.slice(t.start, t.end))) || (t.kind === null && t.id === 'talked-with'))) t = { ...t, kind: roundupCall };
        // "Leaders of the Organization of Turkic States wrapped up their summit. The summit ... brought together
        // A, B and C": an organisation's summit of many, not a meeting of those named.
        // "The Addis Ababa summit ... was held under the theme of ... It was co-chaired by A and B": the summit's chairs.
        if (t.id === 'co-chaired-by' && IT_OPENING.test(text.slice(sent.start, t.start)) && si > 0 && GATHERING_WORD.test(sentences[si - 1].text)) continue;
        if (t.id === 'brought-together' && /\bsummit\b/i.test(text.slice(sent.start, t.start))
          && [si - 1, si - 2].some((k) => k >= 0 && (mentions[k] ?? []).some((m) => m.kind === 'org' || (m.kind === 'role' && !!m.org)))) continue;
        let parties = partiesFor(t, mentions[si], text, active, registry, inp.protagonist, (far) => (far ? salientPeople(si, inp) : recentPeople(si, inp, t.clauseStart)), inp.author);
        // "The call came a day after Lee's first conversation with Ishiba. On Monday, the two spoke ...": the
        // pair the sentence before has just named, not the engagement told before it.
        const pair = active && t.start - sent.start <= 80 ? previousPair(si, inp, t.start) : null;
        if (pair && !pair.every((id) => active!.personIds.includes(id))) parties = { personIds: pair, countries: [], orgs: [] };
        // One of a roundup's meetings: its new guest and the one who held them all, not the guests before.
        // So a fronted "In his talks with Canadian Prime Minister Carney, the Chief Executive thanked ...".
        // So "The last bilateral meeting of the day was with Egyptian President el-Sisi".
        if ((t === meetingItem || (roundupMeeting && (t.form === 'fronted' || (t.id === 'met' && MEETING_WAS_WITH_AFTER.test(text.slice(t.end, t.end + 40)))))) && inp.protagonist) {
          const guests = parties.personIds.filter((id) => id !== inp.protagonist && !inBody(drafts, id));
          const kept = new Set([inp.protagonist, ...guests].map((id) => sideOf(registry.get(id)!)));
          if (guests.length) parties = { ...parties, personIds: [inp.protagonist, ...guests], countries: parties.countries.filter((c) => kept.has(c.iso3)) };
        }
        if (active && sameEvent) {
          const sides = sidesOf(active, registry);
          const own = parties.personIds.filter((id) => { const x = sideOf(registry.get(id)!); return x !== null && (hostedIt || sides.has(x)); });
          if (own.length) {
            mergeInto(active, { personIds: own, countries: [], orgs: [] }, t, si);
            touched = active;
            if (touchedAt < 0) touchedAt = t.start;
            continue;
          }
        }
        // "Austin also held separate talks with each of his visitors": the larger meeting just told, met
        // again one guest at a time.
        if (active && !isTitle && TWO_SIDED.test(text.slice(t.start, t.end + 12)) && WITH_EACH_OF_THEM.test(text.slice(t.end, Math.min(t.clauseEnd, t.end + 80)))) {
          const split = eachOfActive(t, active, mentions[si], registry);
          if (split) {
            for (const one of split) {
              const made = attach(inp, drafts, null, one, t, sent, isTitle, true);
              if (made) { made.within = active; touched = made; }
            }
            if (touched && touchedAt < 0) touchedAt = t.start;
            continue;
          }
        }
        // "Earlier in the week, To Lam met representatives of US corporations and urged them ...": at
        // another time, with one person and a country's people; what it decided is not this engagement's.
        if (active && parties.personIds.length < 2 && OTHER_TIME_OPENING.test(sent.text)) { otherTime = true; continue; }
        // "received the Ambassador of Russia A and the Ambassador of China B": one audience each.
        const envoys = !summary && t.id === 'received' && severalEnvoys(parties, registry);
        // "meeting Foreign Minister Cavusoglu and then President Erdogan": one after the other, two meetings.
        const sequenced = !summary && !envoys && t.kind !== 'phone_call' && t.kind !== 'video_call' && AND_THEN.test(undot(text.slice(t.end, Math.min(t.clauseEnd, t.end + 160))));
        // "a trip during which she met French President Macron and Chinese President Xi": one meeting with
        // each, unless the text makes it one of three ("met Macron and Xi together", "a trilateral").
        // So too "I spoke by phone with US Deputy Secretary of State Landau and Russian Foreign Minister Lavrov":
        // a call is with one person at a time, unless it is a conference call. And "called on President
        // Tharman, Prime Minister Wong and Senior Minister Lee": a courtesy call is paid on one host at a
        // time, of whatever side.
        const clause = text.slice(t.clauseStart, t.clauseEnd);
        const courtesy = t.id === 'called-on' && t.kind === 'meeting';
        const metEach = !summary && !envoys && !sequenced && (t.id === 'met' || courtesy || (t.kind === 'phone_call' && t.form === 'verb' && !CONFERENCE_CALL.test(clause)))
          && MET_A_AND_B.test(text.slice(t.end, Math.min(t.clauseEnd, t.end + 200))) && !TOGETHER.test(clause)
          && (courtesy || (!MORE_SIDED.test(clause) && [...sidesOf(parties, registry)].filter((x) => !x.startsWith('org:')).length >= 3));
        // "Starmer and Albanese each held talks with Xi": each subject with the one they met.
        const each = !summary && EACH_BEFORE.test(text.slice(t.clauseStart, t.start)) ? splitEach(t, parties, mentions[si]) : null;
        // "held meetings with Chinese Vice President Han Zheng and Foreign Minister Wang Yi": one with each.
        const meetingsEach = !summary && !envoys && !sequenced && !metEach && MEETINGS_WORD.test(text.slice(t.start, t.end))
          && MET_A_AND_B.test(text.slice(t.end, Math.min(t.clauseEnd, t.end + 200))) && !TOGETHER.test(clause) && !MORE_SIDED.test(clause);
        const split = each ?? (summary || envoys || sequenced || metEach || meetingsEach ? splitSeparate(t, parties, mentions[si], registry) : null);
        if (summary && !split) continue;
        // "Later in the day President Trump received the two ministers": a later meeting under a new host.
        const round = t.start === roundAt;
        // "received ... Milei, who subsequently met with Cardinal Parolin": the guest's next meeting.
        const separate: boolean = round || t === meetingItem || SEPARATE_ONE.test(text.slice(Math.max(sent.start, t.start - 12), t.end))
          // Not "welcomed by PM Abiy, who then held bilateral talks with her": the host, with the same guest.
          || (touched !== null && WHO_NEXT.test(text.slice(t.clauseStart, t.start)) && parties.personIds.some((id) => !touched!.personIds.includes(id)))
          || (active !== null && !touched && LATER_OPENING.test(sent.text) && newSubject(mentions[si], t, active))
          // "The day before, on July 8, Putin and Modi had an informal conversation at Novo-Ogaryovo": the same
          // pair at another time, a meeting of its own.
          || (active !== null && !touched && DAY_BEFORE_OPENING.test(sent.text));
        // "Blinken was received by Xi, a few hours after a separate round of talks with Wang Yi": the
        // sentence's subject and the one named after the talks.
        // A subhead "Talks with Putin, Pezeshkian" lists the meetings its section tells, one by one.
        if (sent.heading && si > 0 && t.form === 'fronted' && inp.protagonist && !parties.personIds.includes(inp.protagonist)
          && sidesOf({ ...parties, countries: [], orgs: [] }, registry).size >= 2) continue;
        // "A, the speaker, travelled to Kyiv on Thursday, signing a memorandum with B, before being received
        // by President C": the one received is the sentence's subject, outside the participle's clause.
        // "Borrell and Lajčák first received Kurti, then met Vučić": the same subject, and the one named after the verb.
        const elided = !round && t.clauseStart > sent.start && t.form === 'verb' && ELIDED_SUBJECT.test(text.slice(t.clauseStart, t.start));
        if ((t.id === 'received-by' && !round && BEFORE_BEING.test(text.slice(Math.max(sent.start, t.start - 20), t.start))) || elided) {
          const subject = mentions[si].find((m) => m.kind === 'person');
          if (subject && subject.personId && SUBJECT_OPENING.test(text.slice(sent.start, subject.start)) && subject.end < t.clauseStart) {
            const comma = text.slice(t.end, t.clauseEnd).search(/[,;]/);
            const upTo = comma < 0 ? t.clauseEnd : t.end + comma;
            const after = elided ? mentions[si].filter((m) => m.kind === 'person' && m.personId && m.start >= t.end && m.end <= upTo).map((m) => m.personId!) : parties.personIds;
            if (after.length) parties = { ...parties, personIds: [subject.personId, ...after.filter((id) => id !== subject.personId)] };
          }
        }
        if (t.id === 'signed-together') {
          if (parties.personIds.length === 1) lastSigner = { id: parties.personIds[0], si };
          else if (lastSigner && lastSigner.si === si - 1 && SIGNED_IT_TOO.test(sent.text) && !parties.personIds.includes(lastSigner.id)) {
            parties = { ...parties, personIds: [lastSigner.id, ...parties.personIds] };
          }
        }
        if (round) parties = roundParties(parties, mentions[si], t);
        else if (roundFrom > t.start) parties = { ...parties, personIds: parties.personIds.filter((id) => mentions[si].some((m) => m.personId === id && m.start < roundFrom)) };
        for (const one of split ?? [parties]) touched = attach(inp, drafts, separate ? null : touched, one, t, sent, isTitle, separate) ?? touched;
        if (touched && touchedAt < 0) touchedAt = t.start;
        // "held a meeting with A ..., and also met B": the meetings the split made are the sentence's; the
        // later verb of its clause names no one new.
        if (sequenced && split) splitClauseEnd = t.clauseEnd;
      }
    }
    // "held telephone conversations with the heads of three neighbouring states": no one named yet,
    // and each conversation told after it is one of those calls.
    // So too "telephoned their American and British counterparts": each "spoke with" after it is one of those calls.
    // So too "held telephone conversations with A and B", split into a call with each: "In his
    // conversation with Tokayev, Rahmon ..." after it is one of those calls.
    if (!isTitle) for (const t of happened) {
      if ((t.kind === 'phone_call' || t.kind === 'video_call') && (/s$/i.test(text.slice(t.start, t.end)) || (!touched && PLURAL_COUNTERPARTS.test(text.slice(t.end, t.end + 80)))
        // "Several foreign leaders telephoned President Aliyev over the weekend": calls from each.
        || PLURAL_CALLERS.test(text.slice(Math.max(sent.start, t.start - 60), t.start))
        // "spent Tuesday on the telephone with leaders of Muslim countries".
        || PLURAL_WITH.test(text.slice(t.end, Math.min(t.clauseEnd, t.end + 80))))) roundupCall = t.kind;
    }
    if (!isTitle && !touched && (happened.some((t) => SERIES_OF_MEETINGS.test(text.slice(Math.max(sent.start, t.start - 40), Math.min(sent.end, t.end + 60))))
      // "completed three days of back-to-back meetings with dignitaries": a lead that names no meeting of its own.
      || (sent === leadSentence && !happened.length && SERIES_OF_MEETINGS.test(sent.text) && !FUTURE_INTRO.test(sent.text))
      // "Modi fitted four bilateral meetings into a single day in Samarkand": a count of meetings held, told later on.
      || (!happened.length && SERIES_OF_MEETINGS.test(sent.text) && SERIES_HELD.test(sent.text) && !FUTURE_INTRO.test(sent.text)))) roundupMeeting = true;
    // "On Sunday Xi held talks with ..., three weeks after A and B signed a declaration at the White House":
    // what the other event's clause tells is not this engagement's, in a sentence that tells one too.
    if (touched) {
      const earlier = trigs.filter((t) => t.form !== 'noun' && t.status === 'recalled' && t.start > touchedAt);
      if (earlier.length) otherEvents[si] = earlier.map((t) => recalledStretch(text, t));
      active = isTitle ? null : touched;
      continue;
    }
    const others = trigs.filter((t) => t.form !== 'noun' && t.status !== 'happened' && !outcomeOf(text, sent.start, t));
    if (others.length) otherEvents[si] = others.map((t) => subordinateSpan(text, t));
    if (otherTime) { excluded.add(si); continue; }
    if (verbal.length && verbal.every((t) => t.status !== 'happened') && others.some((t) => (t.clauseStart - sent.start < 3 && !subordinateAt(text, t)) || (!active && !(sent === leadSentence && t.status === 'planned' && t.clauseStart - sent.start > 40)))) {
      // "The two leaders had previously spoken by phone in late November": another event; leave it out.
      // Not the lead "Trump told Zelensky on Monday that ..., then broke away ... to telephone Putin about
      // arranging a meeting between the two": a plan deep in it leaves the day it gives for the rest.
      // When the other event is only a subordinate clause ("..., as X and Y had agreed when they met
      // in Lima"), the sentence stays and only that clause is passed over.
      excluded.add(si);
      continue;
    }
    if (!active) { lead.push(si); continue; }
    active = toldOf(si, active, drafts, inp);
    if (belongs(si, active, inp)) active.sentences.push(si);
  }
  splitHosts(drafts, inp);
  return { drafts, excluded, lead, otherEvents };
}

const GREETINGS_WORD = /\bgreetings\b/i;
/** Whether the one greetings are conveyed to is not in the engagement told, though someone of their side is. */
function greetedInAbsence(t: Trigger, ms: readonly ActorMention[], active: Draft, registry: PersonRegistry): boolean {
  const to = ms.find((m) => m.kind === 'person' && m.personId && m.start >= t.end && m.start - t.end < 80);
  if (!to || active.personIds.includes(to.personId!)) return false;
  const side = sideOf(registry.get(to.personId!)!);
  return side !== null && active.personIds.some((id) => sideOf(registry.get(id)!) === side);
}
const WELCOME_WORD = /\b(?:welcom|greet)/i;
// Statements that tell one host's meeting of their own: not a signing, nor words exchanged.
const OWN_MEETING_TRIGGERS = new Set(['called-on', 'received', 'received-by', 'met', 'held-talks', 'talks-with', 'talks-phrase', 'sat-down', 'fronted-meeting', 'fronted-talks']);

/**
 * "held talks with Foreign Secretary Manalo and President Marcos" in the lead, then "his meeting with
 * Manalo" and "Blinken then paid a courtesy call on Marcos": a visitor's day of separate meetings that
 * the lead summed up. A host met on their own in a later statement, who is not the one the visit's first
 * statement was with, is a meeting of their own, with the sentences told after it.
 */
function splitHosts(drafts: Draft[], inp: BuildInput): void {
  const { registry } = inp;
  for (const d of drafts.slice()) {
    const sts = d.statements;
    if (d.fromHeadline || d.within || !sts || sts.length < 2 || d.kinds.some((k) => k === 'phone_call' || k === 'video_call')) continue;
    const bySide = sideMap(d.personIds, registry);
    if (bySide.size !== 2 || bySide.has('?')) continue;
    for (const [side, ids] of bySide) {
      if (ids.size < 2) continue;
      const guests = [...bySide].find(([x]) => x !== side)![1];
      const hostsOf = (st: DraftStatement) => st.personIds.filter((id) => ids.has(id));
      // With all of the other side: "the two leaders first met alone", of two delegations, is no host's meeting apart.
      // Told by a verb ("called on Marcos"), not "It was the first meeting between Xi and Lavrov since 2018";
      // nor a welcome ("was welcomed by Foreign Minister Mondino, after which ... the meeting with the President").
      const single = (st: DraftStatement) => hostsOf(st).length === 1 && st.form !== 'noun' && [...guests].every((id) => st.personIds.includes(id))
        && OWN_MEETING_TRIGGERS.has(st.triggerId) && !WELCOME_WORD.test(inp.text.slice(st.start, st.end));
      const apart = new Map<string, DraftStatement[]>();
      // Not the one the first statement opens with, who is whom the story follows: "Cleverly held meetings with A and B".
      for (const st of sts) if (st.si > d.anchor && single(st) && hostsOf(st)[0] !== sts[0].personIds[0]) { const h = hostsOf(st)[0]; apart.set(h, [...(apart.get(h) ?? []), st]); }
      // Someone met alone who is in a later statement with another host too is one meeting with both.
      // Not a signing both witnessed ("After the talks, the two leaders witnessed the exchange of documents").
      for (const [h, own] of apart) if (sts.some((st) => st.si > own[0].si && OWN_MEETING_TRIGGERS.has(st.triggerId) && hostsOf(st).includes(h) && hostsOf(st).length > 1)) apart.delete(h);
      // Each host met alone, then, but one: the engagement the visit's first statement told stays with someone.
      if (apart.size === ids.size) apart.delete([...apart].sort((a, b) => a[1][0].si - b[1][0].si)[0][0]);
      // It stays with the first of them its own statement named ("with Manalo and Marcos"), not with
      // "Putin", whose greetings the guest passed on.
      const primary = hostsOf(sts.find((st) => st.si === d.anchor) ?? sts[0])[0];
      if (primary) apart.delete(primary);
      if (!apart.size) continue;
      const starts = sts.map((st) => st.si);
      for (const [h, own] of apart) {
        const first = own[0].si;
        const mine = new Set(own.map((st) => st.si));
        // The sentences after its statement, up to the next statement of another meeting, tell of it too.
        const next = starts.filter((x) => x > first && !mine.has(x)).reduce((a, b) => Math.min(a, b), Infinity);
        const sentences = d.sentences.filter((x) => mine.has(x) || (x > first && x < next));
        const cast = [...new Set(own.flatMap((st) => st.personIds))].filter((id) => !ids.has(id) || id === h);
        const anchorTrigger = (inp.triggers.at(first) ?? []).find((t) => t.id === own[0].triggerId) ?? d.anchorTrigger;
        drafts.push({
          index: drafts.length, kinds: ['meeting'], triggerIds: [...new Set(own.map((st) => st.triggerId))], personIds: cast, countries: [], orgs: [],
          anchor: first, anchorTrigger, triggerSentences: [...mine], sentences, ownDate: own[0].date, fromHeadline: false, statements: own,
        });
        d.personIds = d.personIds.filter((id) => id !== h);
        d.sentences = d.sentences.filter((x) => !sentences.includes(x));
        d.triggerSentences = d.triggerSentences.filter((x) => !mine.has(x));
        d.statements = d.statements!.filter((st) => !own.includes(st));
      }
    }
  }
}

// "To recall, ...", "As previously reported, ...": Kabar, Kazinform and Akorda end items with background so.
const SIGNED_OR_ATTENDED_BY = /\b(?:(?:was|were)\s+signed\s+(?:[^.;]{0,60}\s)?by|attended by|in the presence of)\b/i;
const WHO_NEXT = /^,?\s*who\s+(?:subsequently|later|then|afterwards)\s+(?:also\s+)?$/i;
const IT_OPENING = /^It\s+$/;
const GATHERING_WORD = /\b(?:summit|conference|forum|assembly|congress)\b/i;
const PLACE_IN_PHRASE = /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u;
const SYMPATHY = /\b(?:condolences|sympathy|sympathies)\b/i;
const CONTACT_CUE = /\b(?:call(?:ed|s|ing)?|phon(?:e|es|ed|ing)|telephone|spoke|conversation|visit\w*|arriv\w+|landed|flew|met|meeting|talks|receiv\w+|in person|paid\s+(?:his|her|their)\s+respects|palace|residence|majlis|mourning\s+hall|funeral|embassy|hosted)\b/i;
/** Sympathy conveyed with no place in its phrase and no contact told in its sentence, the two before or the headline. */
function sentInWriting(phrase: string, sentences: readonly Sentence[], si: number): boolean {
  if (!SYMPATHY.test(phrase) || PLACE_IN_PHRASE.test(phrase)) return false;
  if (sentences[0]?.heading && CONTACT_CUE.test(sentences[0].text)) return false;
  for (let k = Math.max(0, si - 2); k <= si; k++) if (CONTACT_CUE.test(sentences[k].text)) return false;
  return true;
}
const STATEMENT_HEADLINE = /^(?:(?:Joint\s+)?Statement|Message)\s+(?:from|by|of)\b/i;
const SEPARATE_ONE = /\b(?:a|an|another) separate\b/i;
// "a few hours after a separate round of talks with Wang Yi".
const ELIDED_SUBJECT = /^[\s,]*(?:and\s+)?(?:then|later|afterwards|subsequently)\s+$/i;
const SIGNED_IT_TOO = /^(?:It|The (?:agreement|treaty|accord|memorandum|document|deal|declaration)) was (?:also )?signed\b/i;
const BEFORE_BEING = /\b(?:before|after)\s+being\s+$/i;
// What may stand before a sentence's subject: a dateline ("PARIS –") and "The".
const SUBJECT_OPENING = /^(?:\p{Lu}[\p{Lu} .,'-]*\s[–—-]+\s*)?(?:The\s+)?$/u;
const SEPARATE_ROUND_BEFORE = /\b(?:a|an|another) separate\s+(?:round|set|session)\s+of\s+$/i;
const LONG_AFTER = /\b(?:comes?|came|follows?|followed)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|several|many|\d+)\s+(?:months|years)|(?:a|one)\s+(?:year|month)|(?:three|four|five|six|several)\s+weeks)\s+after\b/i;
const COMES_AFTER = /^(?:The|This|Their|His|Her) (?:\w+ )?(?:visit|meeting|talks|trip|call|summit|conversation)s? (?:comes?|came|follows?|followed) (?:[\w-]+ ){0,3}?(?:after|as|amid|on the heels of|weeks|months|days|a (?:week|month|year|day))\b/i;
const BACKGROUND = /^(?:(?:background|context|editor'?s note|note to editors|fact ?box|backgrounder)\s*[:–—-]|(?:to recall|as (?:earlier |previously )?reported|it (?:should|will) be recalled(?: that)?|recall that|for reference)\s*,|(?:recall that|it (?:should|will|must) be recalled that)\s)/i;

/**
 * "She held separate talks with the presidents of A, B and C": one engagement per counterpart, each
 * with the subject. A summary that names fewer than two counterparts is not split (and not kept).
 */
function splitSeparate(t: Trigger, p: Parties, ms: ActorMention[], registry: PersonRegistry): Parties[] | null {
  const subj = ms.find((m) => (m.kind === 'person' || m.kind === 'pronoun') && m.personId && m.start < t.start);
  if (!subj?.personId) return null;
  const side = (id: string) => sideOf(registry.get(id)!);
  const mine = side(subj.personId);
  const others = p.personIds.filter((id) => id !== subj.personId && side(id) !== mine);
  // The subject's side goes to each: "Michel and von der Leyen then held a separate exchange with Xi".
  const own = [subj.personId, ...p.personIds.filter((id) => id !== subj.personId && side(id) === mine)];
  if (others.length === 1) return [{ personIds: [...own, others[0]], countries: [], orgs: [] }];
  if (others.length < 2) return null;
  return others.map((o) => ({ personIds: [...own, o], countries: [], orgs: [] }));
}

// "with each of his visitors", "with his two counterparts", "with both leaders".
const WITH_EACH_OF_THEM = /^\s+(?:separately\s+)?with\s+(?:each\s+of\s+(?:them|(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:visitors|guests|counterparts|hosts|leaders|ministers))|(?:his|her|the)\s+(?:two|three|four|other)\s+(?:[\w-]+\s+)?(?:counterparts|visitors|guests|leaders|ministers)|both\s+(?:of\s+them|leaders|men|ministers|counterparts))\b/i;
/** The subject of the sentence, one of the larger meeting just told, with each of its other sides in turn. */
function eachOfActive(t: Trigger, active: Draft, ms: ActorMention[], registry: PersonRegistry): Parties[] | null {
  const subj = ms.find((m) => (m.kind === 'person' || m.kind === 'pronoun') && m.personId && m.start >= t.clauseStart && m.start < t.start && active.personIds.includes(m.personId));
  if (!subj?.personId || sidesOf(active, registry).size < 3) return null;
  const side = (id: string) => sideOf(registry.get(id)!);
  const mine = side(subj.personId);
  const bySide = new Map<string, string>();
  for (const id of active.personIds) { const x = side(id); if (x !== null && x !== mine && !bySide.has(x)) bySide.set(x, id); }
  if (bySide.size < 2) return null;
  return [...bySide.values()].map((o) => ({ personIds: [subj.personId!, o], countries: [], orgs: [] }));
}

const EACH_BEFORE = /\band\s[^.;]{2,80}?\beach\s+(?:also\s+)?$/;
/** "A and B each held talks with C": one meeting of each subject named before the verb with those named after it. */
function splitEach(t: Trigger, p: Parties, ms: ActorMention[]): Parties[] | null {
  const before = new Set(ms.filter((m) => m.kind === 'person' && m.personId && m.end <= t.start && m.start >= t.clauseStart).map((m) => m.personId!));
  const subjects = p.personIds.filter((id) => before.has(id));
  const met = p.personIds.filter((id) => !before.has(id));
  if (subjects.length < 2 || !met.length) return null;
  return subjects.map((id) => ({ personIds: [id, ...met], countries: [], orgs: [] }));
}

/** Whether the parties hold ambassadors of two or more countries. */
function severalEnvoys(p: Parties, registry: PersonRegistry): boolean {
  const countries = new Set<string>();
  for (const id of p.personIds) {
    const x = registry.get(id)!;
    if (x.country && x.role && /Ambassador|Envoy|Charg/i.test(x.role)) countries.add(x.country);
  }
  return countries.size >= 2;
}

/**
 * "held separate meetings with Aliyev and Pashinyan. Opening the talks with Aliyev, Putin said ...":
 * a sentence that names someone of an earlier engagement and no one of the active one but those
 * both share tells of that earlier engagement.
 */
function toldOf(si: number, active: Draft, drafts: Draft[], inp: BuildInput): Draft {
  if (drafts.length < 2) return active;
  let other: Draft | null = null;
  for (const m of inp.mentions[si]) {
    // "preparations for the Turkmen President's visit": his, not him.
    if (m.kind !== 'person' || !m.personId || POSSESSIVE_NEXT.test(inp.text.slice(m.end, m.end + 3))) continue;
    const id = m.personId;
    if (active.personIds.includes(id)) {
      if (!drafts.every((d) => d.fromHeadline || d.personIds.includes(id))) return active;
      continue;
    }
    other ??= drafts.find((d) => d !== active && !d.fromHeadline && d.personIds.includes(id)) ?? null;
  }
  return other ?? active;
}

const mentionStart = (m: ActorMention): number => m.start;

/** People named in the few sentences before `si` (the headline included), most recent first. */
function recentPeople(si: number, inp: BuildInput, clauseStart: number): string[] {
  const out: string[] = [];
  // "Erdogan told Biden on Tuesday that ..., as the two held talks": the pair named earlier in the sentence, nearest first.
  // A few names back at most: a sentence may hold thousands.
  const own = inp.mentions[si];
  for (let k = firstAtLeast(own, clauseStart, mentionStart) - 1, seen = 0; k >= 0 && seen < 12; k--, seen++) {
    const m = own[k];
    if (m.end <= clauseStart && m.kind === 'person' && m.personId && !out.includes(m.personId)
      // "handed a written message from the Custodian of the Two Holy Mosques King Salman to Khamenei, when the two
      // met": the one who sent it is not of the two.
      && !CARRIED_FROM_BEFORE.test(inp.text.slice(Math.max(0, m.start - 120), m.start))) out.push(m.personId);
  }
  for (let k = si - 1; k >= 0 && k >= si - 3; k--) {
    for (const m of inp.mentions[k]) if (m.kind === 'person' && m.personId && !out.includes(m.personId)) out.push(m.personId);
  }
  return out;
}

/** The two people of two sides the sentence before names, when `si` opens with "the two" and names no one before `at`. */
function previousPair(si: number, inp: BuildInput, at: number): string[] | null {
  const sent = inp.sentences[si];
  if (si < 1 || !THE_TWO_OPENING.test(sent.text) || !(inp.triggers.at(si - 1) ?? []).length) return null;
  if ((inp.mentions[si] ?? []).some((m) => m.start < at && (m.kind === 'person' || m.kind === 'pronoun' || m.kind === 'role'))) return null;
  const ids: string[] = [];
  for (const m of inp.mentions[si - 1] ?? []) if (m.kind === 'person' && m.personId && !ids.includes(m.personId)) ids.push(m.personId);
  if (ids.length !== 2) return null;
  const sides = new Set(ids.map((id) => sideOf(inp.registry.get(id)!)));
  // "The two presidents met": both must hold the office.
  const office = PLURAL_OFFICE.exec(sent.text.slice(sent.text.search(/\b(?:the two|both)\b/i)))?.[1].toLowerCase();
  if (office && !ids.every((id) => holdsOffice(inp.registry.get(id)!.role ?? null, office))) return null;
  return sides.size === 2 && !sides.has(null) ? ids : null;
}
// "On Monday, the two spoke", "The two leaders then met": a pair as the subject, after a short fronted phrase at most.
const THE_TWO_OPENING = /^(?:[^,]{1,40},\s*)?(?:the two|both)(?:\s+(?:leaders|men|women|presidents|ministers|heads of state|prime ministers))?\s+(?!countries|sides|governments|nations)[a-z]/i;

/** People of the sentences a little before `si` (a few paragraphs' worth), most often named in the article so far first. */
function salientPeople(si: number, inp: BuildInput): string[] {
  const window = new Set<string>();
  for (let k = si - 1; k >= 0 && k >= si - SALIENT_REACH; k--) for (const m of inp.mentions[k]) if (m.kind === 'person' && m.personId) window.add(m.personId);
  const count = new Map<string, number>();
  for (let k = 0; k < si; k++) for (const m of inp.mentions[k]) if ((m.kind === 'person' || m.kind === 'pronoun') && m.personId && window.has(m.personId)) count.set(m.personId, (count.get(m.personId) ?? 0) + 1);
  return [...window].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
}
const SALIENT_REACH = 8;

/** Whether a sentence without a trigger goes on telling of the active engagement. */
function belongs(si: number, d: Draft, inp: BuildInput): boolean {
  const ms = inp.mentions[si];
  const sides = sidesOf(d, inp.registry);
  let participant = false;
  let stranger = false;
  for (const m of ms) {
    if ((m.kind === 'person' || m.kind === 'pronoun') && m.personId) {
      if (d.personIds.includes(m.personId)) participant = true;
      else if (m.kind === 'person') {
        // "The agreement was signed by [a minister of one side] and [of the other]": the engagement's own officials.
        const p = inp.registry.get(m.personId);
        const side = p ? sideOf(p) : null;
        // "The ceremony was attended by [the host's prime minister]": the engagement's own side.
        if (side && sides.has(side) && (SIGNED_OR_ATTENDED_BY.test(inp.text.slice(Math.max(inp.sentences[si].start, m.start - 200), m.start))
          || PRESENT_AFTER.test(inp.text.slice(m.end, Math.min(inp.sentences[si].end, m.end + 120))))) participant = true;
        else if (side) stranger = true;
      }
    } else if (m.kind === 'plural') participant = true;
    else if (m.kind === 'country' && m.iso3 && sides.has(m.iso3) && !m.weak) participant = true;
    else if (m.kind === 'org' && m.org && sides.has(`org:${orgSide(m.org)}`)) participant = true;
  }
  if (participant) return true;
  if (stranger) return false;
  // "Their talks covered deterrence against Russia, ...": the engagement told, whoever else it names.
  if (THEIR_TALKS.test(inp.sentences[si].text)) return true;
  // A sentence naming nobody ("Among the documents signed was a roadmap ...") goes on with the story.
  return !ms.some((m) => m.kind === 'country' && !m.weak && m.iso3 && !sides.has(m.iso3));
}

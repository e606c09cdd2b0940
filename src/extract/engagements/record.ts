// One draft engagement turned into its record's fields: where, what kind, when, topics, outcomes.
// Apart from extractArticle so that each piece stays small enough for V8 to optimise quickly: as one
// function of several hundred lines it took over a second to compile and ran unoptimised meanwhile.
import type { EngagementKind, Outcome } from '../../model/engagement.ts';
import { makeSpan, type Span } from '../../model/span.ts';
import type { Topic } from '../../model/topics.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { periodEnd, type DateMention } from '../../nlp/dates.ts';
import type { QuantityMention } from '../../nlp/quantities.ts';
import { parseNumberAt } from '../../nlp/quantities/numbers.ts';
import { countryByIso3, iso3FromName, type PlaceMention } from '../gazetteer/index.ts';
import type { ActorMention } from '../actors/types.ts';
import type { PersonRegistry } from '../actors/registry.ts';
import type { Draft } from './draft.ts';
import type { PerSentence } from './per-sentence.ts';
import { historyLimit, isSummary, type Trigger } from './triggers.ts';
import { assembleParticipants, chooseKind, type AssembledParticipants } from './assemble.ts';
import { PRESENT_AFTER } from './parties.ts';
import { anotherEventFrom, chooseDate, type DateChoice } from './when.ts';
import { DATELINE_RE, sentencePlace, type PlaceChoice } from './where.ts';
import { findOccasion } from './occasion.ts';
import { clipSummary, sentenceOutcomes, type FoundOutcome } from '../outcomes/outcomes.ts';
import { findTopics } from '../topics.ts';
import { isNonParticipantRole, lexicon } from '../lexicon.ts';

// "... opens in this Uzbek city", "talks here on Thursday": the lead says the events are in the dateline's city.
const DATELINE_HERE = /\b(?:in this (?:[\p{L}-]+ )?(?:city|capital|town|port|resort)|here|in the city)\b/iu;
const RECALL_CUE = /\b(?:19|20)\d\d\b|\blast (?:year|month|week|spring|summer|autumn|winter)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bago\b/;
const HISTORY = /\b(?:recall(?:ed|ing)|last (?:year|month|week)|previous(?:ly)?|(?:19|20)\d\d)\b/i;
const VISIT_BEHIND = /\b(?:reached|signed|agreed|concluded|adopted|achieved|made)\s+(?:during|at|in the course of)\s+(?:the|his|her|their|last|an?)\b[^.;]{0,60}?\bvisit\b/i;
const MEETING_NOUN_BEFORE = /\b(?:summit|talks|meeting|negotiations)\b[^.;]{0,40}\b(?:at|in)\s+(?:the\s+)?$/i;
const CONSULAR_BEFORE = /\b(?:embassy|consulate)\s+in\s+$/i;

/** What the whole article offers every draft. */
export interface ArticleReading {
  text: string;
  published: string | null;
  sentences: Sentence[];
  sentStarts: number[];
  mentions: ActorMention[][];
  registry: PersonRegistry;
  /** Who the article is about (see extractArticle): "the Head of State" in its own release. */
  protagonist: string | null;
  dates: PerSentence<DateMention[]>;
  /** Each sentence's triggers, read once per article. */
  triggers: PerSentence<Trigger[]>;
  quantitiesBy: PerSentence<QuantityMention[]>;
  drafts: Draft[];
  lead: number[];
  leadSentences: number[];
  excluded: Set<number>;
  otherEvents: { start: number; end: number }[][];
  firstBody: Sentence | null;
  firstBodyIdx: number;
  dateline: PlaceChoice | null;
  /** Each sentence's visit cue (visitCue), read once per article whichever drafts ask. */
  visitCues: PerSentence<VisitCue>;
  /** Where each sentence says something happened (sentencePlaceOf), read once per article whichever drafts ask. */
  places: PerSentence<PlaceChoice | null>;
  /** Each sentence's place mentions, for a place named in one clause of it. */
  placesBy: PlaceMention[][];
  /** The countries the story names anywhere (sentencePlace). */
  countriesNamed: ReadonlySet<string>;
}

/** What one record tells the next: the article reads its engagements in order. */
export interface RecordState {
  previousKind: EngagementKind | null;
  /** The last day an engagement before was given: an undated one leaves it as it was. */
  lastDate: string | null;
  previousDraft: Draft | null;
  /** Where the engagement told before took place, for "at the same resort". */
  previousPlace: PlaceChoice | null;
  /** The event the engagement told before was held at, for "The forum opened with talks ...". */
  previousOccasion?: { occasion: string; span: Span; place: PlaceChoice | null } | null;
  visitGiven: boolean;
  /** Where each larger meeting already read took place, for the smaller ones split from it. */
  placeOf?: Map<Draft, PlaceChoice | null>;
  /** The sentences that seat people at every meeting told ("present at the three meetings"), read once. */
  presentAtAll?: number[];
}

export interface DraftRecord {
  engagement: {
    kind: EngagementKind;
    date: string | null;
    location: { place: string | null; country: string | null };
    occasion: string | null;
    participants: AssembledParticipants['participants'];
    topics: Topic[];
    outcomes: Outcome[];
    evidence: string;
  };
  confidence: number;
  spans: {
    evidence: Span[];
    participants: AssembledParticipants['spans'];
    date: Span | null;
    place: Span | null;
    occasion: Span | null;
    topics: { topic: Topic; span: Span }[];
    outcomes: Span[];
  };
}

export type VisitCue = 'explicit' | 'generic' | null;

// How a leader's visit shows in the text: 'explicit' (a state or official visit that happened), 'generic'
// (a trip, a welcome ceremony) in a bilateral setting, or none. Invited or planned visits do not count.
export function visitCue(sent: Sentence, triggers: Trigger[]): VisitCue {
  const lex = lexicon();
  const visits = triggers.filter((t) => t.id === 'visited' || t.id === 'state-visit-noun');
  const happened = visits.some((t) => t.status === 'happened');
  const planned = visits.some((t) => t.status !== 'happened');
  if (planned && !happened) return null;
  // "the agreements reached during the Uzbek leader's state visit to Azerbaijan in July": an earlier trip.
  if (lex.visitExplicit.test(sent.text) && !VISIT_BEHIND.test(sent.text)) return 'explicit';
  // A trip told as history ("recalled the late president's visit last month") says nothing of this meeting.
  if (lex.visitGeneric.test(sent.text) && !lex.visitNotBilateral.test(sent.text) && !HISTORY.test(sent.text)) return 'generic';
  return null;
}

/** Whether a sentence names no person, or one of the draft's people. */
function sharesPeople(a: ArticleReading, d: Draft, si: number): boolean {
  let persons = 0;
  for (const m of a.mentions[si]) {
    if (m.kind !== 'person' || !m.personId) continue;
    persons++;
    if (d.personIds.includes(m.personId)) return true;
  }
  return persons === 0;
}

const VISIT_TO = /^\s+(?:to|in)\s+(?:the\s+)?$/;

/** Where a sentence says something happened, not counting where a meeting it recalls was. */
export function sentencePlaceOf(text: string, s: Sentence, places: PlaceMention[], triggers: Trigger[], named?: ReadonlySet<string>): PlaceChoice | null {
  // "in the Ramstein format at NATO headquarters in Brussels", "the Normandy format": a place naming a format.
  if (places.some((p) => FORMAT_AFTER.test(text.slice(p.end, p.end + 12)))) places = places.filter((p) => !FORMAT_AFTER.test(text.slice(p.end, p.end + 12)));
  // "Xi recalled that the two had met last year, in Beijing and in Astana": where an earlier meeting was.
  const recalled = triggers.filter((t) => t.status === 'recalled' && t.form !== 'noun');
  // "accepted an invitation to pay an official visit to Rome ... after the leaders met at the White
  // House": where a visit still to come will be, when the sentence tells of a meeting that took place.
  const planned = triggers.some((t) => t.status === 'happened') ? triggers.filter((t) => t.status === 'planned' && (t.id === 'visited' || t.id === 'state-visit-noun')) : [];
  // "..., a month after Pashinyan and Aliyev initialled a text at the White House": what came before, wherever it was.
  const after = s.text.includes(' after ') ? TIME_AFTER_CLAUSE.exec(s.text) : null;
  // "she met Biden, in their last meeting before the change of administration in Washington": where what comes after is.
  const told = triggers.find((t) => t.status === 'happened' && t.form !== 'noun');
  const ahead = told ? anotherEventFrom(told, text) : -1;
  if (!recalled.length && !planned.length && !after && ahead < 0) return sentencePlace(text, s.start, s.end, places, [], named);
  const earlier: { start: number; end: number }[] = recalled.map((t) => ({ start: t.clauseStart, end: t.clauseEnd }));
  if (after) earlier.push({ start: s.start + after.index, end: s.end });
  if (told && ahead >= 0) earlier.push({ start: ahead, end: told.clauseEnd });
  const own = earlier.length || planned.length
    ? places.filter((p) => !earlier.some((x) => p.start >= x.start && p.end <= x.end) && !planned.some((t) => p.start >= t.end && VISIT_TO.test(text.slice(t.end, p.start))))
    : places;
  return sentencePlace(text, s.start, s.end, own, earlier, named);
}
const FORMAT_AFTER = /^(?:\s+|-)(?:format|Format|process|Process)\b/;
const SUMMIT_LEAD = /\b(?:[Ss]ummit|[Cc]onference|General Assembly|[Mm]inisterial (?:[Mm]eeting|[Cc]ouncil)|COP\d+)\b/;
const TIME_AFTER_CLAUSE = /,\s+(?:(?:just|only|barely|some|about|nearly|almost)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|since)\b|\safter\s+(?:a|an|his|her|their|the|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to\b/;

function placeIn(a: ArticleReading, si: number): PlaceChoice | null {
  return a.places.at(si)!;
}

/** Whether every date sentence `si` gives lies before the story's recent past. */
function pastDated(a: ArticleReading, si: number): boolean {
  const ds = a.published ? a.dates.at(si) ?? [] : [];
  if (!ds.length) return false;
  const limit = historyLimit(a.published!);
  return ds.every((d) => (periodEnd(d) ?? limit) < limit);
}

/** The first sentence of `scope`, other than the stating ones, that gives a place `fits` accepts. */
function scopePlace(a: ArticleReading, scope: number[], stating: number[], fits: (p: PlaceChoice, si: number) => boolean): PlaceChoice | null {
  for (const si of scope) {
    // "The last formal meeting was the informal summit at Mamallapuram in October 2019": a place of the past.
    if (stating.includes(si) || pastDated(a, si)) continue;
    const p = placeIn(a, si);
    if (p && !p.eventAttached && fits(p, si)) return p;
  }
  return null;
}

// Where: the sentences that state the engagement, then the lead; a place given only as an
// event's ("the G20 summit in Rio") or the dateline of a host's capital come after; background
// sentences last.
function placeFor(a: ArticleReading, d: Draft, stating: number[], scope: number[], shares: (si: number) => boolean, carried: PlaceChoice | null): PlaceChoice | null {
  const { dateline, registry } = a;
  const direct: PlaceChoice[] = [];
  const attached: PlaceChoice[] = [];
  // "was received by the Pope at the Vatican ... and later held talks with Meloni in Rome": a meeting
  // told in a later clause of its sentence is where that clause says.
  const t = d.anchorTrigger;
  const sent = a.sentences[d.anchor];
  // "the UN said after Guterres held talks with him in the Kremlin on Tuesday": where the trigger's own words put it,
  // before a place named elsewhere in the sentence ("civilians out of the Azovstal plant in Mariupol").
  if (!isSummary(sent)) {
    const end = Math.min(t.clauseEnd, t.end + 50);
    const p = sentencePlace(a.text, t.end, end, (a.placesBy[d.anchor] ?? []).filter((x) => x.start >= t.end && x.end <= end), [], a.countriesNamed);
    if (p && !p.eventAttached && TRIGGER_THEN_PLACE.test(a.text.slice(t.end, p.span!.start))) direct.push(p);
  }
  if (!direct.length && t.clauseStart > sent.start + 3) {
    const own = (a.placesBy[d.anchor] ?? []).filter((p) => p.start >= t.clauseStart && p.end <= t.clauseEnd);
    const p = own.length ? sentencePlaceOf(a.text, { ...sent, start: t.clauseStart, end: t.clauseEnd }, own, a.triggers.at(d.anchor)!, a.countriesNamed) : null;
    if (p && !p.eventAttached) direct.push(p);
  }
  // "PHNOM PENH – Marcos and Yoon met on the sidelines of the ASEAN Summits here on Saturday. ... Yoon thanked
  // Manila for its condolences after the crush in Seoul's Itaewon district": the meeting's own sentence puts
  // it where the story was filed, before any place its later sentences name.
  if (!direct.length && dateline && DATELINE_HERE.test(sent.text)) direct.push(dateline);
  // "travelled to Berlin, Paris and Brussels for talks with A, B and C ... In Paris, the Prime Minister
  // met Macron": a summary lists every stop; the meeting's own sentence says which.
  const own = isSummary(sent) && stating.length > 1 ? [...stating.filter((x) => x !== d.anchor), d.anchor] : stating;
  for (const si of [...own, ...a.leadSentences.filter((x) => shares(x) && !stating.includes(x))]) {
    const p = placeIn(a, si);
    if (p) (p.eventAttached ? attached : direct).push(p);
  }
  const hostTrigger = d.triggerIds.some((id) => id === 'received' || id === 'received-by');
  let place: PlaceChoice | null = direct[0] ?? carried;
  if (!place && hostTrigger && dateline) place = dateline;
  if (!place) place = attached[0] ?? null;
  // "Foreign Ministers of Mongolia and Kyrgyzstan hold official talks in Ulaanbaatar": where the headline
  // puts the talks of a body that names no city of either side.
  if (!place && a.sentences[0]?.heading) {
    const h = placeIn(a, 0);
    if (h && !h.eventAttached && h.location.country && participantCountries(d, registry).has(h.location.country)) place = h;
  }
  // "TOKYO – Kishida and Marcos agreed ... The summit at Malacanang Palace in Manila was ...": the
  // story names where the meeting was right after its lead, and that beats the dateline.
  place ??= scopePlace(a, scope, stating, (p, si) => MEETING_NOUN_BEFORE.test(a.text.slice(Math.max(a.sentences[si].start, p.span!.start - 50), p.span!.start)));
  if (!place && dateline?.location.country && participantCountries(d, registry).has(dateline.location.country)) place = dateline;
  if (!place && dateline && (DATELINE_HERE.test(a.firstBody?.text ?? '') || stating.some((si) => DATELINE_HERE.test(a.sentences[si].text))
    || scope.slice(0, 3).some((si) => DATELINE_HERE.test(a.sentences[si].text)))) place = dateline;
  place ??= scopePlace(a, scope, stating, (p) => !CONSULAR_BEFORE.test(a.text.slice(Math.max(0, p.span!.start - 20), p.span!.start)));
  // "Rio de Janeiro, Brazil, November 19 – On the opening day of the G20 Leaders' Summit, ...": a story
  // filed from a summit whose lead opens on it tells of meetings held there, where nothing else is said.
  if (!place && dateline && SUMMIT_LEAD.test(a.firstBody?.text ?? '')) place = dateline;
  // "Jaishankar paid an official visit to Nepal on 4-5 January", "Grossi, who is visiting Japan, held a
  // working lunch with Hayashi": a visit to a country of the meeting that names no city is in its capital.
  place ??= visitedCapital(a, d, [...stating, ...a.leadSentences.filter((x) => !stating.includes(x))]);
  return place;
}

const VISIT_TO_BEFORE = /\b(?:visit(?:ing|ed|s)?|visit to|trip to|tour of|arrived in|arrives in|is in|was in|stay in)\s+(?:the\s+)?$/i;
/** The capital of a country of the engagement that its sentences say someone visited. */
function visitedCapital(a: ArticleReading, d: Draft, sentences: number[]): PlaceChoice | null {
  const countries = participantCountries(d, a.registry);
  const orgs = d.orgs.length > 0 || d.personIds.some((id) => !!a.registry.get(id)?.org);
  for (const si of sentences) {
    for (const p of a.placesBy[si] ?? []) {
      // A guest from elsewhere too: another country, or an organisation.
      if (p.kind !== 'country' || !p.iso3 || !countries.has(p.iso3) || (countries.size < 2 && !orgs)) continue;
      if (!VISIT_TO_BEFORE.test(a.text.slice(Math.max(a.sentences[si].start, p.start - 30), p.start))) continue;
      const capital = countryByIso3(p.iso3)?.capital;
      if (capital) return { location: { place: capital, country: p.iso3 }, span: makeSpan(a.text, p.start, p.end) };
    }
  }
  return null;
}

/** Whether the draft is a leader's visit as the text tells it (see visitCue). */
function visitMarkedFor(a: ArticleReading, d: Draft, scope: number[], shares: (si: number) => boolean, place: PlaceChoice | null,
  countries: string[], occasion: unknown, isCall: boolean, state: RecordState): boolean {
  const { sentences, mentions } = a;
  // A visit: the talks of a leader's trip with the host's leader, in the host's country, not a
  // summit's side meeting, a courtesy call or a condolence trip.
  const visitSentences = [...scope, ...a.leadSentences.filter(shares), ...(sentences[0]?.heading ? [0] : [])];
  // A trip named beside someone who is not in this engagement ("during Raisi's visit") is someone else's.
  const cues = visitSentences.map((si) => {
    const c = a.visitCues.at(si)!;
    if (!c) return c;
    return mentions[si].some((m) => m.kind === 'person' && m.personId && !d.personIds.includes(m.personId)) ? null : c;
  });
  const hosted = !!place?.location.country && countries.includes(place.location.country) && countries.some((c) => c !== place!.location.country);
  // A trip whose lead says it was for a summit, a funeral or condolences is not a bilateral visit.
  const bilateral = !occasion && !(a.firstBody && lexicon().visitNotBilateral.test(a.firstBody.text));
  return !state.visitGiven && !isCall && hosted && !d.triggerIds.every((id) => id === 'called-on')
    && (cues.includes('explicit') || (cues.includes('generic') && bilateral));
}

/**
 * Topics from the sentences that tell of this engagement, names and titles masked, and the names of
 * its own sides: "Ukraine" in talks with Ukraine is a party, in talks elsewhere the war discussed.
 */
function topicsFor(a: ArticleReading, scope: number[], sides: readonly string[]): { topics: Topic[]; topicSpans: { topic: Topic; span: Span }[] } {
  const masked: { start: number; end: number }[] = [];
  for (const si of scope) {
    for (const m of a.mentions[si]) {
      if (m.kind === 'person' || m.kind === 'role' || (m.kind === 'country' && m.iso3 && sides.includes(m.iso3))) masked.push({ start: m.start, end: m.end });
    }
  }
  const topics: Topic[] = [];
  const topicSpans: { topic: Topic; span: Span }[] = [];
  for (const si of scope) {
    for (const t of findTopics(a.text, a.sentences[si].start, a.sentences[si].end, masked)) {
      if (!topics.includes(t.topic)) { topics.push(t.topic); topicSpans.push(t); }
    }
  }
  return { topics, topicSpans };
}

/** A sentence's mentions past the dateline that opens the first body sentence. */
function bodyMentions(a: ArticleReading, si: number): ActorMention[] {
  const dl = si === a.firstBodyIdx ? a.dateline?.span ?? null : null;
  return dl ? a.mentions[si].filter((m) => m.start >= dl.end) : a.mentions[si];
}

function outcomesFor(a: ArticleReading, d: Draft, scope: number[], sides: string[]): FoundOutcome[] {
  const { sentences } = a;
  const found: FoundOutcome[] = [];
  const state = { lastInvitation: null as Outcome | null, signed: false };
  const ctx = { text: a.text, registry: a.registry, sides, participants: d.personIds, protagonist: a.protagonist };
  for (const si of scope) {
    if (sentences[si].heading) continue;
    // Only a past month or year ("in 2019", "last April") can make an outcome history; other sentences skip
    // the date reader. Asked only once a cue is found (sentenceOutcomes reads dates once, after its cues).
    // The dateline's city is where the story was filed: no one acting in the sentence.
    for (const f of sentenceOutcomes(sentences[si].start, sentences[si].end, bodyMentions(a, si), () => a.quantitiesBy.at(si)!, ctx, state,
      () => (RECALL_CUE.test(sentences[si].text) ? a.dates.at(si)! : []), a.published, a.otherEvents[si] ?? [])) {
      // One condolence or congratulation per direction: the article says it twice, the record once.
      const dup = found.some((g) => g.outcome.kind === f.outcome.kind && g.outcome.by === f.outcome.by && (g.outcome.summary === f.outcome.summary
        || ((f.outcome.kind === 'condolence' || f.outcome.kind === 'congratulation') && g.outcome.to === f.outcome.to)));
      if (!dup) found.push(f);
    }
  }
  return listedSignings(a, found);
}

// "the following documents were exchanged:" then "1." "Agreement on ...;" "2." "Five Memoranda of ...":
// one signing for each document listed, in place of the one the announcing sentence gave.
const LIST_NUMBER = /^(?:\(?\d{1,2}[.)]|\(?[ivx]{1,4}\)|[-•–])$/;
const NUMBER_BEFORE = /(?:^|\n)[ \t]*\d{1,2}[.)]\s+$/;
const LIST_OPENS = /:\s*$/;
const COUNTED_NOUN = /^\s+([\p{L}-]+)/u;
function listedSignings(a: ArticleReading, found: FoundOutcome[]): FoundOutcome[] {
  const { sentences, text } = a;
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (f.outcome.kind !== 'signing') continue;
    const si = sentences.findIndex((x) => x.start <= f.span.start && f.span.start < x.end);
    if (si < 0 || !LIST_OPENS.test(sentences[si].text)) continue;
    const items: FoundOutcome[] = [];
    for (let j = si + 1; j < sentences.length && j <= si + 40; j++) {
      const t = sentences[j].text.trim();
      if (LIST_NUMBER.test(t)) continue;
      // "1. Bilateral Investment Treaty ...": a paragraph's number stands before its sentence, outside it.
      const numbered = NUMBER_BEFORE.test(text.slice(Math.max(0, sentences[j].start - 8), sentences[j].start));
      if (!numbered && !LIST_NUMBER.test(sentences[j - 1].text.trim()) && !/;\s*$/.test(sentences[j - 1].text)) break;
      const summary = t.replace(/[;.,]\s*$/, '');
      // "Five Memoranda of Understanding, ...": the count and what it counts.
      const n = parseNumberAt(summary, 0);
      const noun = n && n.value > 1 && !n.article && !n.yearLike ? COUNTED_NOUN.exec(summary.slice(n.end)) : null;
      items.push({
        outcome: { kind: 'signing', by: null, to: null, summary: clipSummary(summary), quantity: noun ? { value: n!.value, unit: noun[1] } : null },
        span: makeSpan(text, sentences[j].start, sentences[j].end),
      });
    }
    if (items.length >= 2) found.splice(k, 1, ...items);
    break;
  }
  return found;
}

// "accompanied by Foreign Minister Asaad al-Shaibani", "The session was attended by ...", "including
// Russian Foreign Minister Sergei Lavrov": named members of a side's delegation take part in it.
const SIGNED = /\bsign(?:ed|ing)\b/i;
const PAIR_JOIN = /^,?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’]*\s+)?$/u;
// "Attending the talks on the Saudi side were ...", "On the Ukrainian side were ...": the sides' delegations listed.
// "Mr. Biden was at the White House with A and B, and was joined there by C and D": who sat in on a call with him.
const DELEGATION_CUE = /\b(?:accompanied by|joined (?:there |him |her |them )?by|(?:was|were) at the (?:White House|Kremlin|Elys[ée]e(?: Palace)?|Chancellery|State Department|Pentagon) with|flanked by|joined (?:in|at|for) the (?:[\w-]+ )?(?:talks|discussions|meeting|session)s? by|attended by|represented by|in the presence of|also attended|also present|were present|was present|took part|taking part|participated|attending|(?:on|from) the [\w-]+ side,? (?:were|was)|joined the (?:interaction|talks|meeting|call|conversation|discussions) along with)\b[^.;]{0,140}$/i;
const SIDE_LISTED_BEFORE = /\b(?:[Oo]n|[Ff]rom) the (\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?) side,?\s+(?:were|was)\b(?![^.;]*\b(?:on|from) the \p{Lu}[\p{L}\-]+ side\b)[^.;]{0,140}$/u;
// Not "..., presidential aide Yury Ushakov told reporters": who told of the list.
const SAID_NEXT = /^\s+(?:told|said|says|tells)\b/;
// "The Russian delegation was headed by Medinsky and included Deputy Minister of Defence Fomin": the side listed.
const SIDE_INCLUDED_BEFORE = /\b[Tt]he\s+((?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+)\s+(?:delegation|side|team)\s+(?:[^.;]{0,160}?\s)?(?:included|includes|comprised)\s+[^.;]{0,200}$/u;
// "a delegation including Foreign Minister A, Defence Minister B and C": names listed after "including";
// not "the safety of minorities, including Hindus, and called for ..., Misri said".
const INCLUDING_CUE = /\b(?:including|included)\s+(?:(?:the\s+)?\p{Lu}[^,;.]{0,60}?(?:,\s+and\s+|,\s+|\s+and\s+))*(?:the\s+)?$/u;

// "Rubio and Waltz headed the U.S. team": the cue after the names.
// Not "will lead the US side at the next round": a team for talks still to come.
// "A, B and C were also present at the meeting", "Blinken and Yellen joined the President for the talks",
// "Rubio and Witkoff sat with Trump", "Sugiono and Sjafrie represented Indonesia", "Doval on the Indian
// side", "Ushakov and Dmitriev also took part": what follows a list of names says they sat at the table.
const AT_THE_TABLE_AFTER = /^(?:,\s+[^,;.]{1,90}?)*(?:,?\s+and\s+[^,;.]{1,90}?)?\s+(?:(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\b|(?:also\s+)?(?:joined\s+(?:the\s+|him\b|her\b|them\b)?[^,;.]{0,40}?\s+(?:for|in|at)\s+the\s+(?:[\w-]+\s+)?(?:talks|meeting|discussions|session)|sat\s+in\s+on\b|sat\s+(?:with|beside|alongside|next\s+to)\s+\p{Lu}|represented\s+(?:the\s+)?\p{Lu})|on\s+the\s+\p{Lu}[\p{L}\-]+\s+side\b|(?:also\s+)?took\s+part(?:\s+in\s+the\s+(?:talks|meeting|discussions|conversation))?\s*[.,;])/u;
const DELEGATION_AFTER = /^[^.;]{0,80}?\b(?<!\b(?:will|would|shall|to)\s+)(?:headed|led|heads|leads|head|lead)\s+(?:the\s+|their\s+|its\s+)?(?:[\p{L}.\-]+\s+){0,2}(?:team|delegation|side|negotiators)\b/u;

const MEMBER_AFTER = /^[^.;]{0,120}?\b(?:was|were)\s+(?:among\s+(?:the\s+)?(?:members\s+of\s+)?|(?:a\s+)?(?:members?|part)\s+of\s+)(?:the|his|her|their)\s+(?:(\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?)\s+)?(?:delegation|team|entourage)\b/u;
export const LED_SIDE_AFTER = /^\s+(?:led|headed)\s+the\s+((?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+)\s+(?:delegation|side|team)\b/u;
export const SIDE_LED_BY_BEFORE = /\b[Tt]he\s+((?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+)\s+(?:delegation|side|team)\s+(?:was|were)\s+(?:led|headed)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]*\s+){0,4}$/u;
const TRAVELLED_WITH_BEFORE = /\b(?:flew|arrived|travell?ed|came|went)\s+(?:in\s+|together\s+)?(?:to\s+\p{Lu}[\p{L}\-]*\s+)?(?:together\s+)?with\s+(?:[^.;]{0,100}?(?:,\s+|\s+and\s+))?(?:(?:the\s+)?\p{Lu}[\p{L}\-]*\s+){0,4}$/u;
const FOR_THE_MEETING_AFTER = /^(?:\s+(?:and|,)\s+[^.;]{0,100}?)?\s+for\s+(?:the|their|a|an)\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|visit|summit|discussions)\b/;
// Not past ", while Rubio brought ...": the other side's people.
const ACCOMPANIED = /\b(?:was|were|is|are)\s+(?:also\s+)?(?:accompanied|represented)\s+by\b(?:(?!,\s+(?:while|whereas)\b)[^.;]){0,300}$/i;
const PRESENT_AT_ALL = /\b(?:were|was)\s+(?:also\s+)?(?:present|in attendance)\s+at\s+(?:all|both|the\s+(?:two|three|four|five|several))\s+(?:of\s+the\s+)?(?:meetings|talks|sessions)\b/i;
const ON_BEHALF_OF_BEFORE = /\b(?:on behalf of|in the name of|representing)\s+(?:(?:the\s+)?\p{Lu}[\p{L}\-]*\s+){0,3}$/u;
const ACCOMPANIED_NEAR = /\baccompanied\s+by\s+(?:(?:the\s+)?\p{Lu}[\p{L}\-]*\s+){0,4}$/u;
// "The Russian side was represented by Foreign Minister Lavrov and Presidential Aide Ushakov": an aide the
// side sent to the table is one of its people there.
const SIDE_REPRESENTED_BY = /\b(?:side|delegation|team)\s+(?:was|were)\s+represented\s+by\b[^.;]{0,140}$/i;
// "while Rubio brought National Security Adviser Mike Waltz and Special Envoy Steve Witkoff".
const BROUGHT = /\b(?:brought|brought along|took along)\s+(?:with\s+(?:him|her)\s+)?(?:[^.;]{0,120}?(?:,\s+|\s+and\s+))?(?:(?:the\s+)?\p{Lu}[\p{L}\-]*\s+){0,4}$/u;

/** The country of the person (or the country) just before an "accompanied by" at `cueAt`, in the same sentence. */
function accompanied(a: ArticleReading, ms: ActorMention[], k: number, cueAt: number): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const x = ms[j];
    if (x.start >= cueAt) continue;
    // "Kyiv was represented by ...": a country or its capital is the side too.
    if (x.kind === 'country' && x.iso3 && !x.weak) return cueAt - x.end <= 40 ? x.iso3 : null;
    if (x.kind !== 'person' || !x.personId) continue;
    return cueAt - x.end <= 40 ? a.registry.get(x.personId)?.country ?? null : null;
  }
  return null;
}

/**
 * Adds to the draft the people its sentences name as members of a side's delegation, when their
 * country is already one of the draft's sides.
 */
function addDelegation(a: ArticleReading, d: Draft, scope: number[]): void {
  const sides = new Set<string>();
  for (const id of d.personIds) { const c = a.registry.get(id)?.country; if (c) sides.add(c); }
  for (const c of d.countries) sides.add(c.iso3);
  // "The EU was represented by António Costa ... and Ursula von der Leyen": an organisation is a side too.
  const orgSides = new Set(d.orgs);
  for (const id of d.personIds) { const o = a.registry.get(id)?.org; if (o) orgSides.add(o); }
  if (sides.size + orgSides.size < 2) return;
  for (const si of scope) {
    if (a.sentences[si].heading) continue;
    const start = a.sentences[si].start;
    const ms = a.mentions[si];
    // "signed by Interior Minister Nancy Faeser and Kenya's Foreign Minister Musalia Mudavadi": of a
    // pair of signatories, one with a side and one with none, the second is of the other side.
    // The signing verb is looked for around the pair only: a sentence can be very long.
    if (sides.size === 2) {
      for (let k = 0; k + 1 < ms.length; k++) {
        const x = ms[k], y = ms[k + 1];
        if (x.kind !== 'person' || y.kind !== 'person' || !x.personId || !y.personId || !PAIR_JOIN.test(a.text.slice(x.end, y.start))) continue;
        if (!SIGNED.test(a.text.slice(Math.max(start, x.start - 200), Math.min(a.sentences[si].end, y.end + 200)))) continue;
        const px = a.registry.get(x.personId)!, py = a.registry.get(y.personId)!;
        const [known, bare] = px.country && !py.country && !py.org ? [px, py] : py.country && !px.country && !px.org ? [py, px] : [null, null];
        if (!known || !bare || !sides.has(known.country!) || !bare.role) continue;
        bare.country = [...sides].find((c) => c !== known.country)!;
        for (const id of [known.id, bare.id]) if (!d.personIds.includes(id)) d.personIds.push(id);
      }
    }
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (m.kind !== 'person' || !m.personId || d.personIds.includes(m.personId)) continue;
      const p = a.registry.get(m.personId);
      if (!p) continue;
      // An aide or a spokesman speaks for a side; one the leader "was accompanied by" sat at the table.
      const aide = isNonParticipantRole(p.role);
      const before = a.text.slice(Math.max(start, m.start - 160), m.start);
      // "attending the summit on behalf of President Sisi": the one stood in for is not there.
      if (ON_BEHALF_OF_BEFORE.test(before)) continue;
      // "President Ramaphosa was accompanied by the Minister of Trade, Mr Parks Tau": a minister the
      // text gives no country is of the side of the one accompanied.
      const wide = a.text.slice(Math.max(start, m.start - 320), m.start);
      const cue = ACCOMPANIED.exec(wide);
      if (cue && !p.country && !p.org && p.role) {
        const host = accompanied(a, ms, k, m.start - wide.length + cue.index);
        if (host && sides.has(host)) p.country = host;
      }
      const brought = BROUGHT.exec(before);
      const bringer = brought ? accompanied(a, ms, k, m.start - before.length + brought.index) : null;
      if (brought && !p.country && !p.org && p.role && bringer && sides.has(bringer)) p.country = bringer;
      const after = a.text.slice(m.end, Math.min(a.sentences[si].end, m.end + 160));
      // "Pandor and Ramokgopa were among the members of the South African delegation": the
      // delegation's country is theirs when the text gives them none.
      const member = after.includes('delegation') || after.includes('team') || after.includes('entourage') ? MEMBER_AFTER.exec(after) : null;
      if (member && !p.country && !p.org && p.role) {
        const c = member[1] ? iso3FromName(member[1]) : null;
        if (c && sides.has(c)) p.country = c;
      }
      // "Foreign Secretary Amna Baloch led the Pakistan delegation, while the Bangladesh side was led by
      // Foreign Secretary Md Jashim Uddin": the side each led is theirs.
      const ledSide = LED_SIDE_AFTER.exec(after) ?? SIDE_LED_BY_BEFORE.exec(before);
      // "On the Ukrainian side were Andriy Yermak, Head of the Office of the President, ...": the side listed.
      const listed = ledSide ? null : SIDE_LISTED_BEFORE.exec(before) ?? (SAID_NEXT.test(after) ? null : SIDE_INCLUDED_BEFORE.exec(wide));
      const led = ledSide ? iso3FromName(ledSide[1]) : listed ? iso3FromName(listed[1]) : null;
      if (led && !p.country && !p.org && p.role && sides.has(led)) p.country = led;
      // "Von der Leyen flew in with Italian Prime Minister Meloni and Dutch Prime Minister Rutte for the
      // meeting at the presidential palace": companions of one of its people, of a side of their own.
      if (p.country && !sides.has(p.country) && TRAVELLED_WITH_BEFORE.test(before) && FOR_THE_MEETING_AFTER.test(after)
        && ms.some((x) => x.kind === 'person' && x.personId && x.start < m.start && d.personIds.includes(x.personId))) { d.personIds.push(m.personId); continue; }
      if (p.country ? !sides.has(p.country) : !p.org || !orgSides.has(p.org)) continue;
      if (aide) { if ((cue && ACCOMPANIED_NEAR.test(before)) || (bringer !== null && bringer === p.country) || led === p.country || SIDE_REPRESENTED_BY.test(before) || AT_THE_TABLE_AFTER.test(after)) d.personIds.push(m.personId); continue; }
      if (cue || (bringer !== null && bringer === p.country) || member || led === p.country || DELEGATION_CUE.test(before) || INCLUDING_CUE.test(before) || DELEGATION_AFTER.test(after) || PRESENT_AFTER.test(after) || AT_THE_TABLE_AFTER.test(after)) d.personIds.push(m.personId);
    }
  }
}

// "Wednesday, Washington." opening a paragraph of a diary ("The day began with a breakfast ..."): the
// day of the paragraph's engagements that name none of their own.
// "Day 2 – Thursday, 22 August (Warsaw)": an itinerary's day.
const DIARY_HEADING = /^(?:Day\s+\d{1,2}\s*[–—:-]\s*)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^.;]{0,50}[.:]?$/;

const UNDATED_HEADING = /^(?:During|Throughout|Over|Later in|Earlier in|Also during) the week[.:]?$/i;

// Per article, for each sentence, the nearest diary heading before it: read in one pass, not once per engagement.
const headingsRead = new WeakMap<readonly Sentence[], Int32Array>();

/** The nearest diary heading at or before the engagement's paragraph (an item may run over several paragraphs), or -1. */
function diaryHeading(a: ArticleReading, d: Draft): number {
  const { sentences } = a;
  let nearest = headingsRead.get(sentences);
  if (!nearest) {
    nearest = new Int32Array(sentences.length);
    let last = -1;
    for (let k = 0; k < sentences.length; k++) {
      nearest[k] = last;
      const opens = k === 0 || sentences[k - 1].paragraph !== sentences[k].paragraph;
      if (opens && (DIARY_HEADING.test(sentences[k].text) || UNDATED_HEADING.test(sentences[k].text))) last = k;
    }
    headingsRead.set(sentences, nearest);
  }
  return nearest[d.anchor];
}

/** The city a diary heading names ("Monday – New Delhi."), as a place. */
function headingCity(a: ArticleReading, k: number): PlaceChoice | null {
  for (const m of a.mentions[k]) {
    if (m.kind !== 'country' || !m.iso3) continue;
    const name = a.text.slice(m.start, m.end);
    if (iso3FromName(name) === m.iso3) continue;
    return { location: { place: name, country: m.iso3 }, span: makeSpan(a.text, m.start, m.end) };
  }
  return null;
}

function diaryDay(a: ArticleReading, d: Draft, first: number): { date: DateChoice; from: number } | null {
  const { sentences } = a;
  if (first < 0) return null;
  // "During the week." heads items the diary does not date.
  if (UNDATED_HEADING.test(sentences[first].text)) return { date: { date: null, span: null }, from: sentences[first].start };
  if (!DIARY_HEADING.test(sentences[first].text)) return null;
  const day = (a.dates.at(first) ?? []).find((m) => m.grain === 'day' && m.date);
  return day ? { date: { date: day.date, span: makeSpan(a.text, day.start, day.end) }, from: sentences[first].start } : null;
}

// "held talks with him in the Kremlin": the trigger, whom it was with, then where.
const TRIGGER_THEN_PLACE = /^\s+(?:with\s+)?(?:him|her|them|the\s+\w+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?\s*(?:at|in)\s+(?:the\s+)?$/u;
const SAME_PLACE = /\b(?:at|in) the same (?:resort|venue|hotel|place|location|palace|residence|building|city|site)\b/i;
const SPOKE_WITH = /\b(?:spoke|speaks)\s+(?:with|to)\b/;
// "The phone call lasted about an hour" after "the two leaders held their first conversation": talks
// told in general words, then named as a call.
// So too "In his call with the Prime Minister, ...": a bare call with someone.
// And "during the call he had assured Trump": the call a talk was.
const CALL_NAMED = /\b(?:the|this|that|their|during the|in the)\s+(?:(?:tele)?phone\s+(?:call|conversation|talks)|(video)\s+(?:call|conference))\b|\b(?:in|during)\s+(?:his|her|their|the)\s+call\s+with\b|\bduring\s+the\s+call\b(?!\s+(?:for|to|of|on)\b)/i;
const GENERIC_TALK_TRIGGERS = new Set(['held-talks', 'talked-with', 'talks-noun']);

/** Whether sentence `si` says where or at what event something happened: a sign of a meeting in person. */
function placesIt(a: ArticleReading, si: number): boolean {
  return !!placeIn(a, si) || !!findOccasion(a.text, a.sentences[si].start, a.sentences[si].end);
}

function namedCall(a: ArticleReading, d: Draft, stating: number[]): 'phone_call' | 'video_call' | null {
  if (d.kinds.some((k) => k !== 'meeting') || !d.triggerIds.length || !d.triggerIds.every((id) => GENERIC_TALK_TRIGGERS.has(id))) return null;
  if (stating.some((si) => placesIt(a, si))) return null;
  // "had spoken separately with A and B. B said that during the call ...": what names one of the
  // contacts a sentence split names the others too.
  const told = new Set(d.sentences);
  for (const o of a.drafts) if (o !== d && o.anchor === d.anchor && o.anchorTrigger.start === d.anchorTrigger.start) for (const si of o.sentences) told.add(si);
  for (const si of told) {
    const m = CALL_NAMED.exec(a.sentences[si].text);
    if (m) return m[1] ? 'video_call' : 'phone_call';
  }
  return null;
}

/** The record fields of the draft at `order` (its place among the sorted drafts), or null when it has fewer than two sides. */
export function draftRecord(a: ArticleReading, d: Draft, order: number, state: RecordState): DraftRecord | null {
  const { text, sentences, mentions, registry, dateline, leadSentences } = a;
  // Bound rather than an arrow: tsx gives every named arrow a name through defineProperty, once per draft.
  const shares: (si: number) => boolean = sharesPeople.bind(null, a, d);
  // Lead sentences that tell of this engagement's people feed its topics and outcomes too.
  // A story whose body tells its meeting in other words ("urged China ..., telling Foreign Minister Wang Yi")
  // is recorded from its headline: its lead states the topics and outcomes.
  const lead = d.fromHeadline ? a.leadSentences : a.lead.filter((si) => si < d.anchor && order === 0);
  const scope = [...new Set([...d.sentences, ...lead.filter((si) => mentionsSide(mentions[si], d, registry))])]
    .filter((si) => !a.excluded.has(si)).sort((x, y) => x - y);

  const stating = [d.anchor, ...d.triggerSentences.filter((x) => x !== d.anchor)];
  // "X spoke with Y" and nothing that puts them in one room (a place, an occasion, a meeting before
  // it): government readouts use it for calls ("Prime Minister Carney spoke with President Trump").
  const spokeOnly = !d.kinds.length && state.previousKind !== 'meeting' && state.previousKind !== 'visit'
    && d.triggerIds.length > 0 && d.triggerIds.every((id) => id === 'talked-with') && SPOKE_WITH.test(sentences[d.anchor].text)
    && ![...stating, ...leadSentences].some((si) => placesIt(a, si));
  const called = spokeOnly ? null : namedCall(a, d, stating);
  // "Japanese Prime Minister Fumio Kishida came next": no kind of its own, so the calls told before.
  const isCall = spokeOnly || called !== null || d.kinds.includes('phone_call') || d.kinds.includes('video_call')
    || (!d.kinds.length && (state.previousKind === 'phone_call' || state.previousKind === 'video_call'));
  // "Erdoğan made his first visit to Athens ... Erdoğan was first received by President Sakellaropoulou":
  // the next stop of one person's day, where no place of its own is given, is where the day was.
  const carried = state.previousDraft !== null && d.personIds.some((id) => state.previousDraft!.personIds.includes(id)) ? state.previousPlace : null;
  let place = isCall ? null : placeFor(a, d, stating, scope, shares, carried);
  // "Monday – New Delhi." heading a diary's item: its place, where the item names none but the dateline.
  const heading = diaryHeading(a, d);
  const headed = !isCall && heading >= 0 && !placeIn(a, d.anchor) ? placeIn(a, heading) ?? headingCity(a, heading) : null;
  if (headed) place = headed;
  const carriedPlace = place !== null && place === carried;
  // "A day later, at the same resort, Xi received Albanese": the place of the engagement told before.
  const samePlace = !isCall && state.previousPlace !== null && SAME_PLACE.test(sentences[d.anchor].text);
  if (samePlace) place = state.previousPlace;
  const larger = !isCall && d.within ? state.placeOf?.get(d.within) : undefined;
  if (larger) place = larger;
  const venueCountry = place?.location.country ?? null;
  // "Cai Qi, Wang Yi and Chen Min'er were present at the three meetings": a line that seats the same
  // people at every meeting the story told.
  state.presentAtAll ??= a.sentences.filter((x) => PRESENT_AT_ALL.test(x.text)).map((x) => x.index);
  const atAll = isCall ? [] : state.presentAtAll.filter((si) => !scope.includes(si));
  addDelegation(a, d, atAll.length ? [...scope, ...atAll] : scope);
  // The dateline's city names where the story was filed, not whose official someone is.
  const assembled = assembleParticipants(d, registry, text, bodyMentions(a, d.anchor), venueCountry);
  if (assembled.sides.length < 2) return null;
  const countries = assembled.participants.map((p) => p.country).filter(Boolean) as string[];
  if (!isCall && !samePlace && !larger && !carriedPlace && !headed && dateline?.location.country && countries.includes(dateline.location.country) && (!place || !countries.includes(place.location.country ?? ''))) {
    // A dateline in a participant's country beats a place that is neither side's (a background mention).
    // Not a place the lead gives for the same people ("Khurelsukh, who is in Samarkand for the summit").
    const given = (si: number) => placeIn(a, si)?.location.place === place!.location.place;
    if (!place || !(stating.some(given) || leadSentences.some((si) => shares(si) && given(si)))) place = dateline;
  }

  let occasion: { occasion: string; span: Span } | null = null;
  for (const si of [...stating, ...leadSentences.filter(shares)]) {
    occasion = findOccasion(text, sentences[si].start, sentences[si].end);
    if (occasion) break;
  }

  // "The forum opened on Friday with talks between Erdogan and Aliyev": the event just named, and its city.
  const told = !occasion ? ANAPHORIC_EVENT.exec(sentences[d.anchor].text) : null;
  const earlier = state.previousOccasion;
  if (told && earlier && earlier.occasion.toLowerCase().endsWith(told[1].toLowerCase())) {
    occasion = { occasion: earlier.occasion, span: earlier.span };
    if (!isCall && earlier.place && (!place || place === dateline)) place = earlier.place;
  }

  const visitMarked = visitMarkedFor(a, d, scope, shares, place, countries, occasion, isCall, state);
  const kind = spokeOnly && !state.previousKind ? 'phone_call' : called ?? chooseKind(d, assembled.participants, visitMarked, state.previousKind);
  if (kind === 'visit') state.visitGiven = true;

  // "Press Release, 14 February 2023" above "... visited the Embassy yesterday": the body's day before a heading's.
  const top = (si: number) => si > 0 && si < a.firstBodyIdx && sentences[si].heading;
  const datingLead = leadSentences.some(top) && leadSentences.includes(a.firstBodyIdx)
    ? leadSentences.flatMap((si) => (top(si) ? [] : si === a.firstBodyIdx ? [si, ...leadSentences.filter(top)] : [si])) : leadSentences;
  let date: DateChoice = chooseDate(d, text, a.sentStarts, a.dates, shares, datingLead, a.published, state.previousDraft, state.lastDate);
  // A day the diary heading gives beats one read from outside its paragraph (the lead's).
  const diary = diaryDay(a, d, heading);
  if (diary && (!date.date || !date.span || date.span.start < diary.from)) date = diary.date;
  const { topics, topicSpans } = topicsFor(a, scope, countries);
  const found = outcomesFor(a, d, scope, assembled.sides);

  const evidenceSentence = sentences[d.anchor];
  const engagement = {
    kind,
    date: date.date,
    location: isCall ? { place: null, country: null } : (place?.location ?? { place: null, country: null }),
    occasion: occasion?.occasion ?? null,
    participants: assembled.participants,
    topics,
    outcomes: found.map((f) => f.outcome),
    // The dateline ("BAKU, Dec 29 (Agency) –") is the filing, not the evidence.
    evidence: d.anchor === a.firstBodyIdx ? evidenceSentence.text.slice(DATELINE_RE.exec(evidenceSentence.text)?.[0].length ?? 0) : evidenceSentence.text,
  };
  const named = assembled.participants.filter((p) => p.name).length;
  const confidence = Math.round(Math.min(0.99, 0.45 + 0.15 * Math.min(named, 2) + (date.date ? 0.1 : 0) + (d.triggerSentences.length > 1 ? 0.05 : 0) + (d.anchorTrigger.form === 'verb' ? 0.05 : 0)) * 100) / 100;
  state.previousKind = kind;
  // "Later in the day" after an undated item of the same day's roundup counts from the last day told.
  if (date.date) state.lastDate = date.date;
  state.previousDraft = d;
  state.previousPlace = isCall ? null : place;
  // Kept only for a meeting some smaller one was split from.
  if (a.drafts.some((x) => x.within === d)) (state.placeOf ??= new Map()).set(d, state.previousPlace);
  if (occasion) state.previousOccasion = { ...occasion, place: isCall ? null : place };
  return {
    engagement,
    confidence,
    spans: {
      evidence: [makeSpan(text, evidenceSentence.end - engagement.evidence.length, evidenceSentence.end)],
      participants: assembled.spans,
      date: date.span,
      place: isCall ? null : (place?.span ?? null),
      occasion: occasion?.span ?? null,
      topics: topicSpans,
      outcomes: found.map((f) => f.span),
    },
  };
}

const ANAPHORIC_EVENT = /\b[Tt]he (forum|summit|conference|congress|assembly|session|games)\b(?!\s+(?:of|on|in)\b)/;

function participantCountries(d: { personIds: string[]; countries: { iso3: string }[] }, registry: { get(id: string): { country: string | null } | undefined }): Set<string> {
  const out = new Set<string>(d.countries.map((c) => c.iso3));
  for (const id of d.personIds) { const c = registry.get(id)?.country; if (c) out.add(c); }
  return out;
}

function mentionsSide(ms: ActorMention[], d: { personIds: string[] }, registry: { get(id: string): { country: string | null } | undefined }): boolean {
  const countries = new Set(d.personIds.map((id) => registry.get(id)?.country).filter(Boolean));
  return ms.some((m) => (m.personId && d.personIds.includes(m.personId)) || (m.kind === 'country' && !m.weak && m.iso3 && countries.has(m.iso3)));
}

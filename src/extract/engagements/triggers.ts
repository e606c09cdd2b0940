import type { EngagementKind } from '../../model/engagement.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { KIN_NEXT, lexicon, whichPattern } from '../lexicon.ts';
import { periodEnd, shiftDays, type DateMention } from '../../nlp/dates.ts';
import { firstAtLeast, lastIndexWithin } from '../../nlp/search.ts';
import { DATELINE_RE } from './where.ts';

// A dateline's dash or agency tag, looked for before the dateline regex is tried.
const DATELINE_DASH = /\s(?:--|[–—-])\s|[/(]\p{Lu}/u;

export type TriggerStatus = 'happened' | 'planned' | 'recalled' | 'negated';

export interface Trigger {
  id: string;
  kind: EngagementKind | null;
  form: 'verb' | 'fronted' | 'noun';
  /** Absolute offsets of the trigger words. */
  start: number;
  end: number;
  status: TriggerStatus;
  /** Absolute bounds of the clause the trigger heads (for collecting its parties). */
  clauseStart: number;
  clauseEnd: number;
  /** "when the two met": past history unless the clause dates it recently. */
  weakRecall: boolean;
}

/** The last day before publication that makes a meeting history rather than news: 20 days back. */
export function historyLimit(published: string): string {
  return shiftDays(published, -20);
}

/**
 * Settles whether a trigger that reads as past history really is: a clause dated more than 20 days
 * before publication tells of an earlier meeting; "when the two met" without a recent date does too.
 */
export function applyDates(t: Trigger, dates: DateMention[], published: string | null, text: string, sentStart = t.clauseStart): Trigger {
  if (t.status !== 'happened' || !published) return t;
  currentText = text;
  // A date behind "since"/"when"/"who" dates another event than the trigger's ("since he took office in July").
  // A date that opens the clause or the sentence ("In November of that year he led ..., where he ...
  // signed") dates all of it, however far the trigger stands.
  // "... last sat at the same table in Bali in November, when Biden held talks with Xi": a when-clause
  // happens at the time the clause before it names.
  // So does a where-clause: "took him to Kharkiv in March, where he and Zelensky signed ...".
  // Unless the clause names its own day ("returns home today from China, where he held talks ... on Friday").
  // "a visit to Pyongyang in July 2023 ..., during which he was received by Kim": so does a during-which clause.
  const whenClause = t.clauseStart > sentStart && /^\s*(?:when|where|during which|in the course of which)\b/i.test(text.slice(t.clauseStart, t.clauseStart + 28))
    && !dates.some((d) => d.grain === 'day' && d.start >= t.clauseStart && d.end <= t.clauseEnd);
  const opening = (d: DateMention) => d.end <= t.start && ((d.start >= t.clauseStart ? d.start - t.clauseStart <= 4
    : d.start >= sentStart && (d.start - sentStart <= 4 || (whenClause && t.clauseStart - d.end <= 40)
      // "in June he represented Iran at the BRICS meeting in Nizhny Novgorod, where he held talks with Lavrov".
      || (whenClause && t.clauseStart - d.end <= 140 && WHERE_OPENS.test(text.slice(t.clauseStart, t.clauseStart + 8)) && !/[;:]/.test(text.slice(d.end, t.clauseStart)) && /(?:^|[;:]\s*)(?:in|on|during|last)\s+$/i.test(text.slice(sentStart, d.start)))))
    // "Also in April, Marcos joined Biden and Kishida": a date that opens the sentence after a connective.
    || (d.start >= sentStart && d.start - sentStart <= 140 && CONNECTIVE_OPENING.test(text.slice(sentStart, d.start)))
    // "At the European Political Community summit in Moldova on 1 June, Macron and Scholz met ...": a date in
    // the phrase the sentence opens with, before its first comma, dates the clause after it.
    || (d.start >= sentStart && d.start - sentStart <= 140 && FRONTED_EVENT_PHRASE.test(text.slice(sentStart, d.start))
      && /^[^,;]{0,20},/.test(text.slice(d.end, t.start))));
  // "a visit to Pyongyang in July 2023 for the armistice anniversary, during which he was received by
  // Kim": the visit's date, however far back, dates what happened during it.
  if (whenClause && WHERE_OPENS.test(text.slice(t.clauseStart, t.clauseStart + 28))) {
    const prior = dates.filter((d) => d.start >= sentStart && d.end <= t.clauseStart && t.clauseStart - d.end <= 140 && !/[;:]/.test(text.slice(d.end, t.clauseStart)));
    const end = prior.length ? periodEnd(prior[prior.length - 1]) : null;
    if (end !== null && end < historyLimit(published)) return { ...t, status: 'recalled' };
  }
  const inClause = dates.filter((d) => opening(d)
    // "dropped his objections last July after talks with Kristersson": the act the talks led to dates them too.
    || (d.start >= t.clauseStart && d.end <= t.start && gap(t, d) <= 40 && AFTER_ONLY_BETWEEN.test(textBetween(t, d)))
    || (d.start >= t.clauseStart && d.end <= t.clauseEnd
    && (gap(t, d) <= 60 || (gap(t, d) <= 160 && !/[,;]/.test(textBetween(t, d)))) && !SUBORDINATE.test(textBetween(t, d))
    // "lifted the ban it imposed in October 2022, following a meeting ... on Monday": the date before dates what followed.
    && !(d.end <= t.start && FOLLOWING_BETWEEN.test(textBetween(t, d)))
    // "from $2 billion last year", "which stood at ... last year": the date belongs to a comparison or a relative clause.
    && !relativeDate(t, d)));
  // "an official visit on 10–11 August" in a story of 9 August: a plan, whatever the tense around it.
  // Only a date the text spells out: "the following day" is read from the publication date here and
  // counted from the engagement before it later (see when.ts).
  const days = inClause.filter((d) => d.date !== null && !d.relative);
  // Not "invited Xi to the summit in November during their phone conversation on Tuesday": a weekday
  // right at the trigger dates it, whatever month the clause names for something else.
  const nearest = inClause.reduce<DateMention | null>((best, d) => (best === null || gap(t, d) < gap(t, best) ? d : best), null);
  const toldDay = nearest !== null && nearest.relative && nearest.grain === 'day' && nearest.date !== null && nearest.date <= published;
  if (toldDay && gap(t, nearest!) <= 40) return t;
  if (days.length && days.every((d) => d.date! > published)) return { ...t, status: 'planned' };
  const limit = historyLimit(published);
  const ends = inClause.map(periodEnd).filter((x): x is string => x !== null);
  if (ends.some((e) => e < limit)) return { ...t, status: 'recalled' };
  // "in April this year Lavrov was received by Xi", told in May: a month the story has left behind.
  const monthStart = `${published.slice(0, 7)}-01`;
  // Not when a day is named too ("To review the deal signed last month, Tokayev met Xi on Tuesday").
  if (!inClause.some((d) => d.grain === 'day') && inClause.some((d) => d.grain === 'month' && (periodEnd(d) ?? monthStart) < monthStart)) return { ...t, status: 'recalled' };
  // "met again on the sidelines of the G7 summit in Kananaskis, Canada, in June": a past month at the
  // clause's end, past a place and its country, is history too.
  if (!inClause.length && dates.some((d) => d.grain === 'month' && d.start > t.end && d.end <= t.clauseEnd && d.start - t.end <= 160
    && PLACE_THEN_MONTH.test(currentText.slice(t.end, d.start)) && (periodEnd(d) ?? monthStart) < monthStart)) return { ...t, status: 'recalled' };
  // "when he and Japarov signed": a week back is news, three weeks back is history.
  const week = shiftDays(published, -7);
  // "when he held a bilateral meeting with A and his delegation on the sidelines of ... here today": a
  // long clause may name its day further on than the dates above are read.
  if (t.weakRecall && !ends.some((e) => e >= week) && !dates.some((d) => lateDay(t, d, week))) {
    // "Yunus yesterday raised the request when he sat down with Modi": the day of the main clause is the meeting's.
    const mainDay = dates.some((d) => d.end <= t.start && d.start >= sentStart && !SUBORDINATE.test(text.slice(sentStart, d.start)) && (periodEnd(d) ?? '') >= week);
    if (!mainDay) return { ...t, status: 'recalled' };
  }
  return t;
}

/** A recent day the trigger's own clause names further on, with nothing that opens another clause between. */
function lateDay(t: Trigger, d: DateMention, week: string): boolean {
  if (d.start < t.end || d.end > t.clauseEnd || d.start - t.end > 260 || (periodEnd(d) ?? '') < week) return false;
  const between = textBetween(t, d);
  return !/[;:]/.test(between) && !SUBORDINATE.test(between);
}

// "that" opens a clause ("said that the two ..."), unless it is a determiner ("signed that treaty in 2023").
const PLACE_THEN_MONTH = /^[^;:]*\bin\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*,\s+(?:\p{Lu}[\p{L}-]+\s*)+,\s+in\s+$/u;
const SUBJECT_PLANNED_AFTER = /^[^.;]{0,200}?\s(?:are|is)\s+(?:also\s+)?(?:planned|scheduled|slated|due|expected)\b/;
const AFTER_ONLY_BETWEEN = /^\s*(?:after|following)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w.-]+\s+){0,4}$/i;
const SUBORDINATE = /\b(?:since|when|after|before|who|whom|which|until|whose)\b|\bthat\s+(?:the|a|an|he|she|they|it|we|his|her|their|its|this|these|those|[A-Z])/
const FOLLOWING_BETWEEN = /\bfollowing\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i;
let currentText = '';
function gap(t: Trigger, d: DateMention): number {
  return d.start >= t.end ? d.start - t.end : t.start - d.end;
}
function textBetween(t: Trigger, d: DateMention): string {
  return d.start >= t.end ? currentText.slice(t.end, d.start) : currentText.slice(d.end, t.start);
}

// "from $2 billion last year", "which stood at ... last year": the date belongs to a comparison or a
// relative clause of its own — unless the trigger itself stands in that stretch before the date.
function relativeDate(t: Trigger, d: DateMention): boolean {
  const segStart = Math.max(t.clauseStart, lastIndexWithin(currentText, ',', d.start - 1, t.clauseStart) + 1);
  if (t.start >= segStart && t.end <= d.start) return false;
  const seg = currentText.slice(segStart, d.start);
  // "Jaishankar, who was in China last month ... and held talks with Wang": the relative clause the trigger is in dates it.
  if (segStart === t.clauseStart && /^[\s,]*(?:who|which)\b/i.test(seg) && !/\b(?:from|than|compared|since|that|when)\b/i.test(seg)) return false;
  return /\b(?:from|than|compared|since|which|who|that|when)\b/i.test(seg);
}



// "held separate talks with A and B" sums up several; "a separate meeting with A" is one more (see build.ts).
// "received two phone calls, from A and from B": as many calls as callers.
// "travelled to France and Poland ... for talks with Macron and Tusk": a trip of two meetings.
// "travelled to Berlin, Paris and Brussels for talks with ...": one stop and one meeting each.
const TRIP_TO_TWO = /\b(?:travell?ed|flew|went|headed|trips?|visits?)\s+to\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)*,?\s+and\s+\p{Lu}/u;
const INITIALS = /\b(\p{Lu})\.(?=\p{Lu})/gu;
// "a round of indirect talks" is one sitting; "a round of meetings with leaders", several.
const SUMMARY_RE = /\b(?:(?<!\b(?:a|an|another) )separate(?:ly)?|back-to-back|(?:telephone|phone) (?:calls|conversations) with|a (?:string|series|number|stream|wave) of (?:[\w-]+ ){0,2}?(?:meetings|talks|calls|conversations|consultations|contacts|engagements|sessions|discussions|negotiations|bilaterals|bilateral|leaders|counterparts|heads|ministers|presidents|delegations)|a round of (?:[\w-]+ ){0,2}?(?:meetings|calls|conversations|contacts|engagements|bilaterals)|(?:several|numerous|various)(?= (?:[\w-]+ ){0,2}?(?:meetings|talks|calls|conversations|consultations|contacts|leaders|counterparts|heads|ministers|presidents|prime ministers|delegations|bilaterals|countries|officials|guests|dignitaries|envoys|ambassadors)\b)|a flurry of|a host of|(?:two|three|four|five|six) (?:(?:separate|telephone|phone|video|bilateral) )?(?:calls|conversations|meetings)|(?:received|receives|hosted|hosts) (?:two|three|four|five|six) (?:separate |foreign |visiting )?(?:guests|visitors|delegations)|(?:telephone|phone|video) (?:calls|conversations) (?:(?:today|yesterday|on \w+) )?from|meetings (?:(?:on \w+|today|yesterday) )?with(?=[^.;]{0,200}\band with\b)|bilateral meetings (?:(?:on \w+|today|yesterday) )?with(?=[^.;]{0,200}\band\b)|meeting with(?=[^.;]{0,160},? and (?:a|an) (?:[\w-]+ ){0,2}meeting with\b)|(?:talks|calls|conversations) with(?=[^.;]{0,200},\s+and with\b))\b/i;
const CALLED_HIM_WHEN = /^\s+(?:him|her)\s+(?:(?:later|earlier|again|briefly)\b|on\s+\p{Lu}|(?:yesterday|today|this|last)\b|to\s+(?:congratulate|discuss|express|offer|thank|convey|wish|brief|inform)\b|by\s+(?:phone|telephone)\b|[,.])/u;
const CALLED_IT_SO = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:a|an|the|one of|its|his|her)\s+(?!(?:call|day|week|month|few|second|third|year)\b)/u;
const VISITS_NOUN_BEFORE = /\b(?:reciprocal|mutual|regular|frequent|high-level|official|state|working|the|their|his|her|its|these|those|such|several|many|two|three|recent|previous|future|bilateral|family)\s+$/i;
// "stepped out to call Mr. Putin", "broke away from a meeting with European leaders to telephone": done on leaving.
const STEPPED_OUT_TO_BEFORE = /\b(?:stepped (?:out|away|aside)|broke away\b[^.;]{0,80}?)\s+to\s+$/i;
const NAMED_NEXT = /^\s+(?:(?:the|his|her)\s+)?\p{Lu}/u;
// "Macron, whose visit came eight days after Parliament elected Aoun, held a meeting with Aoun": the
// aside's time, not the main clause's.
const ASIDE_CAME_AFTER = /,\s+whose\b[^,;.]*\b(?:came|comes)\b[^,;.]*,\s*$/;
const HOST_TITLE = /(?:\b(?:and|the|as|its)|,)\s+host\s+(?:country\b|nation\b|city\b|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s*(?:[,.;]|on\b|at\b|in\b|and\b|$))/u;
const HAD_A_THING_IN = /^(?:had|has|have|holds?|held)\s+(?:a|an|the|no|some|any)\s+(?:[\w-]+\s+)?(?:stake|role|part|say|interest|seat|place|voice|share)\s+(?:in|at)\s/i;
// "had begun arranging a meeting between Putin and Zelensky": a meeting in the making, not held.
const HAD_OTHER_VERB = /^(?:had|has|have)\s+(?:\w+\s+)?(?:said|completed|concluded|finished|ended|stalled|suspended|boycotted|proposed|rejected|called|ruled|sought|requested|suggested|demanded|offered|planned|scheduled|cancell?ed|canceled|postponed|refused|urged|welcomed|announced|agreed|wanted|hoped|expected|pushed|opposed|discussed|prepared|arranging|organi[sz]ing|preparing|planning|seeking)\b/i;
const ABBREVIATION_DOT = /\b(?:Mr|Mrs|Ms|Dr|Smt|Shri|Hon|Amb|Mme|Prof|Gen|Col|Lt|Sen|Rep|Gov|Sgt|Capt|Jr|Sr|St|No|Md|Mohd|U\.S|U\.N|U\.K|H\.E|D\.C)\./g;
// "U.S." becomes "U S " ("Washington, D.C. from February 6" reads on): no full stop left inside it either, and the length is kept for offsets.
const spaceDots = (m: string): string => m.replace(/\./g, ' ');
export function undot(x: string): string {
  return x.includes('.') ? x.replace(ABBREVIATION_DOT, spaceDots) : x;
}
const CEREMONY_BEFORE = /\b(?:gave|give|gives|giving|launched|launch|launches|launching|started|start|opened|open|inaugurated|inaugurate|unveiled|unveil|pressed|press|commissioned|commission|kicked off)\b[^.;]{0,50}?\b(?:by|via|through)\s+(?:a\s+)?$/i;
// "joined by video link the groundbreaking ceremony of the pipeline", "Via videoconference, the two presidents then opened the checkpoints".
const CEREMONY_AFTER = /^,? (?:(?:in|at) )?the (?:opening|reopening|launch|inauguration|unveiling|ceremony|groundbreaking)\b|^,?\s+(?:the\s+)?(?:two\s+)?(?:presidents|leaders|sides|heads of state)\s+(?:then\s+|also\s+|jointly\s+)?(?:opened|launched|inaugurated|unveiled|commissioned|gave the start)\b/i;
const CALL_NOUN_END = /\b(?:telephone|phone|video|virtual|online) (?:talks|meetings?|discussions?|conversation)$/i;
const HELD_BEFORE = /\b(?:held|hold|holds|had|co-chaired|chaired|joined|joins|convened|hosted|hosts)\b[^;]{0,110}$|\b(?:took part in|takes part in|participated in|attended)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?(?:trilateral|three-way|tripartite|quadrilateral|four-way)\s+$/i;
// "Xi and Macron were joined by Commission President von der Leyen, who had come with the French leader,
// for a three-way meeting": the newcomer named at length before the meeting he joined.
const JOINED_FOR_BEFORE = /\b(?:was|were)\s+joined\s+by\b[^;]{0,240}\bfor\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$/;
// "had spoken with Zelensky before the call": told against this story's own call.
const BEFORE_THIS_ONE_AFTER = /^[^.;]{0,80}?\bbefore\s+the\s+(?:call|conversation|talks|meeting)\b/;
// "by video link", "via videoconference": the means of the act the clause tells.
const MEANS_BEFORE = /\b(?:by|via|over)\s+(?:a\s+|the\s+)?$/;
// Not "the group said after its leaders held their first summit by video link": a verb of the past between.
const MODAL_FAR_BEFORE = /\b(?:will|would|could|may|might|shall|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)\s+(?!have\b)(?:(?!\b(?:said|says|told|held|met|spoke|was|were|had)\b)[^.;]){0,200}$/;
// So "The two men had spoken five times by phone or video link since ...": a count of calls before.
const SO_FAR_BEFORE = /\b(?:so far|thus far|to date)\s+(?:[a-z]+\s+){0,4}$|\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+times)\s+(?:by|via|over)\s+(?:[a-z]+\s+){0,3}$/;
// "he will receive a ceremonial welcome on Wednesday, call on President Tharman and meet Prime
// Minister Wong": a verb in its bare form, in a list the future auxiliary heads, is planned too.
const BARE_VERB = /^(?:meet|call|hold|have|host|receive|welcome|visit|sign|speak|talk|confer|dine|sit|co-chair|attend|witness|oversee|pay)\b/i;
const BARE_HOLD_BEFORE = /\b(?:hold|have|convene|co-chair|chair)\s+[^.;,]{0,70}$/;
const FUTURE_LIST_BEFORE = /\b(?:will|would|shall|is to|are to|(?:is|are) (?:also )?(?:expected|scheduled|set|slated|due|going) to|plans? to|intends? to)\s+(?:also\s+)?[a-z]+\b[^.;]{0,200}?(?:,|\band\b|\bthen\b)\s+(?:also\s+|then\s+|later\s+)?$/i;
// "arrived in Rome on Thursday evening and is due to hold talks with Meloni": the arrival is told,
// the meeting is still to come.
// "arrived in Japan on Tuesday ahead of a summit with Ishiba on Wednesday": the arrival of a visit still to come.
const WHERE_OPENS = /^\s*(?:where|during which|in the course of which)\b/i;
const ARRIVED_THEN_PLANNED = /^[^.;]{0,80}?\band\s+(?:(?:is|are)\s+(?:also\s+)?(?:expected|scheduled|set|slated|due)\s+to|will)\s|^[^.;,]{0,60}?\bahead of\s+(?:(?:a|an|the|their|his|her|its|formal|official)\s+)*(?:summit|talks|meeting|visit)\b/i;
// "ahead of formal talks between the delegations on Tuesday": the talks something came before.
const AHEAD_OF_BEFORE = /\bahead of\s+(?:(?:a|an|the|their|his|her|its|formal|official|bilateral|expected|planned)\s+){0,3}$/i;
// "Carney had extended that invitation in a phone call with Modi": what had been done in a call
// tells of an earlier call.
const PAST_PERFECT_IN = /\bhad\s+(?:already\s+|previously\s+|first\s+|personally\s+)?(?!been\b|talks\b)[a-z]+(?:ed|en|de|ld|ne|ve|nt|de)\b[^.;,]{0,60}\b(?:in|during|at|over)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;
const ALSO_BEFORE = /\b(?:also|then|later)\s+$/i;
const TALKS_LAST_WORD = /\S+$/;
const TALKS_NAMED_BEFORE = /(?:[\w.]-[\w.]+|\b(?:the|their|these|those|such|of|in|for|that|peace|trade|border|nuclear|bilateral|direct|ceasefire|security))\s+$/i;
const EVENT_NAME = String.raw`(?:(?:the\s+)?(?:\p{Lu}[\p{L}\d]*\s+){1,5})(?:Summit|Conference|Forum)`;
const MANY_SIDED_EVENT_WHICH = new RegExp(String.raw`\b${EVENT_NAME}\b(?<![\p{L}][–-]\p{Lu}[^.;,]{0,40})[^.;]{0,60},\s+which\s+(?:[\p{L}.'’-]+\s+){0,6}$`, 'u');
// So "co-chaired an artificial intelligence summit with President Macron".
const MANY_SIDED_EVENT_NEXT = new RegExp(String.raw`^\s+(?:${EVENT_NAME}\b(?<![\p{L}][–-]\p{Lu}[^.;,]{0,40})|an?\s+(?:[\w-]+\s+){0,3}(?:summit|conference|forum)\b)`, 'u');
const SAT_WITH_AFTER = /^(?! to\b) (?:[\w-]+ ){0,4}?with\b|^ together\b/;
const PAIR_SUBJECT_BEFORE = /\band\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:then\s+|later\s+|also\s+|finally\s+)?$/u;
// "Later on Monday, the four Ministers sat down at the State Department": after an opening phrase too.
const PAIR_SUBJECT_OPENING = /^(?:[^,;]{1,40},\s+)?the\s+(?:two|three|four)\s+(?:[\w-]+\s+)?(?:leaders|ministers|men|women|presidents|sides|delegations|heads|counterparts|officials)\b/i;
const GATHERING_OF_MANY = /\b(?:forum|conference|congress|festival|expo|games|assembly|convention)\b/i;
// "brought together Biden and the leaders of the Gulf Cooperation Council states, Egypt, Jordan and Iraq".
const LEADERS_OF_AFTER = /^[^;]{0,160}?\bthe\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers|(?:foreign\s+)?ministers)\s+of\b/i;
// Going somewhere, told as done: the trip a meeting was made for.
const TRIP_VERB = String.raw`went|travell?ed|drove|headed|flew|came|returned`;
// "Kerry also went to the Great Hall of the People on Tuesday to meet Wang Yi".
const TRIP_MADE_TO = new RegExp(String.raw`\b(?:${TRIP_VERB}|stopped)\b[^.;]{0,80}\bto\s+$`, 'i');
// "Zelensky then crossed Ballhausplatz to the Federal Chancellery for a meeting with Chancellor Stocker".
// "flew to Paris for a working dinner with Macron", "a jet took him on to Paris for ...": a trip made to a place, no infinitive.
const TRIP_TO_PLACE_BEFORE = new RegExp(String.raw`\b(?:${TRIP_VERB}|took\s+(?:him|her|them)(?:\s+on)?|moved\s+on|continued\s+on)\s+(?:on\s+)?to\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+$`, 'u');
// "returned to Tunis today with the President of the European Commission, A, and the Prime Minister of the
// Netherlands, B, for a meeting with": the companions may take a long stretch.
const TRIP_FOR_A_BEFORE = new RegExp(String.raw`\b(?:${TRIP_VERB}|crossed|walked|moved)\b[^.;]{0,200}\bfor\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$`, 'i');
const BRIEFED_ON_HIS_BEFORE = /\b(?:(?:[Rr]esults?|[Oo]utcomes?|[Dd]etails|[Aa]ssessment)\s+of|[Ii]ncluding)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?$|\b(?:results?|outcomes?)\s+of\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)[A-Z][\w-]+['’]s\s+(?:[\w-]+\s+)?$/;
const REACHED_IN_BEFORE = /\b(?:understandings?|consensus|agreements?|outcomes?|results?)\s+(?:they\s+|the\s+two\s+(?:[\w-]+\s+)?)?(?:reached|achieved)\s+(?:by\s+[^.;]{0,100}?\s+)?(?:in|during|at)\s+(?:their|the|his|her)\s+(?:[\w-]+\s+){0,2}$/i;
const CO_VERB_ONLY = /\bco-(?:chaired|chair|chairs|chairing|hosted|hosts|hosting|organi[sz]ed|sponsored|presided)\s+(?:[\w'’]+\s+){0,5}$/i;
// Not "called on Kishida and the two agreed to keep in touch": the "to" of what they went on to do.
const CALLED_ON_TO_URGE = /^[^.;,]{1,60}?(?:,[^.;,]{1,60},)?\s*\b(?<!\b(?:agreed|decided|pledged|vowed|promised|continued)\s)to\s+(?!(?:deliver|convey|present|hand|pay|discuss|review|exchange|brief|thank|congratulate|bid|extend|offer|express|sign)\b)[a-z]/;

/**
 * "called on Beijing / Putin / all parties to halt ...": an appeal. One who is called on with a title
 * ("called on King Abdullah II to ...", "called on Supreme Leader Khamenei to ...") is visited.
 */
function urges(after: string): boolean {
  // "called on President Putin to end it and to withdraw": an appeal to a named leader, not a call paid on him.
  if (URGED_LEADER.test(after) || URGED_TO_ACT.test(after)) return true;
  if (!CALLED_ON_TO_URGE.test(after)) return false;
  const object = after.replace(/^\s+(?:the\s+)?/, '');
  const lex = lexicon();
  if (lex.roleCiStartRe.test(object)) return false;
  const first = /^[^\s,]+/.exec(object)?.[0] ?? '';
  return !lex.honorifics.has(first);
}
// "called on the Secretary-General and the President of the General Assembly to launch the process of ...":
// whoever is named, a call to set something going is an appeal.
const URGED_TO_ACT = /^[^.;]{1,100}?\bto\s+(?:immediately\s+|urgently\s+|jointly\s+)?(?:launch|establish|set\s+up|convene|initiate|mobili[sz]e|redouble|step\s+up|intensify|take\s+(?:urgent\s+|immediate\s+|concrete\s+|decisive\s+)?(?:steps|action|measures))\b/;
const URGED_LEADER = /^\s+(?:\p{Lu}[\p{L}.'’\-]*\s+){1,5}to\s+(?:immediately\s+)?(?:end|stop|halt|withdraw|cease|release|refrain|respect|abandon|lift|allow|comply|negotiate|show|ensure|implement|reconsider|resume|pursue|de-escalate|exercise|restrain|step\s+down|resign|free|return\s+to|engage|abide|honou?r|uphold|use\s+(?:his|her)\s+influence)\b/u;
const VISIT_DONE_BEFORE = /\b(?:concluded|concludes|completed|completes|wrapped up|wraps up|ended|ends|began|begins|started|starts|kicked off|opened)\s+(?:his|her|their|a|an|the)\s+(?:first\s+|two-day\s+|three-day\s+|historic\s+)?$/i;
const WELCOMED_HIS_THING = /^\s+(?:(?:the|U\.S\.|U\.K\.|\p{Lu}[\p{L}.\-]*)\s+){0,4}\p{Lu}[\p{L}\-]*['’]s\s+(?!(?:envoy|delegation|wife|husband|son|daughter|representative|emissary|adviser|advisor|deputy|minister|counterpart|guests?)\b)\p{Ll}/u;
const BODY_THAT_BEFORE = /\b(?:commission|council|committee|group|body|parliament|assembly|board|forum|mechanism|task force|panel)\s+(?:that|which)\s+(?:last\s+|first\s+)?$/i;
// "With his host, President Shavkat Mirziyoyev, Modi focused on ...", "With Bolivian President Luis Arce, who was
// accompanied by ..., Putin went over ...".
const FRONTED_WITH = /^\s+(?:(?:his|her|their)\s+(?:host|hosts|guest|guests|[\p{L}\-]+\s+counterpart),\s+)?(?:his\s+|her\s+)?\p{Lu}[^;.]{2,160}?,\s+(?:the\s+[\p{L}\s\-]{0,40}?|he|she|\p{Lu}[\p{L}\-]+)\s+(?:also\s+|then\s+)?(?:reviewed|discussed|exchanged|talked|considered|focused|explored|looked|touched|went over|held|briefed|agreed|noted|stressed|emphasi[sz]ed)\b/u;
const SPENT_TIME = /^\s+(?:(?:more than|nearly|about|over|almost|an?|one|two|three|four|five|several|\d+)\s+){1,3}(?:hours?|minutes)\b/i;
const SITE_AFTER = /^\s+(?:the|a|an)\s+(?:[\p{L}'’\-]+\s+){0,5}?(?:cent(?:er|re)|museum|memorial|exhibition|expo|park|mausoleum|university|institute|plant|factory|complex|monument|cathedral|mosque|temple|church|pavilion|fair|academy|school|hospital|library|theat(?:er|re)|gallery|site|farm|shipyard|port|base|laborator(?:y|ies)|mill|mine|refinery|tomb|shrine|cemetery|garden|zoo)s?\b/iu;
const DOMESTIC_ACT_BEFORE = /\b(?:law|bill|decree|order|legislation|act|budget|ordinance)\s+(?:was\s+|had\s+been\s+|that\s+(?:was\s+|had\s+been\s+)?)?$/i;
const HOSTED_EVENT_AFTER = /^\s+(?:the\s+)?(?:(?:\d{4}|next|this|year['’]s|\d+(?:st|nd|rd|th))\s+)*(?:\p{Lu}[\p{L}\d-]*\s+){0,4}?(?:Expo|World\s+Cup|Olympics|Olympic\s+Games|Paralympics|Games|Summit|Conference|Forum|COP\s?\d+|Championships?|Congress|Exhibition|Festival|Biennale)\b/u;
const EVENT_HOSTED_BEFORE = /\b(?:summit|meeting|forum|conference|games|olympics|cup|expo|exhibition|session|event|festival|celebrations?|ceremony|congress|assembly|championships?|dialogue|talks|round|consultations)\s+(?:(?:that|which)\s+)?(?:(?:the\s+)?[\p{Lu}][\p{L}.'’\-]*\s+){1,3}(?:(?:will|would|is\s+to|was\s+to|plans\s+to|is\s+set\s+to|is\s+due\s+to|has|had|is\s+going\s+to)\s+)?$/u;
const ADDRESSED_GATHERING_BEFORE = /\b(?:address(?:ed|ing|es)?|speaking (?:to|at|before)|spoke (?:to|at|before)|appearing (?:at|before)|appeared (?:at|before))\s+(?:the\s+|a\s+|an\s+)?[^.;]{0,60}?\b(?:forum|summit|conference|assembly|session|audience|gathering|congress|parliament|delegates|participants|convention|rally|students|graduates)\b[^.;]{0,40}$/i;
// "remarks Yunus made during his visit to China, where he met Xi": a trip the story looks back on for what was said on it.
const EARLIER_STAY_BEFORE = /\b(?:(?:after|since|following)\s+[^.;]{0,60}?|(?:remarks?|comments?|statements?)\s+[^.;]{0,40}?\bmade\s+(?:during|on)\s+(?:his|her|their|a|the)\s+(?:[\w-]+\s+)?)\b(?:visit|trip|tour|stop|stay|period|time)\b[^.;]{0,40}?,?\s*\b(?:where|during which|in which|on which)\b[^.;]{0,80}$/i;
const ARRIVED_FROM_WHERE = /(?:\b(?:arrived|arriving|arrives|came|coming|comes)\b(?:\s+[\w-]+){0,4}?\s+from|\b(?:tour|trip|journey)\s+(?:that|which)\s+(?:began|started)\s+in)\s+[^.;,]{1,40}(?:,\s+[^.;,]{1,30})?,\s+where\s+[^.;]{0,140}$/i;
const HELD_A_CALL_BEFORE = /\b(?:held|holds|hold|had|has|have|took)\s+(?:a|an|another|their|his|her|a\s+separate)\s+(?:(?:brief|short|first|second|lengthy|long|rare|follow-up|private|joint)\s+)?$/i;
const COURTESY_BEFORE = /\b(?:received|receives|receiving|paid|pays|paying|made|makes)\s+(?:a\s+)?courtesy\s+$/i;
const CALLED_POSSESSIVE = /^\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*['’]s?\s+[“"‘']?(?!(?:office|phone|mobile|residence|home|hotline|number|line)\b)(\p{Ll}[\p{L}\-]*)/u;
function calledSomethingOf(after: string): boolean {
  const m = CALLED_POSSESSIVE.exec(after);
  return !!m && !lexicon().roleCiStartRe.test(after.slice(m.index + m[0].length - m[1].length));
}
// A name or title next, or a pronoun as the one received ("welcomed him with an official ceremony").
// Written as constants: the TypeScript loader turns a \p{...} literal inside a function into `new RegExp`, remade on every call.
// So "A quadrilateral meeting of President of the Republic of Azerbaijan Ilham Aliyev, Prime Minister of Armenia ...".
// So "a bilateral meeting at the National Palace between López Obrador and Biden".
// Not "the Informal Meeting of NATO Ministers of Foreign Affairs": a body's meeting of its members.
const MEETING_BETWEEN_AFTER = /^\s+(?:(?:(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+)?between\s+(?:the\s+)?\p{Lu}|of\s+(?![^.;,]{0,30}\b(?:Ministers|Heads|Leaders|Chiefs|Speakers|Governors|Members|Parties|States)\b)\p{Lu}[\p{L}'’-]+(?:\s+|,\s+|\s+and\s+)\p{Lu}|of\s+(?:President|Prime Minister|Chancellor|King|Emir|Amir|Crown Prince|Sultan)\s+of\b|of\s+the\s+\p{Lu}[\p{L}'’-]+\s+(?:leader|president|prime minister|premier|chancellor|foreign minister)\s+and\s+(?:the\s+)?\p{Lu})/u;
const EARLIER_ONE_BEFORE = /\b(?:after|since|before|following|until)\s+(?:a|an|the|their|his|her|last)\s+(?:[\p{L}'’\-]+\s+){0,4}$/u;
// "by talks in Nairobi between the Cabinet Secretary ... and ...": a place between the word and those who held them.
const TALKS_IN_PLACE_BETWEEN = /^\s+(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+between\s+(?:the\s+)?\p{Lu}/u;
// "Consultations (FSLC) between Pakistan and Bangladesh": the format's acronym may stand between.
const BETWEEN_NAME_AFTER = /^\s+(?:\([A-Z]{2,8}\)\s+)?between\s+(?:the\s+)?\p{Lu}/u;
const OTHER_TALKS_BEFORE = /\b(?:after|since|before|following|until|previous|earlier|last|future|next|planned|upcoming)\s+(?:[\p{L}'’\-]+\s+){0,4}$/u;
const TO_NAME_AFTER = /^\s+to\s+\p{Lu}/u;
const FRONTED_THEN_HAD = /^[^;,]{0,120},\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.'’-]*\s+){1,6}had\s+(?:already\s+|also\s+|earlier\s+)?(?!been\b|talks\b)[a-z]+(?:ed|en|ld|de|ne|nt|ve|wn)\b/u;
const RECENT_DAY_IN = /\b(?:(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|(?:a|one|two|three|four|five|six)\s+days?\s+(?:earlier|before|ago))\b/i;
const HAD_TRAVELLED_WHERE = /\bhad\s+(?:already\s+|previously\s+|earlier\s+|also\s+|first\s+)?(?:travell?ed|flown|gone|journeyed|visited)\b[^.;]{0,80},\s+where\s+[^.;]{0,60}$/i;
const WHERE_SUBJECT_BEFORE = /\bwhere\s+(?:he|she|they|it|\p{Lu}[\p{L}-]+)\s+$/u;
/** How a meeting's host or go-between is told in the passive ("hosted by", "mediated by"); build.ts reads the same words. */
export const HOST_VERB = '(?:hosted|chaired|organi[sz]ed|brokered|mediated|facilitated)';
const HOSTED_BY_AFTER = new RegExp(`^,\\s+${HOST_VERB}\\s+by\\s`);
/** "The third meeting of the day was with X": after the word, one of a roundup's meetings; build.ts reads it too. */
export const MEETING_WAS_WITH_AFTER = /^\s+(?:of\s+the\s+day\s+)?was\s+with\s+(?:the\s+)?\p{Lu}/u;
// "Monday's meeting with Biden at the White House, which began in the Oval Office", "Kishida's meeting
// with Han on Wednesday, which lasted about 20 minutes": a meeting told by how it went.
const WITH_WHICH_WENT_AFTER = /^\s+with\s+(?:the\s+)?\p{Lu}[^.;()]{0,80}?,\s+which\s+(?:lasted|began|opened|ended|ran|went\s+on)\b/u;
// "received two guests at the Merdeka Palace, Jakarta: A and B": guests counted, then listed after the colon.
const OWN_DAY_FIRST = /^\s*(?:on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b)|(?:yesterday|today|earlier today|last night|tonight|this (?:morning|afternoon|evening))\b)(?![^.;]{0,12}\b(?:last|in (?:19|20)\d\d))/i;
export const GUESTS_COUNTED_NEXT = /^\s+(?:two|three|four|five|six)\s+(?:separate\s+|foreign\s+|visiting\s+)?(?:guests|visitors|delegations)\b[^.;:]*:/;
const SIGNED_BY_LIST = /^\s+(?:for\s+[^.;,]{1,40}?\s+)?by\s+(?:(?:Mr|Ms|Mrs|Dr|H\.E\.)\.?\s+)?\p{Lu}/u;
const HOSTED_WITH_NAME = /^\s+with\s+(?:the\s+)?\p{Lu}/u;
// "hosted the summit, which was attended by President Zelenskyy, Prime Minister Frederiksen ...": its guests, listed.
const OWN_SUMMIT = String.raw`(?:his|her|their)\s+(?:(?:first|second|third|long-awaited|first-ever|first\s+in-person|in-person|bilateral|face-to-face)\s+){0,2}$`;
const OWN_SUMMIT_BEFORE = new RegExp(String.raw`\b${OWN_SUMMIT}`, 'i');
// "pledged more investment at his first summit with Trump": what was done at it tells of the summit.
const AT_OWN_SUMMIT_BEFORE = new RegExp(String.raw`\b(?:at|during)\s+${OWN_SUMMIT}`, 'i');
const DENIED_REPORT_BEFORE = /\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes)\s+(?:[\w.'’-]+\s+){0,5}?(?:reports?|claims?|suggestions?|allegations?|rumou?rs?|stor(?:y|ies))\s+(?:that|of)\b[^.;]{0,200}$/i;
const EVENT_WAS_HOSTED_BEFORE = /^(?:[^.;,]*?\s)?(?:[Ss]ummit|[Ff]orum|[Cc]onference|[Gg]ames|[Oo]lympics|[Cc]up|[Ee]xpo|[Ee]xhibition|[Ff]estival|[Cc]eremony|[Cc]ongress|[Aa]ssembly|[Cc]hampionships?|[Dd]inner|[Bb]anquet|[Rr]eception|[Gg]ala|[Ee]vent|[Ss]ession|[Rr]etreat|[Ww]orkshop|[Ss]eminar|[Ff]air)\b[^.;]{0,120}\b(?:was|were|is|are|will\s+be|had\s+been|has\s+been)\s+(?:\w+\s+)?$/;
const HOLDING_REPORTED_BEFORE = /(?:\b(?:before|after|while|when|by|was|were|also|then)\s+|,\s+|^)$/i;
const HOSTED_ATTENDED_BY = /^\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|conference|consultations)\b,?\s+(?:(?:which|that)\s+was\s+)?attended\s+by\s+(?:the\s+)?\p{Lu}/u;
// "received a delegation of the Asian Development Bank headed by ...", "received the party and government
// delegation of China headed by ...": one received all the same.
export const DELEGATION_NEXT = /^\s+(?:(?:in|at)\s+\p{Lu}[\p{L}-]+\s+)?(?:an?|the)\s+(?:[\p{L}.\-]+\s+){0,3}?delegation\b(?!['’])/u;
// "received the foreign ministers of Mali, Burkina Faso and Niger": officials of several countries, named by them.
// So too "received the two ministers", "welcomed both leaders": the pair the story has named.
export const ROLE_GROUP_NEXT = /^\s+(?:the\s+(?:[\p{L}\-]+\s+){0,2}?(?:ministers|envoys|ambassadors|leaders|presidents|heads of state|delegations)\s+of\s+\p{Lu}|(?:the\s+two|both|the\s+three)\s+(?:foreign\s+)?(?:ministers|leaders|presidents|envoys|delegations|prime\s+ministers)\b)/u;
const WELCOMED_NAME_NEXT = /^\s+(?:the\s+)?\p{Lu}/u;
const FOLLOWING_AFTER_COMMA = /,\s*(?:following|after)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:\w+\s+)?$/i;
const MEAL_LENGTH_WITH = /^\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?[\w-]+\s+(?:hours?|minutes)\s+(?:with|for)\b/;
const CALLS_A_THING = /^\s+(?:(?:the|new|latest|recent|fresh)\s+)*(?:[\p{Lu}][\p{L}.\-]*['’]?s?\s+){1,3}(?:sanctions?|decision|decisions|move|moves|remarks?|statements?|claims?|allegations?|accusations?|measures?|policy|policies|report|plans?|proposals?|actions?|strikes?|attacks?|tariffs?|restrictions?|ban|election|vote|law|bill|resolution|comments?)\b|^\s+(?:[\p{Lu}][\p{L}.\-]*\s+){1,3}["“'‘]/u;
// "received today French President Macron", "received yesterday Boris Johnson": a day between verb and name.
const NEXT_NAME = /^\s+(?:(?:in\s+(?:private\s+)?audience\s+)?(?:(?:today|yesterday|also|later|earlier|separately|warmly|(?:this|yesterday)\s+(?:morning|afternoon|evening))\s+)?(?:(?:at|in|on)\s+)?(?:(?:the|his|her|their|this)\s+)?(?:(?:ministry|office|residence|palace|headquarters)\s+)?(?:(?:newly|visiting|incoming|outgoing|new|appointed|accredited|departing|acting|interim)\s+){0,3}(?:\p{Lu}|(?:al|el|ad|ar|as|ash|at|az|an|ud|ul)-\p{Lu})|(?:him|her|them)(?=\s+(?:with|at|in|on|for|warmly|to|later|earlier|again|briefly|yesterday|today|this|last|by|early|late|shortly|there|privately|personally|first|then|separately)\b|[,.])|(?:two|three|four|five|six)\s+(?:separate\s+|foreign\s+|visiting\s+)?(?:guests|visitors|delegations)\b|the\s+(?:pontiff|Pope|Holy\s+Father)\b|the\s+visiting\s+(?:[a-z]+\s+)?(?:minister|president|premier|leader|guest|envoy|delegation|secretary)\b)/u;
const SPOKEN_REPORTED = /\b(?:(?:said|says|told\s+[\w.]+|announced|confirmed|revealed)\b[^.;]{0,60}\bhad|has|have)\s+(?:also\s+|already\s+)?$/i;
// "used his two-day stay in Kazan to hold separate meetings with ...", "used it for a bilateral meeting
// with ...": what the stay was used for, done.
const USED_IT = String.raw`\b(?:used|took|seized)\s+(?:it|the|this|that|his|her|their|its)\b[^.;]{0,100}\b`;
const USED_IT_TO = new RegExp(String.raw`${USED_IT}to\s+$`, 'i');
const USED_IT_FOR = new RegExp(String.raw`${USED_IT}for\s+(?:a|an)\s+(?:[\w-]+\s+)?$`, 'i');
// "Netanyahu used a hastily arranged Oval Office meeting with President Trump to promise ...".
const IN_WRITING_BEFORE = /\b(?:in|through|via|by)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+)?(?:messages?|letters?|cables?|telegrams?|written\s+statements?)\b[^.;]*$/i;
const TRIP_PLANNED_FOR_BEFORE = /\bto\s+(?:go\s+on|travel|fly|head|proceed|continue|go)\s+(?:on\s+)?to\s+[^.;]{1,60}?\bfor\s+$/i;
const FRONTED_TALKS_OPENING = /^(?:Before|After|Following)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?$/;
const PAST_MAIN_AFTER = /^[^.;,]{1,100},\s+(?:he|she|they|the\s+\w+|\p{Lu}[\p{L}-]+)\s+(?:also\s+)?(?:[a-z]+ed|laid|met|held|told|said|made|paid|went|took|gave|spoke|flew|sat|left|saw|won)\b/u;
const TRIP_FOR_BEFORE = /\b(?:fly|flying|travel|travelling|traveling|head|heading|go|going|proceed|proceeding|move on|moving on)\s+(?:on\s+)?to\s+[^.;,]{1,40}?\s+for\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$/i;
const FUTURE_EARLIER = /\b(?:will|shall|(?:is|are) (?:scheduled |expected |due |set )?to|plans? to|is planning to)\b/i;
const COUNTED_HYPHEN_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|multi|full)-(?:day|hour|minute|week|month|year|member)s?\s+(?:[\w'’]+\s+){0,3}$/i;
const HAD_BEEN_VERB = /^(?:had|has|have)\s+been\s+(?!holding\b|conducting\b|engaged\b)[a-z]+(?:ing|ed)\b/i;
const MADE_BY_PHONE = /\b(?:created|generated|built|achieved|produced|set|opened|paved|prompted|triggered|sparked|started|made)\s+(?:up\s+)?by\s+(?:the|a|their)\s+(?:tele)?phone\b/i;
const MADE_BY_BEFORE = /\b(?:created|generated|built|achieved|reached|agreed|produced|set|opened|paved)\s+(?:up\s+)?(?:by|at|during|in)\s+(?:the|their|a|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}$/;
const ACCOMPANIED_TO_BEFORE = /\baccompanied\s+[^.;]{1,60}?\s+to\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}$/;
const CALLED_OFF_AFTER = /^[^.;]{0,160}?\b(?:(?:could|did)\s+not|didn['’]t|couldn['’]t|never)\s+(?:take\s+place|happen|go\s+ahead|materiali[sz]e)\b|^[^.;]{0,160}?\b(?:was|were)\s+(?:later\s+)?(?:cancell?ed|called\s+off|scrapped)\b/;
const HIS_CALLS_BEFORE = /\b(?:in|during|through)\s+(?:his|her|their)\s+(?:(?:recent|earlier|previous|several|many|numerous|regular|frequent)\s+)?$/i;
const WHO_LATER_BEFORE = /,\s+who\s+[^,;.]{1,100}?\b(?:but|and)\s+(?:had\s+)?(?:later|eventually|subsequently)\s+$/;
// "followed Park's meeting on Monday with Hayashi": the story's earlier meeting, its day, then its other side.
const FOLLOWED_ONES_BEFORE = /\b(?:followed|came\s+(?:a\s+day\s+)?after)\s+(?:\p{Lu}[\p{L}-]+['’]s|his|her|their)\s+(?:[\w-]+\s+)?$/u;
const DAY_THEN_WITH_AFTER = /^\s+(?:(?:on|last)\s+\p{Lu}\p{Ll}+\s+|yesterday\s+|earlier\s+(?:that|in\s+the)\s+(?:day|week)\s+)?with\s/u;
// "after their first direct talks in three years, held on Friday at Dolmabahçe Palace".
const AFTER_THEIR_BEFORE = /\b(?:after|following)\s+(?:their|the)\s+(?:[\w-]+\s+){0,3}$/i;
const HELD_ON_AFTER = /^[^.;,]{0,60},\s+held\s+(?:on|in|at|today|yesterday|this|last)\b/;
// "produced a letter from the monarch in the Oval Office during talks at the White House": so too talks an act was done in.
const AFTER_TALKS_BEFORE = /\b(?:after|following|during)\s+(?:(?:about|around|nearly|almost|more than|over|some|roughly)\s+)?(?:(?:an?|one|two|three|four|five|six|several|\d+|half an)\s+(?:hours?|days?|rounds?)\s+of\s+)?(?:their\s+)?(?:(?:bilateral|closed-door|private|official|formal|lengthy|extended|delegation-level|restricted|one-on-one)\s+)?$/i;
const USED_A_BEFORE = /\b(?:used|using)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,4}$/i;
// A headline's "Trump confronts Ramaphosa in tense Oval Office meeting": where the two met.
const HEADLINE_PLAN = /\b(?:to|will|would|may|could|set to|plans? to|expected to|ahead of)\s+\w+/i;
const IN_HEADLINE_BEFORE = /\S\s+(?:in|at|during)\s+(?:[\w-]+\s+){0,3}$/i;
// "today took part in a trilateral meeting with ...": one he joined, not one he watched or planned.
const TOOK_PART_IN_BEFORE = /\b(?:took|takes|take|taking) part in\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$|\bparticipated in\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
const CALLS_TO_AFTER = /^\s+to\s+(?:the\s+)?(?:\p{Lu}|his\s|her\s|their\s)/u;
const CALLS_PLACED_BEFORE = /\b(?:with|made|makes|placed|places|held|holds)\s+(?:(?:separate|two|three|several|back-to-back|phone|telephone)\s+){0,2}$/i;
/** "The call came a day / less than 24 hours after ...": a sentence that tells another contact of the last day as news. */
export const CAME_JUST_AFTER = /^(?:The|This|Their|His|Her) (?:\w+ )?(?:visit|meeting|talks|trip|call|summit|conversation)s? (?:comes?|came|follows?|followed) (?:just |only |barely |less than |within )?(?:(?:a|one|the) day|(?:a few|several|\d+) hours) after\b/i;
const DAY_AFTER_BEFORE = /\b(?:the|a|one|two|three|four|five|\d+)\s+(?:day|days|week|weeks)\s+(?:after|before)\s+(?:[^.;,]{0,60}\s)?$/i;
// "travelled to Moscow three days after visiting Kiev, where he met Zelensky": the earlier trip's meeting.
const DAYS_AFTER_TRIP_WHERE = /\b(?:the|a|one|two|three|four|five|six|\d+)\s+(?:day|days|week|weeks)\s+after\s+(?:visiting|(?:a|his|her|their)\s+(?:visit|trip)\s+to|travell?ing\s+to)\s+[^.;]{0,60},\s+where\s+(?:[\w-]+\s+){0,3}$/i;
const ARRANGED_ADJECTIVE_BEFORE = /\b(?:a|an)\s+(?:\w+ly\s+)?arranged\s+(?:[\w-]+\s+){0,2}$/i;
const ARRANGE_BEFORE = /\b(?:arrange|arranging|arranged|seek|seeking|sought|plan|planning|propose|proposing|proposed|prepare|preparing|push(?:ing)?\s+for|request(?:ing|ed)?|secure|securing|set\s+up|setting\s+up)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
const MET_A_STANDARD = /^\s+(?:\p{Lu}[\p{L}.\-]*['’]s?\s+|(?:the|its|their|his|her|all|our|these|those|such|any|an?)\s+)(?:[\w-]+\s+){0,2}(?:guidelines?|timetables?|timelines?|schedules?|targets?|goals?|benchmarks?|thresholds?|criteria|standards?|requirements?|obligations?|commitments?|pledges?|deadlines?|quotas?|conditions|interests?|needs|expectations|demands|aspirations|concerns|costs|challenges|payments)\b/u;
const LENGTH_OF_BEFORE = /\b(?:hours?|minutes|days|rounds?)\s+of\s+$/i;
const RECENT_YEARS_OPENING = /^(?:In|Over|During) /;
const RECENT_YEARS_BEFORE = /^(?:In|Over|During) (?:recent|the past|the last|past) (?:(?:few|two|three|four|five|several|\d+)\s+)?(?:years|decades?|months)\b[^.;]{0,120}$/i;
const SINCE_OFFICE_AFTER = /^[^.;]{0,160}?\bsince (?:taking|assuming|entering|returning to) office\b|^[^.;]{0,160}?\bsince (?:his|her|their) (?:inauguration|swearing-in|election|appointment)\b/i;
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:already\s+|also\s+|so far\s+)?(?:held|had|spoken|talked|met|received|hosted)\b[^.;]{0,40}$/i;
const CANCELLED_AFTER = /^[^.;]{0,160}?\b(?:(?:was|were|has been|had been)\s+(?:abruptly\s+|later\s+|then\s+)?(?:cancelled|canceled|called off|postponed|scrapped|shelved)|fell through|(?:has|had)\s+fallen through|did not (?:take place|happen|go ahead|materiali[sz]e)|never (?:took place|happened|materiali[sz]ed))\b|^[^.;,]{0,60}\s+called off\b/i;
const SCHEDULE_DAY = /^[^;.]{0,100}?\b(?:today|tomorrow|tonight|this (?:afternoon|evening)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
// "spoken repeatedly", "spoke several times", "had spoken to A and B several times": contacts over time.
const REPEATEDLY_AFTER = /^\s+(?:repeatedly|regularly|frequently|often)\b|^[^,;.]{0,150}?\b(?:several|many|numerous|multiple|a number of)\s+times\b/i;
const TIME_CLAUSE_BEFORE = /\b(?:before|after|until|once|when)\s+(?:[\w-]+\s+){0,7}$/i;
const REFUSED_BEFORE = /\b(?:shuts?|shut|closes?|closed|slams?|slammed)\s+(?:the\s+)?door\s+on\s+$|\b(?:rejects?|rejected|rules?\s+out|ruled\s+out|refuses?|refused|snubs?|snubbed|spurns?|spurned)\s+(?:any\s+|the\s+|further\s+)?$/i;
// At the start of the sentence or of its body after a dateline's dash.
const FRONTED_EVENT_PHRASE = /^(?:At|During|On the sidelines of)\s[^,;.]{3,120}\s(?:on|in)\s+$/;
const CONNECTIVE_OPENING = /(?:^|\s(?:--|[–—-])\s)(?:Also|Then|Later|And|But|Earlier)\s+(?:in|on|during)\s+$/;
const PERSON_POSSESSIVE_BEFORE = /\p{Lu}[\p{L}-]+['’]s\s+(?:(?:first|latest|second|last)\s+)?$/u;
// "became the first foreign minister to hold a bilateral meeting with Rubio": a first that was made.
const FIRST_TO_BEFORE = /\b(?:became|was|were)\s+the\s+first\s+(?:[\w-]+\s+){0,4}to\s+$/i;
const PRONOUN_POSSESSIVE_OPENING = /^(?:His|Her|Their)\s+(?:(?:first|latest|second|last|bilateral|separate)\s+)?$/;
const IN_PLACE_WITH_AFTER = /^\s+(?:in\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3})?with\s+(?:\p{Lu}|the\s|his\s|her\s)/u;
const HELD_PREDICATE_AFTER = /^[^.;]{0,160}?\s(?:was|were|lasted|took\s+place|ended|focused|centred|centered|produced|yielded)\b/;
const AT_PLACE_AFTER = /^\s+(?:at|in)\s+(?:the\s+)?\p{Lu}/u;
const IN_CITY_WITH_AFTER = /^\s+(?:in\s+\p{Lu}[\p{L}-]+\s+)?with\s+(?:\p{Lu}|the\s|his\s|her\s|interim\s)/u;
const SEPARATE_ASIDE = /^,\s+(?:in\s+separate\s+meetings|separately|in\s+turn),/i;
// "received at his office in Riyadh today the President of the Syrian Arab Republic": where and when, then the guest.
// So "received at the winter camp in AlUla today His Excellency Antony Blinken", "received at the same palace
// Prime Minister Lee Hsien Loong".
const PLACE_TIME_ASIDE = /^\s+(?:at|in)\s+(?:the\s+|his\s+|her\s+)?(?:[\p{L}-]+\s+){0,3}?(?:office|palace|residence|headquarters|camp|court|Palace|Office|Camp|Court)(?:\s+in\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:today|yesterday|this\s+(?:morning|afternoon|evening))(?=\s)|(?=\s+\p{Lu}))/u;
const SPENT_ON_PHONE = /^\s+(?:(?:the\s+)?(?:morning|afternoon|evening|day)|\p{Lu}\p{Ll}+day|(?:[\w-]+\s+){0,3}(?:hours?|minutes))\s+on\s+the\s+(?:tele)?phone\b/u;
const CALL_DAY_NEXT = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the same day|that day|\d{1,2})\b/;
const HELD_A_BEFORE = /\b(?:held|had|holds|hold)\s+(?:a|an|their|its)\s+(?:\w+\s+)?$/i;
const COUNTERPART_NEXT = /^\s+(?:his|her|their)\s+(?:\p{Ll}+\s+(?:and\s+)?){0,3}(?:counterpart|host|guest)s?\b/u;
const RANKED_VISIT_BEFORE = /\b(?:first|only|next|last|latest|second|third)\s+(?:[\w-]+\s+){0,3}(?:he|she|they|it|we)\s+(?:has\s+|had\s+|will\s+)?$/i;
const EXCHANGE_OF_DOCUMENTS = /^ the exchange of (?:the\s+)?(?:[\w,-]+\s+){0,3}?(?:memorand|MoUs?\b|agreements?\b|documents?\b|instruments?\b|notes\b|letters\b|protocols?\b|treaties\b|accords?\b|contracts?\b|deals?\b)/i;
// "The President spoke on Sunday after a bilateral meeting with ...": the meeting the act followed.
const DURING_A_BEFORE = /\b(?:during|at|in|after|following)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$|\bbefore\s+(?:his|her|their)\s+$/i;
// "conferred the honour on the Prime Minister of India, Narendra Modi, during bilateral talks at the State House",
// "agreed on Tuesday to appoint ambassadors ..., following talks at Diriyah Palace": the act may stand
// commas away, past an apposition or a list.
const PAST_ACT_DURING_BEFORE = /\b(?:[a-z]{3,}ed|held|gave|made|told)\b[^;.]*\b(?:during|after|following|in)\s+(?:their\s+)?(?:[\w-]+\s+){0,2}$/;
const DURING_THEIR_BEFORE = /\b(?:during|in)\s+(?:their|a|an)\s+(?:[\w-]+\s+){0,2}$/i;
// A verb in the past tense earlier in the clause, the act done in that meeting.
const PAST_ACT_BEFORE = /\b(?:[a-z]{3,}ed|laid|held|paid|took|gave|made|went|came|spent|saw|spoke|said|told)\b[^,;]*$/;
const BEGAN_WITH_BEFORE = /\b(?:began|begun|begins|opened|started|ended|closed|wrapped up)\s+(?:the\s+day|(?:his|her|their|the)\s+(?:day|visit|programme|program|trip|tour|stay))\s+with\s+(?:a|an)\s+(?:[\w-]+\s+)?$/i;
const ACT_OVER_MEAL_BEFORE = /\b(?:[a-z]{3,}ed|held|had|made|took|struck|spent)\b(?:(?!\bthat\b)[^,;]){0,80}$/;
const IN_AFTER_COMMA = /,\s+(?:in|during)\s+(?:(?:a|an|the|their|his|her)\s+)?$/i;
const TOLD_THAT_BEFORE = /^[^;]*?\b(?:told|assured|informed|said\s+to)\s+[^;]{0,80}?\bthat\b/;
const PROGRAMME_OPENING = /^(?:The|His|Her|Their)\s+(?:visit['’]s\s+)?(?:programme|program|agenda|itinerary|schedule)(?:\s+of\s+the\s+(?:visit|trip|stay))?\s+(?:includes|will\s+include|is\s+to\s+include|features|foresees|envisages)\b/i;
const AND_WAS_BETWEEN = /^[^.;]{0,120}\band\s+(?:was|were|had\s+been)\s+$/;
const WHILE_CLAUSE_BEFORE = /^[^;]*,\s+(?:while|whereas|and\s+(?:after|following))\s+[^,;]*$/;
const DATE_NOT_SET_BEFORE = /\b(?:date|time|venue|place)\s+(?:had|has|have|was|is)\s+(?:yet\s+|not\s+yet\s+|still\s+)?(?:been\s+)?(?:set|fixed|agreed|announced|decided|determined)\s+(?:yet\s+)?for\s+(?:a|an|the|their|any)\s+(?:[\w-]+\s+)?$/i;
const YEARS_SINCE_BEFORE = /\b(?:years|decades|a\s+century|centuries)\s+(?:[\w-]+\s+){0,3}since\s+[^,;]{0,80}$/i;
// A cheap test before AFTER_TALKS_DECIDED's long look back.
const TALKS_ORDER_WORD = /after|following|during/i;
// "A and B announced today after talks at Camp Aguinaldo": the talks of those who spoke of them, there.
const SAID_AFTER_BEFORE = /\b(?:announced|said|agreed|declared|told reporters|pledged|stated)\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:after|following)\s+$/u;
const AT_A_PLACE_AFTER = /^\s+(?:at|in)\s+(?:the\s+)?\p{Lu}/u;
// "agreed to deepen cooperation in defence and energy during talks at Hyderabad House": the talks it was agreed in.
const AFTER_TALKS_DECIDED = /\b(?:agreed|decided|pledged|vowed|resolved)\s+to\b[^.;]{0,100}\b(?:after|following|during)\s+(?:(?:their|the|his|her|a)\s+)?(?:[\w-]+\s+){0,2}$/i;
// "King Abdullah II reaffirmed, in talks with US President Donald Trump ...": what was said there tells of the talks.
const SAID_AT_BEFORE = /\b(?:said|stated|stressed|noted|told\s+\w+|acknowledged|admitted|declared|announced|warned|insisted|reaffirmed|affirmed|emphasi[sz]ed|underlined|underscored|reiterated|voiced|urged)\s*,?\s+(?:at|during|in)\s+$/;
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|their|its|first|bilateral|this|that|next|last|during|in|at|of|upcoming|planned|earlier|previous)\s+$/i;

// Clause boundaries: semicolons, dashes, and ", after/when/but ..." subordinate clauses that start a
// new event. A relative clause (", who arrived in Astana on Tuesday,") is its own clause when the
// trigger stands inside it, and part of the main clause otherwise. Each kind of boundary is found
// once per sentence, so a sentence with thousands of triggers is still read in linear time.
const RELATIVE = /,\s+(?:who|whom|whose|which)\b[^,;]*/g;
// "was received by Pope Francis ... and later held talks with Meloni": a second act, with other people;
// ", and President Lula received the visiting minister": a second act with a subject of its own.
// "Deputy Prime Minister – Minister of Foreign Affairs" is one double title, not two clauses.
const BOUNDARY = /;|,\s+and\s+(?=(?:(?:[A-Z][^\s,;]*|da|de|do|dos|del|van|von|bin|al|el)\s+){1,8}(?:later\s+|then\s+|also\s+)?(?:received|met|hosted|welcomed|held|spoke|called on)\b)|\s+and\s+(?=(?:was|were)\s+(?:(?:later|then|subsequently)\b|(?:also\s+)?(?:received|hosted|welcomed)\s+by\b))|\s+and\s+(?=(?:later|then|subsequently|afterwards)\s+(?:held|met|had|received|hosted|spoke|visited|called|went|travell?ed|flew|sat)\b)|\s(?:--|[–—-])\s(?<!\b(?:Minister|Chairman|Secretary|Premier)\s(?:--|[–—-])\s(?=(?:Minister|Chairman|Head|Secretary|Foreign|Special|Permanent)\b))|,\s+(?=(?:where|when|while|whereas|but|after|before|as|since|because|although|though|until|once|during which|and then|then|and later|and subsequently|(?:a|one|two|three|several|\d+)\s+(?:day|days|hours?|weeks?|months?)\s+(?:after|before)|shortly (?:after|before)|hours after|days after)\b)/g;
// "... called on him and said he was confident the talks with Modi ...": what was said is another matter.
const SAID = /(?:,\s*|\s+and\s+)(?:said|says|told|added|noted|stressed|saying|adding)\b/g;

const MAX_CLAUSE_REACH = 600;

interface Clauses { relative: [number, number][]; boundaries: [number, number][]; said: number[] }

function spans(re: RegExp, s: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([m.index, m.index + m[0].length]);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

function starts(re: RegExp, s: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m.index);
    if (!m[0].length) re.lastIndex++;
  }
  return out;
}

// Literal text every match of RELATIVE, or of SAID, holds (both regexes are case-sensitive): most
// sentences have none, and a substring search is far cheaper than the regex trying each comma or space.
function mayHoldRelative(s: string): boolean {
  return s.includes('who') || s.includes('which');
}
function mayHoldSaid(s: string): boolean {
  return s.includes('said') || s.includes('say') || s.includes('told') || s.includes('add') || s.includes('noted') || s.includes('stressed');
}

const ANAPHORIC_LEAD = /^(?:Following|After)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|call|conversation|summit|session)(?=,)/i;
const PROCESS_BEFORE = /\b(?:ongoing|continuing|protracted|stalled)\s+$/i;
const VIRTUALLY_NEXT = /^\s+(?:virtually|online|by video(?:\s*link|conference)?)\b/i;
const ROUNDS_HELD_BEFORE = /\b(?:have|has|had)\s+(?:now\s+|so\s+far\s+|already\s+)?held\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+)\s+rounds\s+of\s+(?:[\w-]+\s+){0,3}$/i;
const RECALLED_THAT = /\b(?:recalled|recalling) that\b[^;]*$/;
const AFTER_BARE_BEFORE = /^\s*(?:after|following)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?$/i;
const WITH_OR_BETWEEN_NEXT = /^\s+(?:with|between|among)\b/i;
const LATER_ACT = /\sand (?:later|then|subsequently|afterwards) /;
const AND_NEXT_SUBJECT = /^,\s+and\s/;
const VERB_IN = /\b(?:[a-z]{2,}ed|met|held|holds|spoke|said|says|told|took|made|gave|paid|saw|went|came|has|have|had|is|are|was|were|will|would)\b/;
/**
 * Drops a ", and B held ..." boundary whose first part has no verb: "Sheikh Mohamed bin Zayed, Crown
 * Prince of Abu Dhabi and Deputy Supreme Commander of the UAE Armed Forces, and Indian Prime Minister
 * Narendra Modi held a virtual summit" names one subject of two people, not two clauses.
 */
function subjectsKept(bs: [number, number][], s: string): [number, number][] {
  return bs.filter((b, k) => !AND_NEXT_SUBJECT.test(s.slice(b[0], b[1])) || VERB_IN.test(s.slice(k > 0 ? bs[k - 1][1] : 0, b[0])));
}
function clausesOf(s: string): Clauses {
  // Each boundary but a dash follows a comma or a semicolon, and a said-clause a comma or "and":
  // a sentence without them skips those scans.
  const comma = s.includes(',');
  return {
    relative: comma && mayHoldRelative(s) ? spans(RELATIVE, s) : [],
    boundaries: comma || s.includes(';') || s.includes(' and w') || LATER_ACT.test(s) || /\s(?:--|[–—-])\s/.test(s) ? subjectsKept(spans(BOUNDARY, s), s) : [],
    said: mayHoldSaid(s) && (comma || /\sand\s/.test(s)) ? starts(SAID, s) : [],
  };
}

// Keys made once, not as arrows per call: tsx wraps every function it creates in a naming helper.
const spanStart = (x: [number, number]): number => x[0];
const itself = (x: number): number => x;

function clauseBounds(c: Clauses, length: number, at: number): [number, number] {
  // Relative clauses do not overlap, so the only one that can hold `at` is the last one starting before it.
  const r = c.relative[firstAtLeast(c.relative, at, spanStart) - 1];
  if (r && at > r[0] && at < r[1]) return [r[0] + 1, r[1]];
  const k = firstAtLeast(c.boundaries, at, spanStart);
  const start = k > 0 ? c.boundaries[k - 1][1] : 0;
  let end = k < c.boundaries.length ? c.boundaries[k][0] : length;

  const said = c.said[firstAtLeast(c.said, at, itself)];
  if (said !== undefined && said < end) end = said;
  return [start, end];
}

/**
 * Finds the engagement triggers of one sentence and decides whether each reports something that happened.
 * Not remembered here: the article keeps each sentence's list (extractArticle), since a WeakMap keyed
 * by sentence cost more in its sets and in garbage collection than reading the triggers did.
 */
export function findTriggers(sent: Sentence): Trigger[] {
  const lex = lexicon();
  const s = sent.text;
  const found: Trigger[] = [];
  let clauses: Clauses | null = null;
  const re = lex.triggerRe.re;
  // "BANGKOK, April 5 (Agency) – In a conversation with X, Modi ...": a fronted phrase opens the body
  // after the dateline, where the patterns' start anchor cannot see it.
  let pending: { m: RegExpExecArray; at: number; rule: number } | null = null;
  const dl = sent.index <= 3 && DATELINE_DASH.test(s.slice(0, 110)) ? DATELINE_RE.exec(s) : null;
  if (dl) {
    const body = s.slice(dl[0].length);
    re.lastIndex = 0;
    const m0 = re.exec(body);
    const k = m0 && m0.index === 0 && m0[0].length ? whichPattern(m0, lex.triggerRe, body) : -1;
    if (k >= 0 && lex.triggers[k].form === 'fronted') pending = { m: m0!, at: dl[0].length, rule: k };
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (pending || (m = re.exec(s))) {
    let ruleIndex: number;
    let at: number;
    if (pending) {
      ({ m, at, rule: ruleIndex } = pending);
      pending = null;
    } else {
      at = m!.index;
      ruleIndex = -1;
    }
    m = m!;
    const word = m[0];
    if (!word.length) { re.lastIndex++; continue; }
    let rule = lex.triggers[ruleIndex >= 0 ? ruleIndex : whichPattern(m, lex.triggerRe, s)];
    let form = rule.form;
    // Checks kept out of the patterns: the combined regex must stay small (see lexicon.ts).
    const near = s.slice(Math.max(0, at - 120), at);
    // "Modi had spoken to him by phone on March 29" is history; "said he had spoken with Boric" and
    // "has spoken with" are news.
    // "The Chancellor had spoken with Zelensky before the call": history told against this story's call.
    if (/^spoken\b/i.test(word) && !SPOKEN_REPORTED.test(near) && !BEFORE_THIS_ONE_AFTER.test(s.slice(at + word.length, at + word.length + 100))) { re.lastIndex = at + 1; continue; }
    // "had proposed a trilateral meeting", "has ruled out talks": another verb stands between.
    if (rule.id === 'held-talks' && HAD_OTHER_VERB.test(word)) { re.lastIndex = at + 1; continue; }
    // "has a stake in summit discussions", "had a role in the talks": the talks are another's thing, not held.
    if (rule.id === 'held-talks' && HAD_A_THING_IN.test(word)) { re.lastIndex = at + 1; continue; }
    // "a video call" / "a phone call" after "held ..." is the call's own trigger, a few words on.
    if (rule.id === 'held-talks' && CALL_NOUN_END.test(word)) { re.lastIndex = at + 1; continue; }
    // "took part, by video link, in the reopening of two checkpoints": a ceremony joined from afar, no call.
    if ((rule.id === 'video-call-noun' || rule.id === 'video-call') && CEREMONY_AFTER.test(s.slice(at + word.length, at + word.length + 40))) { re.lastIndex = at + 1; continue; }
    // "gave the start command by video link to the new rail route", "launched, via video link, the
    // construction of a plant": a ceremony set off from afar, no call.
    if (rule.id === 'video-call-noun' && CEREMONY_BEFORE.test(near)) { re.lastIndex = at + 1; continue; }
    // "Addressing the World Economic Forum in Davos by video link": a speech to a gathering, no call.
    if (rule.id === 'video-call-noun' && ADDRESSED_GATHERING_BEFORE.test(near)) { re.lastIndex = at + 1; continue; }
    // "welcomed U.S. President Donald Trump's announcement": a thing of his, not him.
    if (rule.id === 'received' && /^welcom/i.test(word) && WELCOMED_HIS_THING.test(s.slice(at + word.length, at + word.length + 80))) { re.lastIndex = at + 1; continue; }
    // "the summit that China will host in November", "the Games Paris hosted": the event hosted, no guest received.
    // Unless the guests follow: "a meeting that Stoltenberg hosted with Erdoğan and Kristersson".
    if (rule.id === 'received' && /^host/i.test(word) && EVENT_HOSTED_BEFORE.test(near)
      && !HOSTED_WITH_NAME.test(s.slice(at + word.length, at + word.length + 40))) { re.lastIndex = at + 1; continue; }
    // "the right to host Expo 2030 and the 2034 FIFA World Cup": an event hosted, no guest received.
    if (rule.id === 'received' && /^host/i.test(word) && HOSTED_EVENT_AFTER.test(s.slice(at + word.length, at + word.length + 80))) { re.lastIndex = at + 1; continue; }
    // "with the leaders of Japan, India, Britain and host Canada", "the host country": a title, no reception.
    if (rule.id === 'received' && /^host$/i.test(word) && HOST_TITLE.test(s.slice(Math.max(0, at - 12), at + word.length + 30))) { re.lastIndex = at + 1; continue; }
    // "was hosting X" and "began his talks by receiving X" report a reception; "defends hosting Putin" does not.
    if (rule.id === 'received' && /ing$/i.test(word) && !/\b(?:was|were|is|are|by|after|before|while)\s+$/i.test(near)) { re.lastIndex = at + 1; continue; }
    // "before holding talks at the Mariinsky Palace" reports them; "the idea of holding the talks in Kazakhstan",
    // "views on holding a trilateral meeting" do not.
    if (rule.id === 'held-talks' && /^holding/i.test(word) && !HOLDING_REPORTED_BEFORE.test(near)) { re.lastIndex = at + 1; continue; }
    // "Rubio was received by the Crown Prince" reports a reception; "a webinar hosted by an institute" does not.
    if (rule.id === 'received-by' && !/\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(near)) { re.lastIndex = at + 1; continue; }
    // "The two-day Energy Summit at the convention centre was hosted by President Samia": an event's host, no guest.
    if (rule.id === 'received-by' && /^hosted/i.test(word) && EVENT_WAS_HOSTED_BEFORE.test(s.slice(0, at))) { re.lastIndex = at + 1; continue; }
    // "sat down with Modi", "sat down together"; "Kim and Putin sat down at the guesthouse", "The two
    // ministers ... then sat down to discuss": a pair sitting down. Not "sat down to write" alone.
    if (rule.id === 'sat-down' && /^s[ai]t/i.test(word) && !(SAT_WITH_AFTER.test(s.slice(at + word.length, at + word.length + 60))
      || PAIR_SUBJECT_BEFORE.test(near) || PAIR_SUBJECT_OPENING.test(s))) { re.lastIndex = at + 1; continue; }
    // "The C5+1 ministerial meeting ... brought together A, B and C": one meeting of them all. Not "The
    // forum brought together the Presidents of ...", nor a summit of many; "The Egyptian-European summit" is a pair's.
    if (rule.id === 'brought-together' && (GATHERING_OF_MANY.test(s.slice(0, at)) || LEADERS_OF_AFTER.test(s.slice(at + word.length, at + word.length + 200)))) { re.lastIndex = at + 1; continue; }
    // "co-chaired the AI Action Summit": the hyphen of the verb names no pair of sides.
    if (rule.id === 'held-named-meeting' && CO_VERB_ONLY.test(near)) { re.lastIndex = at + 1; continue; }
    // "during the two-day summit", "a 27-member meeting": the hyphen counts days or members, it names no sides.
    if (rule.id === 'held-named-meeting' && COUNTED_HYPHEN_BEFORE.test(near)) { re.lastIndex = at + 1; continue; }
    // "held a ROK-U.S.-Japan Foreign Ministers' Meeting", "joined X and Y for a three-way summit".
    // Not held: "a tete-a-tete meeting between ..." is still a meeting, read as "met" reads it.
    if (rule.id === 'held-named-meeting' && !HELD_BEFORE.test(near) && !JOINED_FOR_BEFORE.test(s.slice(Math.max(0, at - 300), at))) {
      // "delegation-level talks between Jaishankar and his host": talks reported, as "talks between" is.
      if (/talks$/i.test(word) && /^\s+(?:with|between)\s/i.test(s.slice(at + word.length, at + word.length + 10))) {
        rule = lex.triggers[lex.talksWith]; form = rule.form;
      // "plan for Gaza after talks at the White House": a hyphen earlier ("20-point") named no meeting; the plain noun stays.
      } else if (/^(?:talks|consultations)$/i.test(word)) { rule = lex.triggers[lex.talksNoun]; form = rule.form; }
      else if (!/^meeting$/i.test(word)) { re.lastIndex = at + 1; continue; }
      else { rule = lex.triggers[lex.metRule]; form = rule.form; }
    }
    // "The summit between the EU and Canada took place": two sides' own summit; "a summit with ..." may be of many.
    // "at his first summit with President Donald Trump": one leader's own summit with another is theirs alone.
    if (rule.id === 'talks-with' && /^summit/i.test(word) && !/between$/i.test(word) && !OWN_SUMMIT_BEFORE.test(near)) { re.lastIndex = at + 1; continue; }
    // Not "Kyiv had been seeking the conversation": "had" there is an auxiliary, not the holding of talks.
    if (rule.id === 'held-talks' && HAD_BEEN_VERB.test(word)) { re.lastIndex = at + 1; continue; }
    // Not "discussed how to build on the momentum created by the phone call between Trong and Biden": a call that made something.
    if (rule.id === 'phone-discussed' && MADE_BY_PHONE.test(word)) { re.lastIndex = at + 1; continue; }
    // "In their messages, the Vietnamese leaders expressed their deep sympathy to the Thai Royal Family": written, not said in person.
    if (rule.id === 'conveyed-in-person' && IN_WRITING_BEFORE.test(s.slice(Math.max(0, at - 120), at))) { re.lastIndex = at + 1; continue; }
    // "India-China talks on ...", "the peace talks on ...": talks named, not reported.
    if (rule.id === 'talked-with' && /^talks$/i.test(word) && TALKS_NAMED_BEFORE.test(near)) { rule = lex.triggers[lex.talksNoun]; form = rule.form; }
    // "Rahmon also called to offer his congratulations": a call whose other side the story has named.
    // "received, in separate meetings, H.E. Paul Kagame, ...": the guests after the aside.
    // "hosted the summit, which was attended by A, B and C": its guests, in the relative clause.
    const hostedAttended = rule.id === 'received' && /^hosted$/i.test(word) && HOSTED_ATTENDED_BY.test(s.slice(at + word.length, at + word.length + 90));
    const asideLen = rule.nextName ? (SEPARATE_ASIDE.exec(s.slice(at + word.length, at + word.length + 40)) ?? PLACE_TIME_ASIDE.exec(s.slice(at + word.length, at + word.length + 90)))?.[0].length ?? 0 : 0;
    if (rule.nextName && !NEXT_NAME.test(s.slice(at + word.length + asideLen, at + word.length + asideLen + 40)) && !DELEGATION_NEXT.test(s.slice(at + word.length, at + word.length + 40))
      && !ROLE_GROUP_NEXT.test(s.slice(at + word.length, at + word.length + 60))
      // "was welcomed by his brother and counterpart, President ...".
      && !COUNTERPART_NEXT.test(s.slice(at + word.length, at + word.length + 50))
      && !(rule.id === 'phone-call-verb' && /^\s+to\s/.test(s.slice(at + word.length, at + word.length + 5)))
      // "a meeting that Stoltenberg hosted with Erdoğan and Kristersson": the guests after "with".
      && !(rule.id === 'received' && /^hosted$/i.test(word) && HOSTED_WITH_NAME.test(s.slice(at + word.length, at + word.length + 40)))
      && !hostedAttended) { re.lastIndex = at + 1; continue; }
    // "Welcoming Azerbaijani President Ilham Aliyev, Mirziyoyev ..." opens a reception; "Welcoming his guest,
    // Koshanov recalled ..." goes on with one already told, and "Welcoming the decision, ..." with none.
    if (rule.id === 'fronted-meeting' && /^(?:welcoming|greeting)$/i.test(word) && !WELCOMED_NAME_NEXT.test(s.slice(at + word.length, at + word.length + 30))) { re.lastIndex = at + 1; continue; }
    // "finalised the agreement over lunch at a hotel": an act done over a meal; "a cordial handshake over dinner could not replace" tells of none.
    if (rule.id === 'dined-with' && /^over\b/i.test(word) && !ACT_OVER_MEAL_BEFORE.test(s.slice(Math.max(0, at - 100), at))) { re.lastIndex = at + 1; continue; }
    // "held a working lunch of about one hour with": a meal of some length, with someone; "a lunch of sushi" is not.
    if (rule.id === 'dined-with' && /^\s+of\b/.test(s.slice(at + word.length, at + word.length + 4))
      && !MEAL_LENGTH_WITH.test(s.slice(at + word.length, at + word.length + 50))) { re.lastIndex = at + 1; continue; }
    // "Pakistan calls new U.S. sanctions 'unfortunate'", "called Washington's decision a mistake": calls a thing something.
    if (rule.id === 'phone-call-verb' && CALLS_A_THING.test(s.slice(at + word.length, at + word.length + 60))) { re.lastIndex = at + 1; continue; }
    // "met NATO's guideline of spending 2% of GDP": a standard reached, no one met.
    if (rule.id === 'met' && MET_A_STANDARD.test(s.slice(at + word.length, at + word.length + 60))) { re.lastIndex = at + 1; continue; }
    // "met his elder brother Nawaz Sharif": family, not a counterpart.
    if (rule.id === 'met' && KIN_NEXT.test(s.slice(at + word.length, at + word.length + 40))) { re.lastIndex = at + 1; continue; }
    // "the intergovernmental commission that met in Tashkent": a body in session.
    if (rule.id === 'met' && BODY_THAT_BEFORE.test(s.slice(Math.max(0, at - 60), at))) { re.lastIndex = at + 1; continue; }
    // "meeting" is a verb at the head of a clause ("Meeting Nurtleu, Jaishankar ...") and a noun after a determiner.
    if (rule.id === 'met' && /^meeting$/i.test(word)) {
      const before = s.slice(Math.max(0, at - 40), at);
      if (at === 0) form = 'fronted';
      // "opened with a tete-a-tete meeting between Japarov and Rahmon", "the trilateral meeting of A, B and C" report one.
      // Not "frozen after a heated Oval Office meeting between Trump and Zelensky": an earlier one, named.
      else if (MEETING_BETWEEN_AFTER.test(s.slice(at + word.length, at + word.length + 40))
        && !EARLIER_ONE_BEFORE.test(before)) form = 'verb';
      // "The Minister then accompanied President Boric to a bilateral meeting with the President of Paraguay".
      else if (/^\s+with\b/.test(s.slice(at + word.length, at + word.length + 6)) && ACCOMPANIED_TO_BEFORE.test(s.slice(Math.max(0, at - 100), at))) form = 'verb';
      // A meeting "with" someone that was held: "broke off for a separate meeting with Michel", "had begun
      // the day with a breakfast meeting with the Commerce Adviser", "made a stopover in Panama and used
      // it for a bilateral meeting with the foreign minister".
      else if (/^\s+with\b/.test(s.slice(at + word.length, at + word.length + 6))
        && (/\b(?:a|another) separate\s+$/i.test(before) || BEGAN_WITH_BEFORE.test(before) || TOOK_PART_IN_BEFORE.test(before) || USED_IT_FOR.test(s.slice(Math.max(0, at - 140), at))
          // "formally conveyed his government's decision during a meeting with Acting Foreign Minister Muttaqi".
          || USED_A_BEFORE.test(before) || TRIP_FOR_A_BEFORE.test(s.slice(Math.max(0, at - 240), at))
          || (DURING_A_BEFORE.test(before) && at > 0 && PAST_ACT_BEFORE.test(s.slice(Math.max(0, at - 120), at))))) form = 'verb';
      else if (sent.heading && sent.index === 0 && at + word.length >= s.trimEnd().length - 1 && IN_HEADLINE_BEFORE.test(before) && !HEADLINE_PLAN.test(s.slice(0, at))) form = 'verb';
      // "The Chinese leader's third meeting of the day was with Turkmen President ...": one of a roundup's.
      else if (MEETING_WAS_WITH_AFTER.test(s.slice(at + word.length, at + word.length + 40))) form = 'verb';
      // "The meeting, hosted by Turkish Foreign Minister Hakan Fidan on the sidelines of ...": the meeting just told, and its host.
      else if (at <= 20 && /^the\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(0, at)) && HOSTED_BY_AFTER.test(s.slice(at + word.length, at + word.length + 30))) form = 'verb';
      else if (/^(?:meeting|talks)$/i.test(word) && WITH_WHICH_WENT_AFTER.test(s.slice(at + word.length, at + word.length + 120))) form = 'verb';
      else if (DETERMINER_BEFORE.test(before) || !/(?:^|[,;]\s*|\b(?:after|before|while|when|by)\s+)$/i.test(before)) form = 'noun';
    }
    // "was preceded on Sunday by talks in Nairobi between the Cabinet Secretary ... and ...": talks held, with
    // their place between the word and those who held them.
    if (rule.id === 'talks-noun' && /^(?:talks|negotiations|consultations)$/i.test(word) && TALKS_IN_PLACE_BETWEEN.test(s.slice(at + word.length, at + word.length + 60))
      && !EARLIER_ONE_BEFORE.test(s.slice(Math.max(0, at - 40), at))) form = 'verb';
    // A meeting's noun, "talks" or "meeting", after the sentence's first word: the rules below may read it as held.
    const meetingNoun = (rule.id === 'talks-noun' || rule.id === 'met') && at > 0 && /^(?:talks|meeting)$/i.test(word);
    // "The visit opened on Friday with delegation-level talks between Jaishankar and his host": reported
    // as "a meeting between" is (see 'met'), unless an earlier one is named ("after talks between ...").
    // "Geir Pedersen's talks in the Syrian capital with Sharaa ... were the Norwegian diplomat's first": one
    // person's talks with another, told as held.
    if (meetingNoun && PERSON_POSSESSIVE_BEFORE.test(s.slice(Math.max(0, at - 40), at))
      && IN_PLACE_WITH_AFTER.test(s.slice(at + word.length, at + word.length + 60)) && HELD_PREDICATE_AFTER.test(s.slice(at + word.length, at + word.length + 200))) form = 'verb';
    // "Netanyahu endorsed the plan after talks at the White House on Monday": talks the act followed.
    // So "sealed the deal after about an hour of talks at Trump's Turnberry golf resort".
    // So too "... announced on Monday after their bilateral meeting at Malacañang Palace".
    if (meetingNoun && AFTER_TALKS_BEFORE.test(s.slice(Math.max(0, at - 60), at))
      && AT_PLACE_AFTER.test(s.slice(at + word.length, at + word.length + 30))
      && (PAST_ACT_BEFORE.test(s.slice(Math.max(0, at - 120), at)) || PAST_ACT_DURING_BEFORE.test(s.slice(Math.max(0, at - 250), at)))) form = 'verb';
    // "The courtesy call followed Park's meeting on Monday with Foreign Minister Hayashi": the story's earlier meeting.
    const followedOne = meetingNoun && FOLLOWED_ONES_BEFORE.test(s.slice(Math.max(0, at - 60), at))
      && DAY_THEN_WITH_AFTER.test(s.slice(at + word.length, at + word.length + 40));
    if (followedOne) form = 'verb';
    // "The delegations agreed to exchange prisoners after their first direct talks in three years, held on Friday at
    // Dolmabahçe Palace": the talks the act followed, told as held.
    if (meetingNoun && AFTER_THEIR_BEFORE.test(s.slice(Math.max(0, at - 50), at))
      && HELD_ON_AFTER.test(s.slice(at + word.length, at + word.length + 90))) form = 'verb';
    // "Marcos and Yoon explored cooperation in nuclear energy, infrastructure and defense during their first
    // bilateral meeting on the sidelines", "Trudeau confronted Xi over ... during a short conversation": the
    // meeting the act was done in, held.
    if ((rule.id === 'talks-noun' || rule.id === 'met') && /^(?:talks|meeting|conversation)$/i.test(word) && at > 0 && DURING_THEIR_BEFORE.test(s.slice(Math.max(0, at - 40), at))
      && PAST_ACT_DURING_BEFORE.test(s.slice(Math.max(0, at - 250), at))) form = 'verb';
    // "Suica presented the package on Wednesday in talks in Damascus with interim President al-Sharaa".
    if (rule.id === 'talks-noun' && /^talks$/i.test(word) && at > 0 && /\b(?:in|during|at)\s+$/i.test(s.slice(Math.max(0, at - 8), at))
      && IN_CITY_WITH_AFTER.test(s.slice(at + word.length, at + word.length + 40)) && PAST_ACT_BEFORE.test(s.slice(Math.max(0, at - 120), at))) form = 'verb';
    if (rule.id === 'talks-noun' && /^(?:talks|negotiations|discussions|consultations)$/i.test(word) && at > 0
      && BETWEEN_NAME_AFTER.test(s.slice(at + word.length, at + word.length + 30))
      && !OTHER_TALKS_BEFORE.test(s.slice(Math.max(0, at - 60), at))) form = 'verb';
    if (rule.id === 'talks-noun' && /^(?:talks|negotiations|consultations)$/i.test(word)
      && SAID_AFTER_BEFORE.test(s.slice(Math.max(0, at - 40), at)) && AT_A_PLACE_AFTER.test(s.slice(at + word.length, at + word.length + 12))) form = 'verb';
    // "took part in talks with the Tajik and Uzbek presidents": talks he joined, held.
    if (rule.id === 'talks-noun' && /^(?:talks|negotiations|discussions)$/i.test(word)
      && /^\s+with\b/.test(s.slice(at + word.length, at + word.length + 6)) && TOOK_PART_IN_BEFORE.test(s.slice(Math.max(0, at - 40), at))) form = 'verb';
    // "called him later on Monday" phones; "called him a friend" names.
    if (rule.id === 'phone-call-verb' && /^\s+(?:him|her)\b/i.test(s.slice(at + word.length, at + word.length + 6))
      && !CALLED_HIM_WHEN.test(s.slice(at + word.length, at + word.length + 60))) { re.lastIndex = at + 1; continue; }
    // "called Egypt a critical mediator": named it so, did not phone it.
    if (rule.id === 'phone-call-verb' && CALLED_IT_SO.test(s.slice(at + word.length, at + word.length + 60))) { re.lastIndex = at + 1; continue; }
    // "called Lula's commitment ... very good news" judges a thing; "called Biden's envoy" phones a person.
    if (rule.id === 'phone-call-verb' && calledSomethingOf(s.slice(at + word.length, at + word.length + 60))) { re.lastIndex = at + 1; continue; }
    // A courtesy call is paid in person: "received a courtesy call (at the Prime Minister's Office) from ...".
    let kind = rule.kind;
    if ((rule.id === 'call-from' || (rule.id === 'talks-noun' && /^call$/i.test(word))) && COURTESY_BEFORE.test(near)) { kind = 'meeting'; form = 'verb'; }
    // "followed up on Sunday with separate calls to Thai Foreign Minister Maris and to Prak Sokhonn": calls placed to people.
    else if (rule.id === 'talks-noun' && /^calls?$/i.test(word) && CALLS_TO_AFTER.test(s.slice(at + word.length, at + word.length + 40)) && CALLS_PLACED_BEFORE.test(near)) { kind = 'phone_call'; form = 'verb'; }
    // "Partway through the session, Mr. Trump stepped out to call Mr. Putin": the verb, done on leaving the room.
    else if (rule.id === 'talks-noun' && /^call$/i.test(word) && STEPPED_OUT_TO_BEFORE.test(s.slice(Math.max(0, at - 100), at)) && NAMED_NEXT.test(s.slice(at + word.length, at + word.length + 12))) { kind = 'phone_call'; form = 'verb'; }
    // "Shoigu also held a call the same day with Austin": a call held is a telephone call ("a call for calm" is not one).
    else if (rule.id === 'talks-noun' && /^calls?$/i.test(word) && !/^\s+(?:for|to|from|on|upon)\b/i.test(s.slice(at + word.length, at + word.length + 6))) {
      // "In his call with the Prime Minister, ...": a call named is a telephone one.
      kind = 'phone_call';
      if (HELD_A_CALL_BEFORE.test(near)) form = 'verb';
    }
    // "took a stream of condolence calls on Monday from world leaders": calls on a day, not a call paid on someone.
    // "EU foreign ministers held a call on Monday": a call held on a day, no courtesy call on anyone.
    if (rule.id === 'called-on' && /^calls? on$/i.test(word) && CALL_DAY_NEXT.test(s.slice(at + word.length, at + word.length + 16))) {
      if (/^call on$/i.test(word) && HELD_A_BEFORE.test(s.slice(Math.max(0, at - 30), at))) { re.lastIndex = at + 1; continue; }
      kind = 'phone_call';
      form = 'verb';
    }
    // "called on Beijing to halt ..." urges; "called on the King to deliver a message" visits.
    if (rule.id === 'called-on' && urges(undot(s.slice(at + word.length, at + word.length + 80)))) { re.lastIndex = at + 1; continue; }
    // "the AI Action Summit, which Macron co-chaired with Modi", "co-chaired the Global Forum": a gathering
    // of many chaired by two, not a meeting of the two. "co-chaired the India-Japan Annual Summit" is theirs.
    if (rule.id === 'co-chaired' && (MANY_SIDED_EVENT_WHICH.test(s.slice(Math.max(0, at - 120), at)) || MANY_SIDED_EVENT_NEXT.test(s.slice(at + word.length, at + word.length + 80)))) { re.lastIndex = at + 1; continue; }
    // "has concluded his state visit to Mongolia", "wrapped up an official visit to Japan": the visit took place.
    if (rule.id === 'state-visit-noun' && TO_NAME_AFTER.test(s.slice(at + word.length, at + word.length + 6))
      && VISIT_DONE_BEFORE.test(s.slice(Math.max(0, at - 50), at))) form = 'verb';
    // "With Dutch Foreign Minister David van Weel, the Kazakh minister reviewed ...": one more item of a roundup.
    if (rule.id === 'fronted-talks' && /^with$/i.test(word) && !FRONTED_WITH.test(s.slice(at + word.length, at + word.length + 200))) { re.lastIndex = at + 1; continue; }
    // "spent more than two hours with the Crown Prince" meets; "spent the summer with his family" does not.
    // "spent Tuesday on the telephone with leaders of Muslim countries": calls, all day.
    const spentOnPhone = rule.id === 'sat-down' && /^spent$/i.test(word) && SPENT_ON_PHONE.test(s.slice(at + word.length, at + word.length + 60));
    if (rule.id === 'sat-down' && /^spent$/i.test(word) && !spentOnPhone && !SPENT_TIME.test(s.slice(at + word.length, at + word.length + 40))) { re.lastIndex = at + 1; continue; }
    if (spentOnPhone) kind = 'phone_call';
    // "met virtually today with Prime Minister Modi": a meeting over a video link.
    if (kind === 'meeting' && rule.id === 'met' && VIRTUALLY_NEXT.test(s.slice(at + word.length, at + word.length + 12))) kind = 'video_call';
    // "aid had been frozen after a heated Oval Office meeting between ...": what followed an earlier meeting.
    if (rule.id === 'talks-phrase' && /\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b[^.;]{0,60}\b(?:after|following)\s+[^.;]{0,60}$/.test(near)) { re.lastIndex = at + 1; continue; }
    // "witnessed the exchange of five memorandums of understanding": documents signed before them; not an exchange of views.
    if (rule.id === 'signed-together' && !/^s|^in|^put/i.test(word) && /^ the exchange/i.test(s.slice(at + word.length, at + word.length + 14))
      && !EXCHANGE_OF_DOCUMENTS.test(s.slice(at + word.length, at + word.length + 80))) { re.lastIndex = at + 1; continue; }
    // "a land expropriation law signed by President Ramaphosa in January": a law signed at home, no meeting.
    if (rule.id === 'signed-together' && DOMESTIC_ACT_BEFORE.test(s.slice(Math.max(0, at - 40), at))) { re.lastIndex = at + 1; continue; }
    // "remarks he made during his visit to China": what was said on a visit, not a visit made.
    if (rule.id === 'visited' && /^made\s.*\bduring\b/i.test(word)) { re.lastIndex = at + 1; continue; }
    // "visited the Center of Islamic Civilization", "visits a car plant": a site seen on a trip, no one met.
    if (rule.id === 'visited' && /^visit/i.test(word) && SITE_AFTER.test(s.slice(at + word.length, at + word.length + 80))) { re.lastIndex = at + 1; continue; }
    // "making China the first neighbour he visits since returning to office": which country, not a visit told.
    if (rule.id === 'visited' && /^visit/i.test(word) && RANKED_VISIT_BEFORE.test(s.slice(Math.max(0, at - 60), at))) form = 'noun';
    // "reciprocal visits of the two heads of state", "the visits by ministers": visits named, a noun.
    if (rule.id === 'visited' && /^visits$/i.test(word) && (VISITS_NOUN_BEFORE.test(s.slice(Math.max(0, at - 30), at)) || /^\s+(?:of|by)\b/.test(s.slice(at + word.length, at + word.length + 5)))) form = 'noun';
    // "the talks with Modi would chart ..." names talks, it does not report them.
    // Not "Putin acknowledged at talks with Aliyev in Dushanbe": what was said at them tells of the talks.
    // Not "opened with more than five hours of talks between Blinken and Qin": talks measured were held.
    if (rule.id === 'talks-with' && at > 0 && DETERMINER_BEFORE.test(s.slice(Math.max(0, at - 30), at)) && !SAID_AT_BEFORE.test(s.slice(Math.max(0, at - 40), at))
      && !LENGTH_OF_BEFORE.test(s.slice(Math.max(0, at - 30), at)) && !(/^summit/i.test(word) && AT_OWN_SUMMIT_BEFORE.test(near))) form = 'noun';
    // "Before his talks with President Zelenskyy, he laid flowers at a church in Bucha": the talks the day went on to.
    if (rule.id === 'talks-with' && form === 'noun' && FRONTED_TALKS_OPENING.test(s.slice(0, at)) && PAST_MAIN_AFTER.test(s.slice(at + word.length, Math.min(s.length, at + word.length + 160)))) form = 'fronted';
    // "His talks with Mr. Modi at Hyderabad House were followed by ...": the talks, opening the sentence, told as held.
    if (rule.id === 'talks-with' && form === 'noun' && /^(?:talks|meeting)\s+with$/i.test(word) && PRONOUN_POSSESSIVE_OPENING.test(s.slice(0, at))
      && /^\s+(?:\p{Lu}|the\s)/u.test(s.slice(at + word.length, at + word.length + 6)) && HELD_PREDICATE_AFTER.test(undot(s.slice(at + word.length, at + word.length + 200)))) form = 'verb';
    clauses ??= clausesOf(s);
    let [cs, ce] = clauseBounds(clauses, s.length, at);
    // "had a 15-minute exchange with Biden, who had met Xi the day before": a relative clause after the
    // trigger's people tells of someone else's act. A fronted phrase's subject comes after it, though.
    if (form !== 'fronted') {
      const rel = clauses.relative[firstAtLeast(clauses.relative, at + word.length, spanStart)];
      if (rel && rel[0] < ce) ce = rel[0];
    }
    // "Luxon and Kishida agreed to ..., after talks in Tokyo on Wednesday evening": talks that name no one
    // are the main clause's, whose subject held them.
    if (cs > 0 && AFTER_BARE_BEFORE.test(s.slice(cs, at)) && !WITH_OR_BETWEEN_NEXT.test(s.slice(at + word.length, at + word.length + 12))) {
      const b = clauses.boundaries.find((x) => x[1] === cs);
      if (b) cs = clauseBounds(clauses, s.length, b[0])[0];
    }
    // "received, in separate meetings, A, President of X; B, Prime Minister of Y; ...": the whole list.
    if (asideLen > 0) ce = s.length;
    // The guests of "hosted the summit, which was attended by A, B and C" are in the relative clause.
    if (hostedAttended) ce = s.length;
    // "received two guests at the Merdeka Palace, Jakarta: A and B": the receiver and the guests listed.
    if (rule.id === 'received' && GUESTS_COUNTED_NEXT.test(s.slice(at + word.length, at + word.length + 90))) { cs = 0; ce = s.length; }
    // "It was signed for the EFTA states by A, Federal Councillor ...; B, Minister ...; and C": the signatories, listed.
    if (rule.id === 'signed-together' && SIGNED_BY_LIST.test(s.slice(at + word.length, at + word.length + 60))) ce = s.length;
    // Prose clauses are a few hundred characters; text without punctuation is one "clause" of any
    // length, and every trigger in it would take every name in it as a party.
    cs = Math.max(cs, at - MAX_CLAUSE_REACH);
    ce = Math.min(ce, at + word.length + MAX_CLAUSE_REACH);
    // Only the words near the trigger decide its mood; long look-behinds would cost time for nothing.
    // "recalled that when Mr. Modi telephoned": an abbreviation's full stop ends no clause.
    const before = undot(s.slice(Math.max(cs, at - 140), at));
    let after = undot(s.slice(at + word.length, Math.min(ce, at + word.length + 120)));
    // "Meeting Mirziyoyev, Xi recalled that the two had met last year": the fronted phrase ends at its
    // comma, and what the main clause recalls is another meeting.
    if (form === 'fronted') after = after.slice(0, after.search(/,|$/));
    let status: TriggerStatus = 'happened';
    let weak = false;
    // "flatly denied a newspaper report that its envoy had held a secret meeting with ...": a meeting denied.
    if (lex.negationBefore.test(before) || DENIED_REPORT_BEFORE.test(s.slice(Math.max(0, at - 260), at))) status = 'negated';
    // "agreed to raise investment after talks between Aliyev and Sharif": the talks came first.
    else if (TALKS_ORDER_WORD.test(before) && AFTER_TALKS_DECIDED.test(before)) status = 'happened';
    else if (rule.id === 'talks-noun' && form === 'verb' && SAID_AFTER_BEFORE.test(before)) status = 'happened';
    else if (lex.futureBefore.test(before) || lex.infinitiveBefore.test(before) && !/\b(?:in order|so as|went on|goes on|go on|proceeded|moved on)\s+to\s+$/i.test(before) && !STEPPED_OUT_TO_BEFORE.test(before) && !USED_IT_TO.test(before) && !FIRST_TO_BEFORE.test(before) && !TRIP_MADE_TO.test(before) && !TRIP_TO_PLACE_BEFORE.test(before) && form === 'verb') status = 'planned';
    // "The meeting between Putin and Trump in Alaska will begin at 11:30": the noun of the 'met' rule too.
    else if ((form !== 'verb' || /^meetings?$/i.test(word)) && lex.futureAfter.test(after)) status = 'planned';
    // "Talks with A, B and C are planned for Wednesday": opening the sentence, the talks are its subject, not a fronted phrase.
    else if (form === 'fronted' && at === 0 && SUBJECT_PLANNED_AFTER.test(undot(s.slice(at + word.length, Math.min(ce, at + word.length + 200))))) status = 'planned';
    // "Putin's talks with Xi are scheduled for Tuesday", "talks with Stockholm would continue": named talks put ahead.
    // The talks' sides may take more words than `after` holds: "talks between Canada's Minister of
    // International Trade Dominic LeBlanc and U.S. Secretary of Commerce Howard Lutnick will be intensified".
    else if (rule.id === 'talks-with' && lex.futureAfter.test(` ${TALKS_LAST_WORD.exec(word)?.[0] ?? ''}${form === 'fronted' ? after : undot(s.slice(at + word.length, Math.min(ce, at + word.length + 170)))}`)) status = 'planned';
    // "told Trump in a telephone conversation on Tuesday that India had paused ... last month": a day
    // named first, right after the trigger, is its own; a past date further on is what was said.
    else if ((lex.recallBefore.test(before) && !(before.includes('whose') && !lex.recallBefore.test(before.replace(ASIDE_CAME_AFTER, ', '))))
      || (lex.recallAfter.test(after) && !OWN_DAY_FIRST.test(after))) status = 'recalled';
    else if (lex.recallWeakBefore.test(before)) weak = true;
    // What the story's own act followed is of the story, however far back its date (read later) puts it.
    if (status === 'recalled' && followedOne) status = 'happened';
    // "has accepted an invitation to attend COP29, following talks with Sharifov on Thursday": the talks
    // that came before, whatever the clause ahead of them plans.
    if (status === 'planned' && FOLLOWING_AFTER_COMMA.test(s.slice(Math.max(0, at - 30), at))) status = 'happened';
    // "told Biden on Wednesday that he would strengthen the alliance, in phone talks that marked ...": the talks
    // the telling was done in, whatever the words told promise.
    if (status === 'planned' && IN_AFTER_COMMA.test(s.slice(Math.max(0, at - 20), at)) && TOLD_THAT_BEFORE.test(s.slice(0, at))) status = 'happened';
    if (status === 'happened' && form === 'verb' && BARE_VERB.test(word) && FUTURE_LIST_BEFORE.test(s.slice(Math.max(0, at - 250), at))) status = 'planned';
    // "The programme includes an official welcome ceremony in London, a state banquet ..., and talks with Prime
    // Minister Keir Starmer": every item of a visit's programme is ahead, however long the list.
    if (status === 'happened' && PROGRAMME_OPENING.test(s) && !sent.heading) status = 'planned';
    // "will visit Washington from February 6 to 8 and hold his first summit meeting with Trump": the verb that holds the meeting is the list's.
    if (status === 'happened' && rule.id === 'held-named-meeting') {
      const hold = BARE_HOLD_BEFORE.exec(s.slice(Math.max(0, at - 80), at));
      const vAt = hold ? Math.max(0, at - 80) + hold.index : -1;
      if (hold && FUTURE_LIST_BEFORE.test(undot(s.slice(Math.max(0, vAt - 250), vAt)))) status = 'planned';
    }
    // "will hold separate talks with A and B on Sunday, before the three leaders sit down together": the next step of the plan.
    if (status === 'happened' && form === 'verb' && BARE_VERB.test(word) && found.some((f) => f.status === 'planned')
      && TIME_CLAUSE_BEFORE.test(s.slice(Math.max(0, at - 60), at))) status = 'planned';
    // "Tsai will later attend a ceremony ... before flying on to Belize for talks with Briceño": talks a trip still ahead is for.
    if (status === 'happened' && TRIP_FOR_BEFORE.test(near) && FUTURE_EARLIER.test(s.slice(0, at))) status = 'planned';
    // "In recent years Astana has received the leaders of Togo, ...": a record, no meeting of this story.
    if (status === 'happened' && form !== 'noun' && RECENT_YEARS_OPENING.test(s) && RECENT_YEARS_BEFORE.test(s.slice(0, at))) status = 'recalled';
    // "The two presidents will also address the plenary session of the forum via video link", "Xi could hold his
    // first conversation with Zelensky after the Moscow visit, probably by video link": the means of an act
    // ahead, its modal far back in the sentence.
    if (status === 'happened' && (rule.id === 'video-call-noun' || rule.id === 'video-call') && MEANS_BEFORE.test(near) && MODAL_FAR_BEFORE.test(undot(s.slice(Math.max(0, at - 220), at)))) status = 'planned';
    // "Scholz and Xi have so far spoken only by video link": a tally of the past, no call of this story.
    if (status === 'happened' && form !== 'noun' && SO_FAR_BEFORE.test(s.slice(Math.max(0, at - 40), at))) status = 'recalled';
    // "have held no defence talks at ministerial level": none held.
    if (status === 'happened' && rule.id === 'held-talks' && /\sno\s/i.test(word)) status = 'negated';
    // "A meeting between Xi and Sunak, confirmed only on Tuesday, was cancelled on Wednesday".
    if (status === 'happened' && form !== 'fronted' && CANCELLED_AFTER.test(undot(s.slice(at + word.length, at + word.length + 120)))) status = 'negated';
    // "he had spoken several times by phone with the presidents of Russia and Ukraine": contacts over time.
    // Read from the verb's end: "spoken several times by phone" may be one trigger.
    const verb = /^(?:spoken|spoke|talked|met)\b/i.exec(word);
    if (status === 'happened' && verb && REPEATEDLY_AFTER.test(s.slice(at + verb[0].length, at + word.length + 160))) status = 'recalled';
    // "North Korea shuts door on talks with Japan", "rejected talks with": talks refused.
    if (status === 'happened' && REFUSED_BEFORE.test(s.slice(Math.max(0, at - 30), at))) status = 'negated';
    if (status === 'happened' && rule.id === 'visited' && /^arriv/i.test(word) && ARRIVED_THEN_PLANNED.test(after)) status = 'planned';
    if (status === 'happened' && AHEAD_OF_BEFORE.test(s.slice(Math.max(0, at - 50), at))) status = 'planned';
    // "The ministers meet in plenary session today": the body's present tense with a day to come is the day's schedule.
    if (status === 'happened' && !sent.heading && /^meets?$/i.test(word) && SCHEDULE_DAY.test(s.slice(at + word.length, at + word.length + 80))) status = 'planned';
    // "Lee has already held phone talks with Trump and Ishiba since taking office": contacts summed up over a term.
    // Not "on his first visit to Ukraine since taking office": that one is told.
    if (status === 'happened' && form !== 'fronted' && SINCE_OFFICE_AFTER.test(after) && PERFECT_BEFORE.test(before + word) && !/\bfirst\b/i.test(after)) status = 'recalled';
    if (status === 'happened' && form !== 'fronted' && PAST_PERFECT_IN.test(before)) status = 'recalled';
    // "Milei, who clashed with the pontiff before taking office but later met him at the Vatican, declared ...":
    // a life told in a relative clause.
    if (status === 'happened' && form === 'verb' && WHO_LATER_BEFORE.test(s.slice(Math.max(0, at - 120), at))) status = 'recalled';
    // "plans to travel to Paris ... and to go on to Warsaw later the same day for talks with Tusk": a trip planned for them.
    if (status === 'happened' && rule.id === 'talks-with' && TRIP_PLANNED_FOR_BEFORE.test(s.slice(Math.max(0, at - 100), at))) status = 'planned';
    // "the momentum created by the phone call between Trong and Biden on 29 March": an earlier contact the talks built on.
    if (status === 'happened' && form !== 'fronted' && MADE_BY_BEFORE.test(s.slice(Math.max(0, at - 50), at))) status = 'recalled';
    // "A bilateral meeting between President Boric and Arce, which had been scheduled for the same day, could not take place."
    if (status === 'happened' && /^(?:meeting|talks|summit|visit)$/i.test(word) && CALLED_OFF_AFTER.test(s.slice(at, Math.min(s.length, at + 200)))) status = 'negated';
    // "in his phone conversations with Putin he had urged him ...": several calls with one person, summed up.
    if (status === 'happened' && rule.id === 'phone-held' && /s$/i.test(word) && HIS_CALLS_BEFORE.test(s.slice(Math.max(0, at - 40), at))) status = 'recalled';
    // "will ... co-chair the sixth meeting of the Council": the meeting is the planned verb's object.
    const last = found[found.length - 1];
    if (status === 'happened' && last && last.status === 'planned' && last.form === 'verb' && sent.start + at - last.end <= 30
      && !/[,;]/.test(s.slice(last.end - sent.start, at))) status = 'planned';
    // "no date had yet been set for a meeting between Putin and Trump": a meeting still to be fixed.
    if (status === 'happened' && DATE_NOT_SET_BEFORE.test(s.slice(Math.max(0, at - 80), at))) status = 'planned';
    // "it was 80 years this month since President Roosevelt met King Abdulaziz": an anniversary's event.
    if (status === 'happened' && YEARS_SINCE_BEFORE.test(s.slice(Math.max(0, at - 120), at))) status = 'recalled';
    // "A and B most recently met in Dubai in December 2023, while His Highness held talks with Starmer in Paris in
    // the summer" and "was arranged following the call between A and B on February 12, and after C and D spoke by
    // phone": the other half of the same recollection.
    if (status === 'happened' && last?.status === 'recalled' && form !== 'noun' && WHILE_CLAUSE_BEFORE.test(s.slice(last.end - sent.start, at))) status = 'recalled';
    // "The previous round of talks took place in Berlin on 28 February and was hosted by Baerbock": what the
    // recalled talks were, told on.
    if (status === 'happened' && last?.status === 'recalled' && AND_WAS_BETWEEN.test(s.slice(last.end - sent.start, at))) status = 'recalled';
    // "the leaders would meet in the Far East ..., with talks between the two delegations followed by ...":
    // what the planned meeting will hold.
    if (status === 'happened' && last?.status === 'planned' && rule.id === 'talks-with' && /\b(?:with|including)\s+(?:[\w-]+\s+){0,2}$/i.test(s.slice(Math.max(0, at - 30), at))) status = 'planned';
    // "announced his support the day after he and Rutte met in Brussels": a meeting the story counts from.
    // But "The call came a day after Doval called on Putin at the Kremlin": the story's news, one day apart,
    // told with its own verb (not "a day after the two leaders' talks with the premier").
    // Read only where a status hangs on it: most triggers have neither a recall nor a "day after" before them.
    const dayApart = (): boolean => form === 'verb' && CAME_JUST_AFTER.test(before) && !/^(?:talks|meetings?|summit|conversation|call|discussions)\b/i.test(word) && !lex.recallAfter.test(after);
    if (status === 'recalled' && dayApart()) status = 'happened';
    if (status === 'happened' && form !== 'noun' && ((DAY_AFTER_BEFORE.test(before) && !dayApart()) || DAYS_AFTER_TRIP_WHERE.test(s.slice(Math.max(0, at - 180), at)))) status = 'recalled';
    // "the Casa Rosada is seeking to arrange a first meeting between Milei and Xi": one wished for.
    // "briefed him on ..., including his talks in Moscow with Witkoff", "the results of his talks with X": another
    // contact, told as what was briefed.
    // "implement the common understandings reached by Xi and Trump in their phone conversation on Friday": an
    // earlier contact whose outcome is being carried out.
    if (status === 'happened' && REACHED_IN_BEFORE.test(s.slice(Math.max(0, at - 160), at))) status = 'recalled';
    if (status === 'happened' && /^(?:talks|meeting|conversation|contacts)(?: with)?$/i.test(word) && BRIEFED_ON_HIS_BEFORE.test(s.slice(Math.max(0, at - 60), at))) status = 'recalled';
    // Not "used a hastily arranged Oval Office meeting": the participle describes one held.
    if (status === 'happened' && rule.id === 'met' && /^meeting$/i.test(word) && ARRANGE_BEFORE.test(s.slice(Math.max(0, at - 60), at))
      && !ARRANGED_ADJECTIVE_BEFORE.test(s.slice(Math.max(0, at - 60), at))) status = 'planned';
    // "During that period Herath hosted Jaishankar ...; Jaishankar also called on the President": the
    // next act of a recalled visit is history too.
    if (status === 'happened' && last && last.status === 'recalled' && ALSO_BEFORE.test(s.slice(Math.max(0, at - 12), at))) status = 'recalled';
    // "Modi to co-chair AI summit in Paris, then meet Trump": the next step of a plan is planned too.
    if (status === 'happened' && last?.status === 'planned' && cs > 0
      && /^\s*(?:and\s+)?(?:then|later)\b/i.test(s.slice(cs, cs + 12))) status = 'planned';
    // "flying in from Indonesia, where he had held talks with ...": the stop before this one.
    if (status === 'happened' && /^had\s/i.test(word) && WHERE_SUBJECT_BEFORE.test(before)) status = 'recalled';
    // "He arrived on Thursday from Bali, where he attended the G20 and held talks with Biden": so too without "had".
    if (status === 'happened' && ARRIVED_FROM_WHERE.test(s.slice(Math.max(0, at - 220), at))) status = 'recalled';
    // "During a phone conversation with Biden on July 28, Chinese President Xi Jinping had warned that ...": the
    // past perfect of the clause it opens tells it as background to the news.
    if (status === 'happened' && form === 'fronted' && FRONTED_THEN_HAD.test(s.slice(at + word.length, at + word.length + 200))) status = 'recalled';
    // "In mid-February, the Chancellor had travelled to Kyiv and Moscow, where he held talks with Zelensky and Putin":
    // the trip told in the past perfect, and what was done on it.
    // Not "A day before, on Tuesday, the foreign minister had flown to Ankara, where she met her Turkish
    // counterpart": a day of the story's own week, told in order.
    if (status === 'happened' && HAD_TRAVELLED_WHERE.test(s.slice(Math.max(0, at - 200), at)) && !RECENT_DAY_IN.test(s)) status = 'recalled';
    // "came a week after Yunus's visit to China, where he held talks with Xi", "after a period in which
    // Prabowo held talks abroad": what happened on an earlier trip or in an earlier time.
    if (status === 'happened' && EARLIER_STAY_BEFORE.test(s.slice(Math.max(0, at - 200), at))) status = 'recalled';
    // "Earlier this month Dar welcomed Faisal, who came following Sharif's meeting with the Crown
    // Prince": what came before a recalled event is history too.
    if (status === 'happened' && rule.id === 'talks-phrase' && found.some((f) => f.status === 'recalled') && /\b(?:after|following)\b/i.test(near)) status = 'recalled';
    // "the hope that the ongoing talks between Russia and Ukraine would open a path to peace": a process, no meeting told.
    // Passed over, not set aside as another event: what is said about it ("voiced support for the ongoing talks") is the meeting's.
    if (PROCESS_BEFORE.test(s.slice(Math.max(cs, at - 12), at))) { re.lastIndex = at + 1; continue; }
    // "Iran and the US have held three rounds of indirect talks since April 12": a count of past rounds, none of them told.
    if (status === 'happened' && ROUNDS_HELD_BEFORE.test(s.slice(Math.max(cs, at - 100), at))) status = 'recalled';
    // "Wang recalled that after the Congress last year, Xi invited Trong to China, and the two leaders mapped out
    // ... during their talks in Beijing": all a recollection holds is history, however long it runs.
    if (status === 'happened' && cs < at - 140 && s.includes('recall') && RECALLED_THAT.test(s.slice(cs, at - 140))) status = 'recalled';
    // "Jaishankar, who arrived on Sunday": an arrival told in passing is no visit reported.
    if (rule.id === 'visited' && /^arriv/i.test(word) && /,\s+who\s+(?:\w+\s+)?$/i.test(near)) form = 'noun';
    found.push({
      id: rule.id, kind, form, start: sent.start + at, end: sent.start + at + word.length, status,
      clauseStart: sent.start + cs, clauseEnd: sent.start + ce, weakRecall: weak,
    });
  }
  if (found.length > 1) splitVerbList(found, s, sent.start);
  // "Following the virtual meeting, Blinken and Austin will host Jaishankar and Singh": the meeting told
  // before, named to date what is still to come.
  if (found.length > 1 && found[0].status === 'happened' && found.slice(1).some((t) => t.status === 'planned')) {
    const lead = ANAPHORIC_LEAD.exec(s);
    if (lead && found[0].end - sent.start === lead[0].length) found.shift();
  }
  return found;
}

// "Wang held talks with Jaishankar on Monday, co-chaired the dialogue with Doval on Tuesday, and called on
// Modi later that day": one subject's acts, listed; each names its own counterpart.
const LIST_STEP_BEFORE = /,\s+(?:and\s+)?(?:then\s+|later\s+|also\s+)?$/;
function splitVerbList(found: Trigger[], s: string, base: number): void {
  const starts = found.map((t) => t.clauseStart);
  for (let k = 1; k < found.length; k++) {
    const a = found[k - 1], b = found[k];
    if (a.form !== 'verb' || b.form !== 'verb' || a.status !== 'happened' || b.status !== 'happened' || b.id === 'received-by') continue;
    if (a.clauseEnd <= b.start || starts[k - 1] !== starts[k]) continue;
    const gap = LIST_STEP_BEFORE.exec(s.slice(Math.max(a.end - base, b.start - base - 30), b.start - base));
    if (!gap || /ing$/i.test(s.slice(b.start - base, b.end - base).split(/\s/)[0])) continue;
    const comma = b.start - gap[0].length;
    found[k - 1] = { ...a, clauseEnd: comma };
    found[k] = { ...b, clauseStart: comma };
  }
}

/** "held separate talks with the ministers of A and B": a summary of several meetings, not one. */
export function isSummary(sent: Sentence): boolean {
  // "talks with H.E. Mr. YOON Suk Yeol, ..., and with ...": an abbreviation's full stop ends nothing.
  const t = sent.text;
  return SUMMARY_RE.test(t) || (t.includes(' and ') && TRIP_TO_TWO.test(t)) || (t.includes(', and with') && SUMMARY_RE.test(undot(t).replace(INITIALS, '$1 ')));
}

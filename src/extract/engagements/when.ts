import type { Span } from '../../model/span.ts';
import { makeSpan } from '../../model/span.ts';
import { ANCHORED_DAYS, ANCHORED_PARTS_OF_DAY, shiftDays, type DateMention } from '../../nlp/dates.ts';
import type { Draft } from './draft.ts';
import type { PerSentence } from './per-sentence.ts';
import type { Trigger } from './triggers.ts';

// A date that belongs to a report about the event, not to the event: "Azerbaijani media reported on Sunday".
const REPORT_BEFORE = /\b(?:media|press service|press office|news agency|agency|agencies|ministry|office|officials?|spokes(?:man|woman|person)|statement|readout|reports?|it was)\s+(?:\w+\s+){0,2}(?:reported|announced|said|stated|confirmed|published|released)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;

const ON_THE_SIDELINES = /^(?:On|At) the (?:sidelines|margins?)(?: of (?:the |that |this )?(?:meeting|summit|forum|event|talks|session|gathering|conference))?,/i;

const OTHER_THINGS_TIME = /^['’]s\s+(?!(?:[\w-]+\s+)?(?:call|conversation|talks|meeting|visit|summit|trip)\b)/i;

export interface DateChoice { date: string | null; span: Span | null }

/** The day-grain date a sentence fixes for its event, or null; `any` says whether it named a time at all. */
export function sentenceDate(text: string, mentions: DateMention[], sentStart: number, triggerAt: number | null): { date: string | null; mention: DateMention | null; any: boolean } {
  // "the first by a French head of state since the two countries established relations in 1965":
  // where a span of time starts is no day of this event.
  // "after last week's events in Karabakh": a time owned by another thing dates nothing of this one.
  let usable = mentions.filter((m) => !REPORT_BEFORE.test(text.slice(Math.max(sentStart, m.start - 60), m.start))
    && !(SINCE_BEFORE.test(text.slice(Math.max(sentStart, m.start - 80), m.start)) && !(WEEKDAY_DATE.test(m.text) && SINCE_EVENT_ON.test(text.slice(Math.max(sentStart, m.start - 80), m.start))))
    && !OTHER_THINGS_TIME.test(text.slice(m.end, m.end + 40))
    // "their third face-to-face meeting this year": the span a count runs over, not the meeting's time.
    && !(m.grain !== 'day' && COUNTED_IN_BEFORE.test(text.slice(Math.max(sentStart, m.start - 60), m.start)))
    // "met Xi, their third meeting this year after Putin's state visit to China in May and their talks in Astana
    // in July": the times of the events it came after.
    && !(triggerAt !== null && m.start > triggerAt && AFTER_ANOTHER_BEFORE.test(text.slice(Math.max(sentStart, triggerAt, m.start - 120), m.start))));
  if (!usable.length) return { date: null, mention: null, any: false };
  // "Guterres, who flew in from Ankara on Monday, held a meeting this morning": a relative clause
  // dates its own act; the trigger's day is elsewhere in the sentence or, when the sentence gives
  // none, elsewhere in the text ("Yoon, who arrived in Tokyo yesterday for a two-day visit, held a
  // summit"; "received Sunak, who was on his first trip since taking office on 25 October") — unless
  // the meeting opened the trip ("Modi, who flew into Kazan on Tuesday, began his visit with talks").
  if (triggerAt !== null && usable.length <= 20) {
    const main = usable.filter((m) => !asideOf(text, sentStart, m, triggerAt) && !pastOfAThing(text, sentStart, m, triggerAt) && !namesAThing(text, m));
    if (main.length) usable = main;
    else if (!OPENED_TRIP.test(text.slice(sentStart, Math.min(text.length, triggerAt + 40)))) return { date: null, mention: null, any: false };
  }
  let days = usable.filter((m) => m.grain === 'day' && m.date);
  if (!days.length) return { date: null, mention: usable[0], any: true };
  // "agreed to delay the tariff until July 9, after a phone call ... on Sunday": a deadline is no day
  // of the talks, however near it stands, when the sentence names another.
  if (days.length > 1) {
    // So "On Sunday, the day before the summit, Yoon held talks": counted from another event, not from the story's day.
    const open = days.filter((m) => !DEADLINE_BEFORE.test(text.slice(Math.max(sentStart, m.start - 12), m.start))
      && !(DAY_BEFORE_WORDS.test(m.text) && EVENT_NEXT.test(text.slice(m.end, m.end + 30))));
    if (open.length) days = open;
  }
  const at = triggerAt ?? sentStart;
  days.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return { date: days[0].date, mention: days[0], any: true };
}

const COUNTED_IN_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}(?:meeting|talks|visit|call|conversation|trip|encounter|summit)\s+$/i;
const AFTER_ANOTHER_BEFORE = /\bafter\s+(?:a|an|his|her|their|the|[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|talks|meeting|summit|call|conversation)\b[^;()]*$/;
// "the day before the summit": a day counted from another event.
const DAY_BEFORE_WORDS = /^(?:the\s+)?(?:day|night|evening|week)\s+(?:before|after)$/i;
const EVENT_NEXT = /^\s+(?:the|his|her|their|its)\s+\w/;
// A deadline, or when what was agreed begins: "until July 9", "a 30-day ceasefire starting on Monday".
const DEADLINE_BEFORE = /\b(?:until|till|by|starting|beginning|effective|commencing|as\s+of)\s+(?:on\s+|from\s+)?$/i;

/** Whether `m` stands in a ", who/which ..." clause that does not hold the trigger at `triggerAt`. */
function asideOf(text: string, sentStart: number, m: DateMention, triggerAt: number): boolean {
  // The clause opens at the last comma before the date (none may stand between "who" and the date):
  // found by one scan back, not a regex tried at every position of a long sentence.
  const lo = Math.max(sentStart, m.start - 300);
  const head = text.slice(lo, m.start);
  const c = head.lastIndexOf(',');
  if (c < 0 || head.indexOf(';', c) >= 0) return false;
  const from = lo + c;
  if (!RELATIVE_OPEN.test(text.slice(from, from + 12))) return false;
  const close = text.indexOf(',', m.end);
  const to = close < 0 ? m.end : close;
  return !(triggerAt >= from && triggerAt <= to);
}
const RELATIVE_OPEN = /^,\s*(?:who|which)\b/;
// "the earthquakes that devastated southern Türkiye on February 6": the day of what the clause tells of a thing,
// unless the thing is the engagement itself ("talks that ended on Monday").
const THAT_PAST_BEFORE = /\b([a-z]+)\s+(?:that|which)\s+(?:had\s+)?(?:[a-z]+ed|struck|hit|shook|swept|began|broke out)\b[^,;()]*$/;
const ENGAGEMENT_NOUN = /^(?:talks|meeting|meetings|visit|call|conversation|summit|session|negotiations|consultations|discussions|trip|tour|dialogue)$/;
// "the lives lost in the March 28 earthquake": a date that names a thing, not a day of the engagement.
const THE_BEFORE = /\bthe\s+$/i;
const NOUN_AFTER = /^\s+([a-z]+)\b/;
function namesAThing(text: string, m: DateMention): boolean {
  const noun = NOUN_AFTER.exec(text.slice(m.end, m.end + 30));
  return !!noun && !ENGAGEMENT_NOUN.test(noun[1]) && THE_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start));
}
function pastOfAThing(text: string, sentStart: number, m: DateMention, triggerAt: number): boolean {
  const lo = Math.max(sentStart, m.start - 120);
  const window = text.slice(lo, m.start);
  // Most dates have no relative clause before them: the regex, anchored at the end, would try every position.
  if (!window.includes(' that ') && !window.includes(' which ')) return false;
  const r = THAT_PAST_BEFORE.exec(window);
  return !!r && !ENGAGEMENT_NOUN.test(r[1]) && !(triggerAt >= lo + r.index && triggerAt < m.start);
}
// "his first face-to-face talks with Modi since Russia's invasion on Saturday": a weekday is the story's week, not
// the day of an event a span is counted from.
const WEEKDAY_DATE = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const SINCE_EVENT_ON = /\bsince\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:invasion|war|outbreak|pandemic|election|crisis|clash|coup|attack|start|beginning)\s+(?:on\s+)?$/i;
// Not "ended his ninth tour since the Gaza war began with talks in Egypt and Qatar on Tuesday": the since-clause
// closed at its verb, and the day is the sentence's own.
const SINCE_BEFORE = /\bsince\b(?![^,;()]*\b(?:began|started|erupted|broke\s+out|took\s+office|came\s+to\s+power|returned\s+to\s+office)\s+(?:with|by|and|to)\b)[^,;()]*$/i;
// "The tour brought the President to Brussels on Sunday (13/7). At the Berlaymont he was received by ...".
const ARRIVED = /\b(?:arrived|arrives|landed|lands|flew into|flew in|reached|travell?ed to|flew to|brought (?:him|her|them|the [\w-]+(?: [\w-]+)?) to)\b/i;
const OPENED_TRIP = /\b(?:began|begins|started|starts|opened|opens|kicked off)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:visit|trip|tour|stay)\b|\b(?:on|upon)\s+(?:his|her|their)\s+arrival\b/i;

// "two days earlier": the date reader leaves a counted phrase undated; its count, for the one case here.
const COUNTED_DAYS = /^(one|two|three) days? (earlier|later|before)$/i;
const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3 };

/** Whether a date is counted from another day the text told ("earlier in the day", "the next day"). */
export function isAnchoredDay(d: DateMention): boolean {
  return d.relative && daysFromAnchor(d.text) !== undefined;
}

/** Days from the anchor a phrase counts ("later that day": 0, "a day earlier": -1), or undefined. */
function daysFromAnchor(phrase: string): number | undefined {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ');
  const listed = ANCHORED_DAYS.get(key) ?? ANCHORED_PARTS_OF_DAY.get(key);
  if (listed !== undefined) return listed;
  const counted = COUNTED_DAYS.exec(key);
  return counted ? COUNTS[counted[1]] * (counted[2] === 'later' ? 1 : -1) : undefined;
}
const SEQUENCE_START = /^(?:Separately|(?:(?:Later|Earlier) )?(?:[Ii]n|During) the (?:morning|afternoon|evening)|Earlier that (?:morning|afternoon|evening)|[^.;]{0,60}?\b(?:began|begun) the day\b|Immediately afterwards|Afterwards|Shortly afterwards|Subsequently|Following (?:the|this|that) (?:meeting|talks|call|audience)|After (?:the|this|that) (?:meeting|talks|call|audience)|From the (?:\w+ ){0,2}\w+, (?:\w+ ){0,2}(?:was driven|drove|went|moved|headed)|Later|Also|(?:In|At) the (?:\w+ )?(?:meeting|talks) that followed|(?:The|the) (?:two|three|four) (?:\w+ )?then|(?:He|She|They|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:then|later|subsequently|afterwards))\b/;

/**
 * "Meeting Mirziyoyev, Xi recalled that they had met twice last year": a fronted meeting's day is in
 * its own phrase; the main clause after the comma may date something else.
 */
// "They also talked about the summit, which begins in Xi'an today": the day of what the clause tells.
// "the summit that opens in the capital today": an event still to come, with its own day (a summit
// "that took place on July 4" may well be the day of the meetings that followed it).
// "The leaders of Thailand and Cambodia are due in Malaysia on Monday": a day still to come.
const EVENT_TO_COME = /\b(?:(?:that|which)\s+(?:opens|begins|starts|ends|closes|takes place|will (?:open|begin|start|end|close|take place))|(?:is|are)\s+(?:due|expected|scheduled|set|slated)\b)[^,;]*$/;
// "Stéphane Séjourné, named head of French diplomacy only on Thursday, travelled to Ukraine on Saturday":
// the day of the appointment told in passing.
// So too "mourn his half-brother, Sheikh Khalifa, who died on Friday".
const APPOINTED_ASIDE = /,\s*(?:who\s+was\s+)?(?:only\s+|newly\s+|just\s+)?(?:named|appointed|elected|re-elected|sworn\s+in|nominated|confirmed)\b[^,;]*$|,\s*who\s+(?:died|passed\s+away)\b[^,;]*$/;
const LEAD_ASIDE = new RegExp(`${EVENT_TO_COME.source}|${APPOINTED_ASIDE.source}`);
const RELATIVE_OPENER = new RegExp(`,\\s*(?:which|who|whose|where)\\b[^,;]*$|${LEAD_ASIDE.source}`);
function outsideRelative(text: string, sentStart: number, ds: DateMention[], clause = RELATIVE_OPENER): DateMention[] {
  const kept = ds.filter((m) => !clause.test(text.slice(Math.max(sentStart, m.start - 120), m.start)));
  return kept.length === ds.length ? ds : kept;
}

const WHERE_WHEN = /^,?\s*(?:where|when)\b/i;
const DURING_WHICH = /^,?\s*(?:during|in|at|on) which\b/i;
// "sat down with Albanese, with whom he had spoken by phone on June 12": so too an earlier contact told in a relative clause.
const BEFORE_ANOTHER = /[\s,](?:just |shortly |well )?(?:before|ahead of|prior to|until) (?:the|a|an|his|her|their|its) |,\s*(?:with\s+)?(?:whom|who)\s+(?:(?:he|she|they|\p{Lu}[\p{L}-]+)\s+)?(?:had|has)\s+(?:(?:already|previously|last|first)\s+)?(?:met|spoken|talked|held|hosted|visited|received)\b/u;
/**
 * Where the trigger's clause goes on to name what comes after the meeting ("..., their last meeting
 * before the change of administration in Washington on January 20"), or -1: what follows is that
 * event's day and place, not the meeting's.
 */
export function anotherEventFrom(t: Trigger, text: string): number {
  const m = BEFORE_ANOTHER.exec(text.slice(t.end, t.clauseEnd));
  return m ? t.end + m.index : -1;
}

// "... reaffirmed ties, and looked forward to meeting later this year": the day of a plan the clause goes on to.
const PLAN_BEFORE_DATE = /\b(?:look(?:ed|s|ing)?\s+forward\s+to|hop(?:ed|es|ing)\s+to\s+meet|(?:will|would|shall)\s+(?:\w+\s+)?(?:meet|visit|travel|hold|host))\b[^,;.]*$/i;
// A clause splitVerbList opened at the comma before a listed act.
const LIST_STEP_OPEN = /^,\s+(?:and\s+)?(?:then\s+|later\s+|also\s+)?[a-z]/;
// "was back in Buenos Aires on Tuesday after a packed final day in Rome": a lead that tells the return home.
const RETURNED_HOME = /\b(?:(?:was|were)\s+back\s+(?:in|home)|returned\s+(?:home|to\s+\p{Lu}[\p{L}-]+)|flew\s+(?:back\s+)?home)\b[^.;]{0,60}\bafter\b/u;
export function phraseDates(t: Trigger, text: string, ds: DateMention[]): DateMention[] {
  if (ds.length) ds = ds.filter((x) => x.start < t.end || !PLAN_BEFORE_DATE.test(text.slice(Math.max(t.end, x.start - 100), x.start)));
  // "met Biden, in what is expected to be their last meeting before the change of administration on
  // January 20": the day of what comes after, not of the meeting.
  const cut = ds.length ? anotherEventFrom(t, text) : -1;
  if (cut >= 0) ds = ds.filter((x) => x.start < cut || x.start >= t.clauseEnd);
  // "returned home on Tuesday from the summit, during which she met Macron": the trip's day, not the meeting's.
  // So too "returns home today from China, where he held talks ... on Friday", when the clause names its day.
  if (ds.length && DURING_WHICH.test(text.slice(t.clauseStart, t.clauseStart + 20))) return ds.filter((x) => x.start >= t.clauseStart && x.end <= t.clauseEnd);
  // "held talks with Jaishankar on Monday, co-chaired the dialogue with Doval on Tuesday": a step of a list of acts
  // (see splitVerbList) has its own day, when it names one.
  if (ds.length > 1 && (WHERE_WHEN.test(text.slice(t.clauseStart, t.clauseStart + 10)) || LIST_STEP_OPEN.test(text.slice(t.clauseStart, t.clauseStart + 20)))) {
    const own = ds.filter((x) => x.start >= t.clauseStart && x.end <= t.clauseEnd);
    if (own.some((x) => x.grain === 'day')) return own;
  }
  // "Lee's first call as president was with Trump, late on Friday": the call is the sentence's subject.
  if (t.form !== 'fronted' || t.id === 'call-was-with' || t.id === 'engagement-was-with') return ds;
  const comma = text.indexOf(',', t.end);
  return comma < 0 ? ds : ds.filter((x) => x.start < comma);
}

/**
 * The engagement's date: what its own trigger sentence says; else what its other sentences of
 * statement say; else the lead's date when the lead tells of the same people.
 */
export function chooseDate(d: Draft, text: string, sentStarts: number[], dates: PerSentence<DateMention[]>, leadShares: (si: number) => boolean,
  leadSentences: number[], published: string | null, previous: Draft | null, lastDate: string | null): DateChoice {
  // "Earlier, the Head of State received ...": an unstated earlier day, not the lead's.
  // "Earlier in the day", "Earlier on Wednesday" and "Earlier in the week, on Monday" do state the day, and are read below.
  if (/^(?:Earlier(?! (?:in the day|that day|the same day|that same day|today|this morning|(?:in the|that) (?:morning|afternoon|evening)|yesterday|on \w+day\b|(?:in the|this|that) week,? on \w+day\b))|Previously|Before that|Prior to (?:that|this))\b/i.test(text.slice(sentStarts[d.anchor], sentStarts[d.anchor] + 30))) return { date: null, span: null };
  // "Ruto at the weekend hosted ...", "held calls over the weekend": one of two days, not said which.
  const clause = text.slice(d.anchorTrigger.clauseStart, d.anchorTrigger.clauseEnd);
  if (WEEKEND.test(clause) && !(dates.at(d.anchor) ?? []).some((x) => x.grain === 'day' && x.start >= d.anchorTrigger.clauseStart && x.end <= d.anchorTrigger.clauseEnd && !/^(?:today|yesterday)$/i.test(x.text))) return { date: null, span: null };
  const sidelines = ON_THE_SIDELINES.test(text.slice(sentStarts[d.anchor], sentStarts[d.anchor] + 60));
  const order = [d.anchor, ...d.triggerSentences.filter((s) => s !== d.anchor)];
  let vague = false;
  for (const si of order) {
    const r = sentenceDate(text, si === d.anchor ? phraseDates(d.anchorTrigger, text, dates.at(si) ?? []) : outsideRelative(text, sentStarts[si], dates.at(si) ?? []), sentStarts[si], si === d.anchor ? d.anchorTrigger.start : null);
    // "Later that day", "A day earlier, Xi had received ...": counted from the engagement told before,
    // not from the publication date (dates are read a sentence at a time, so the reader cannot see it).
    // "landed on Monday afternoon and went into talks the same evening": counted from the day its own
    // sentence names first, which the date reader has already done.
    const counted = r.mention?.relative ? daysFromAnchor(r.mention.text) : undefined;
    const ownDay = counted !== undefined && (dates.at(si) ?? []).some((m) => m.grain === 'day' && m.date && m.end <= r.mention!.start && !isAnchoredDay(m));
    const offset = ownDay ? undefined : counted;
    // "Modi reached Moscow on Monday. Later that day ...": the day the sentence before names, when it names one.
    const before = offset !== undefined && si > 0 ? dayJustBefore(text, sentStarts, dates, si - 1, si, published) : null;
    if (offset !== undefined && before) return { date: shiftDays(before.date!, offset), span: makeSpan(text, r.mention!.start, r.mention!.end) };
    if (offset !== undefined && previous && lastDate) return { date: shiftDays(lastDate, offset), span: makeSpan(text, r.mention!.start, r.mention!.end) };
    // "The tour began last Wednesday at Museveni's home ... [Ethiopia] A day later he was in Addis Ababa":
    // the day told a paragraph or a subhead before, when nothing nearer gives one.
    const back = offset !== undefined && si > 0 ? dayToldBefore(text, dates, si, published) : null;
    if (back) return { date: shiftDays(back, offset!), span: makeSpan(text, r.mention!.start, r.mention!.end) };
    // "Speaking to reporters later in the day, Trump said they had also talked about ...": counted from a
    // day the story has not given, it dates nothing; the engagement's other sentences may.
    if (offset !== undefined && si !== d.anchor) continue;
    if (r.date) return { date: sane(r.date, published), span: r.mention ? makeSpan(text, r.mention.start, r.mention.end) : null };
    // A time named without a day ("their first talks since April") leaves the day unsaid, unless the
    // sentence says whose sidelines it was on, or the story states the meeting again with its day
    // ("held separate talks with Putin and Lukashenko this week ... Sharif sat down with Putin on Wednesday").
    if (r.any && si === d.anchor && !sidelines) vague = true;
  }
  if (vague) return { date: null, span: null };
  // "On the sidelines, X met Y": the sidelines of the event just told, on its day, even when that
  // event is no engagement of its own people.
  if (sidelines) {
    for (let si = d.anchor - 1; si >= Math.max(0, d.anchor - 3); si--) {
      const r = sentenceDate(text, dates.at(si) ?? [], sentStarts[si], null);
      if (r.date) return { date: sane(r.date, published), span: r.mention ? makeSpan(text, r.mention.start, r.mention.end) : null };
      if (r.any) break;
    }
  }
  // "Modi reached Moscow on Monday. That evening Putin hosted him": the day of the sentence before.
  const evening = d.anchor > 0 && PART_OF_DAY.test(text.slice(sentStarts[d.anchor], sentStarts[d.anchor] + 40))
    ? partOfDayAfter(text, [{ start: sentStarts[d.anchor - 1] }, { start: sentStarts[d.anchor] }], dates, 1, published, d.anchor - 1) : null;
  if (evening) return { date: evening, span: null };
  // "Separately, the Secretary sat down with ...", "Immediately afterwards, ... spoke by phone": the
  // next item of a readout, on the day of the one before it.
  if (lastDate && SEQUENCE_START.test(text.slice(sentStarts[d.anchor], sentStarts[d.anchor] + 40))) return { date: lastDate, span: null };
  // "The French President landed in Ulaanbaatar yesterday evening. After a welcoming ceremony, the
  // two held talks": talks that follow an arrival the sentence before dates, on that day.
  for (const si of order) {
    const prior = si - 1;
    if (prior < 0 || !leadShares(prior) || !ARRIVED.test(text.slice(sentStarts[prior], sentStarts[si]))) continue;
    const day = dayJustBefore(text, sentStarts, dates, prior, si, published);
    if (day) return { date: day.date, span: makeSpan(text, day.start, day.end) };
  }
  for (const si of leadSentences) {
    if (!leadShares(si)) continue;
    // "Milei was back in Buenos Aires on Tuesday after a packed final day in Rome": the day of the return, not of the talks.
    // Not "returned to New Delhi late on Friday after a two-day visit to Dubai, where he held meetings on Friday".
    const lead = text.slice(sentStarts[si], sentStarts[si + 1] ?? text.length);
    if (RETURNED_HOME.test(lead) && !/,\s+where\b/.test(lead)) continue;
    // A lead's "who arrived yesterday" or "COP29, which opened on Monday" may date the meetings; an
    // event still to come does not.
    const r = sentenceDate(text, outsideRelative(text, sentStarts[si], dates.at(si) ?? [], LEAD_ASIDE), sentStarts[si], null);
    if (r.date) return { date: sane(r.date, published), span: r.mention ? makeSpan(text, r.mention.start, r.mention.end) : null };
    if (r.any) return { date: null, span: null };
  }
  // "... held talks with Modi in New Delhi. The crown prince stayed on for a one-day state visit on
  // Monday": the story's next sentences date the visit or talks it told without a day.
  // So does the next sentence that opens on the meeting and its day, whatever else it recalls: "The
  // meeting on Thursday, their second in less than a month after talks in Astana on July 4, ...".
  const next = d.anchor + 1 < sentStarts.length && !d.sentences.includes(d.anchor + 1) ? [d.anchor + 1] : [];
  for (const si of [...d.sentences, ...next]) {
    if (si <= d.anchor || si > d.anchor + 2) continue;
    for (const m of dates.at(si) ?? []) {
      if (m.grain !== 'day' || !m.date || (m.relative && daysFromAnchor(m.text) !== undefined)) continue;
      if (!d.sentences.includes(si) && !OPENS_ON_ITS_DAY.test(text.slice(sentStarts[si], m.start))) continue;
      if (EVENT_NOUN_BEFORE_DAY.test(text.slice(Math.max(sentStarts[si], m.start - 40), m.start)) || EVENT_NOUN_AFTER_DAY.test(text.slice(m.end, m.end + 40))) return { date: sane(m.date, published), span: makeSpan(text, m.start, m.end) };
    }
  }
  return { date: null, span: null };
}

const WEEKEND = /\b(?:at|over|during) the weekend\b|\b(?:last|this) weekend\b/i;

// "During Monday's call, Lula invited Xi": the day owns the event named after it.
const EVENT_NOUN_AFTER_DAY = /^['’]s\s+(?:(?:phone|telephone|video|bilateral)\s+)?(?:call|conversation|talks|meeting|visit|summit)\b/i;
const EVENT_NOUN_BEFORE_DAY = /\b(?:visit|talks|meeting|trip|stay|call|conversation)\s+(?:to\s+[\p{Lu}][\p{L}-]*\s+)?(?:on|last)\s+$/u;

const OPENS_ON_ITS_DAY = /^(?:The|Their|This) (?:[\w-]+ )?(?:meeting|talks|call|conversation|visit) (?:on|last) $/;

// Parts of a day the date reader does not count ("that evening"), with their offset from the day before.
const PART_OF_DAY = /^(?:(?:Later|Earlier|Late|Early)\s+)?(?:(that|the same|the next|the following)\s+(?:evening|night|morning|afternoon))\b/i;

/** "That evening ..." opening sentence `si`: the day the sentence before names, or the next ("the next morning"). */
export function partOfDayAfter(text: string, sentences: readonly { start: number }[], dates: PerSentence<DateMention[]>, si: number, published: string | null, prior = si - 1): string | null {
  const m = PART_OF_DAY.exec(text.slice(sentences[si].start, sentences[si].start + 40));
  if (!m || si === 0) return null;
  const day = dayJustBefore(text, [sentences[si - 1].start, sentences[si].start], dates, prior, 1, published);
  return day ? shiftDays(day.date!, /^(?:the next|the following)$/i.test(m[1]) ? 1 : 0) : null;
}

// "the conference it had convened for Thursday": a day set for something, not one told as past.
const SET_FOR_BEFORE = /\b(?:for|until|till|by|next|scheduled|due)\s+(?:on\s+)?$/i;
/** The one day the few sentences before `si` spell out (not counted from another), within the fortnight before publication. */
function dayToldBefore(text: string, dates: PerSentence<DateMention[]>, si: number, published: string | null): string | null {
  for (let k = si - 1; k >= Math.max(0, si - 6); k--) {
    const days = (dates.at(k) ?? []).filter((m) => m.grain === 'day' && m.date && !(m.relative && daysFromAnchor(m.text) !== undefined)
      && !SET_FOR_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)));
    if (!days.length) continue;
    const day = days[0].date!;
    return days.length === 1 && published && day <= published && day >= shiftDays(published, -14) ? day : null;
  }
  return null;
}

/** The day sentence `prior` spells out (not a relative one), when recent and in the paragraph of the sentence starting at starts[k]. */
function dayJustBefore(text: string, starts: readonly number[], dates: PerSentence<DateMention[]>, prior: number, k: number, published: string | null): DateMention | null {
  if (prior < 0 || text.slice(starts[k - 1], starts[k]).includes('\n')) return null;
  // A day counted from another ("the next day") is not read again from here.
  const days = (dates.at(prior) ?? []).filter((m) => m.grain === 'day' && m.date && !(m.relative && daysFromAnchor(m.text) !== undefined));
  if (days.length !== 1) return null;
  const day = days[0].date!;
  return !published || (day <= published && day >= shiftDays(published, -14)) ? days[0] : null;
}

// A meeting reported as done cannot lie after the report; such a date is a misreading.
function sane(date: string, published: string | null): string | null {
  if (!published) return date;
  return date > shiftDays(published, 1) ? null : date;
}


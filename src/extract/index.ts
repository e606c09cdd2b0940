import * as crypto from 'node:crypto';
import type { Article } from '../model/article.ts';
import type { Actor, DictionaryEntry } from '../model/actor.ts';
import type { EngagementKind, EngagementRecord, Outcome } from '../model/engagement.ts';
import type { ExtractionResult } from '../model/result.ts';
import { makeSpan, type Span } from '../model/span.ts';
import type { Topic } from '../model/topics.ts';
import { splitSentences, type Sentence } from '../nlp/sentences.ts';
import { findTriggers } from './engagements/triggers.ts';
import { findDates, type DateMention } from '../nlp/dates.ts';
import { findQuantities, type QuantityMention } from '../nlp/quantities.ts';
import { scanPlaces, type PlaceMention } from './gazetteer/index.ts';
import { ActorIndex, builtinOfficials } from './actors/dictionary/index.ts';
import { readActors } from './actors/finder.ts';
import type { ActorMention } from './actors/types.ts';
import { buildDrafts } from './engagements/build.ts';
import { assembleParticipants, chooseKind } from './engagements/assemble.ts';
import { chooseDate, sentenceDate } from './engagements/when.ts';
import { readDateline, sentencePlace, type PlaceChoice } from './engagements/where.ts';
import { findOccasion } from './engagements/occasion.ts';
import { sentenceOutcomes, type FoundOutcome } from './outcomes/outcomes.ts';
import { findTopics } from './topics.ts';
import { codeEngagement } from './codes/index.ts';
import { detectLanguage } from './language.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import { lexicon } from './lexicon.ts';
import { LazyPerSentence } from './engagements/per-sentence.ts';

export interface ExtractOptions {
  /** The user's actor dictionary (--actors): it outranks both the text and the built-in officials list. */
  dictionary?: readonly DictionaryEntry[] | null;
  /** Set false to ignore the built-in officials list. */
  builtinOfficials?: boolean;
}

let builtinIndex: ActorIndex | null = null;
// Every date expression has a digit or one of these words; sentences without any are not given to the date reader.
const DATE_CUE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|week|month|year|day|eve|earlier|later|ago|decade|century|morning|evening|afternoon|night|spring|summer|autumn|fall|winter|fortnight|weekend|noon|midnight|christmas|easter|ramadan|eid|nowruz|new year)/i;
const RECALL_CUE = /\b(?:19|20)\d\d\b|\blast (?:year|month|week|spring|summer|autumn|winter)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\bago\b/;
const DATELINE_RE = /^\p{Lu}[\p{L}\s.'’\-]{1,40},\s+[^–—\n]{0,60}?\s[–—-]\s/u;
// "... opens in this Uzbek city", "talks here on Thursday": the lead says the events are in the dateline's city.
const DATELINE_HERE = /\b(?:in this (?:[\p{L}-]+ )?(?:city|capital|town|port|resort)|here|in the city)\b/iu;
const userIndexes = new WeakMap<readonly DictionaryEntry[], ActorIndex>();

export const MAX_READ_CHARS = 200_000;

/** Where to stop reading a text over the limit: the last paragraph or sentence end before it, if one is near. */
function readUpTo(text: string): number {
  const window = text.slice(MAX_READ_CHARS - 5000, MAX_READ_CHARS);
  const para = window.lastIndexOf('\n');
  if (para >= 0) return MAX_READ_CHARS - 5000 + para;
  const stop = window.search(/[.!?]["”’)]?\s[^.!?]*$/);
  return stop >= 0 ? MAX_READ_CHARS - 5000 + stop + 1 : MAX_READ_CHARS;
}

function bucket<T extends { start: number }>(items: T[], sentences: { start: number; end: number }[]): T[][] {
  const out: T[][] = sentences.map(() => []);
  let k = 0;
  for (const it of items) {
    while (k < sentences.length && it.start >= sentences[k].end) k++;
    if (k < sentences.length && it.start >= sentences[k].start) out[k].push(it);
  }
  return out;
}

// How a leader's visit shows in the text: 'explicit' (a state or official visit that happened), 'generic'
// (a trip, a welcome ceremony) in a bilateral setting, or none. Invited or planned visits do not count.
function visitCue(sent: Sentence): 'explicit' | 'generic' | null {
  const lex = lexicon();
  const visits = findTriggers(sent).filter((t) => t.id === 'visited' || t.id === 'state-visit-noun');
  const happened = visits.some((t) => t.status === 'happened');
  const planned = visits.some((t) => t.status !== 'happened');
  if (planned && !happened) return null;
  if (lex.visitExplicit.test(sent.text)) return 'explicit';
  // A trip told as history ("recalled the late president's visit last month") says nothing of this meeting.
  if (lex.visitGeneric.test(sent.text) && !lex.visitNotBilateral.test(sent.text) && !/\b(?:recall(?:ed|ing)|last (?:year|month|week)|previous(?:ly)?|(?:19|20)\d\d)\b/i.test(sent.text)) return 'generic';
  return null;
}

/** Extracts the engagements an article reports, with their provenance. Never throws on odd text. */
export function extractArticle(article: Article, opts: ExtractOptions = {}): ExtractionResult {
  const full = article.text ?? '';
  // A readout is a few thousand characters and a long transcript a hundred thousand; past the limit
  // the text is not an article, and reading it all would only cost time. Spans stay offsets into it.
  const text = full.length > MAX_READ_CHARS ? full.slice(0, readUpTo(full)) : full;
  const published = article.published ?? null;
  const sentences = splitSentences(text);
  // A first line of several sentences, or one long sentence that ends like prose, is body text, not a headline.
  const firstLine = sentences.filter((x) => x.paragraph === sentences[0]?.paragraph);
  if (firstLine.length > 1 || (firstLine.length === 1 && /[.!?]["”’)]?$/.test(firstLine[0].text) && firstLine[0].text.length > 120)) {
    for (const x of firstLine) x.heading = false;
  }
  const places = scanPlaces(text);
  const placesBy = bucket(places, sentences);
  if (opts.builtinOfficials !== false && !builtinIndex) builtinIndex = new ActorIndex(builtinOfficials());
  let user: ActorIndex | null = null;
  if (opts.dictionary && opts.dictionary.length) {
    user = userIndexes.get(opts.dictionary) ?? new ActorIndex(opts.dictionary);
    userIndexes.set(opts.dictionary, user);
  }
  const actors = readActors(text, sentences, placesBy, { published, user, builtin: opts.builtinOfficials === false ? null : builtinIndex });
  const { registry, mentions } = actors;

  // A dateline ("RIO DE JANEIRO, Nov 19 (Agency) –") dates the filing, not the event: its date is not read.
  const firstBody = sentences.find((s) => s.index > 0 && !s.heading) ?? null;
  const firstBodyIdx = firstBody?.index ?? -1;
  const datelineEnd = firstBodyIdx >= 0 ? sentences[firstBodyIdx].start + (DATELINE_RE.exec(sentences[firstBodyIdx].text)?.[0].length ?? 0) : -1;
  // Dates and amounts matter only in the few sentences that state a meeting or an outcome: read them on demand.
  const dates = new LazyPerSentence<DateMention[]>(sentences.length, (i) => {
    const s = sentences[i];
    if (!DATE_CUE.test(s.text)) return [];
    return findDates(s.text, published)
      .map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }))
      .filter((d) => d.start >= datelineEnd || s.index !== firstBodyIdx);
  });
  const sentenceDates = new LazyPerSentence<string | null>(sentences.length, (i) => sentenceDate(text, dates.at(i)!, sentences[i].start, null).date);
  const quantitiesBy = new LazyPerSentence<QuantityMention[]>(sentences.length, (i) => findQuantities(sentences[i].text)
    .map((q) => ({ ...q, start: q.start + sentences[i].start, end: q.end + sentences[i].start })));

  // The protagonist is who the article is about: the most mentioned person (ties: the first met).
  const protagonist = registry.people.filter((p) => p.country || p.org)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)[0]?.id ?? null;

  const { drafts: all, excluded, lead, otherEvents } = buildDrafts({ text, sentences, mentions, registry, protagonist, sentenceDates, dates, published });
  const drafts = all.some((d) => !d.fromHeadline) ? all.filter((d) => !d.fromHeadline) : all;

  const leadSentences = [...new Set([...(firstBody ? [firstBody.index] : []), ...lead])].filter((i) => !excluded.has(i)).sort((a, b) => a - b);
  const dateline = readDateline(text, firstBody);
  const sentStarts = sentences.map((s) => s.start);

  const records: EngagementRecord[] = [];
  let previousKind: EngagementKind | null = null;
  let previousDate: string | null = null;
  let previousDraft = null as (typeof drafts)[number] | null;
  let visitGiven = false;
  // Hashing the whole text cost more than some stages; most articles report no engagement and need no key.
  let articleKey: string | null = null;
  // A sentence's visit cue does not depend on the engagement: read once per article, whichever drafts ask.
  const visitCues: (ReturnType<typeof visitCue> | undefined)[] = new Array(sentences.length);

  for (const d of drafts.sort((a, b) => a.anchor - b.anchor)) {
    const shares = (si: number) => {
      const ms = mentions[si];
      const persons = ms.filter((m) => m.kind === 'person' && m.personId);
      return persons.length === 0 || persons.some((m) => d.personIds.includes(m.personId!));
    };
    // Lead sentences that tell of this engagement's people feed its topics and outcomes too.
    const scope = [...new Set([...d.sentences, ...lead.filter((si) => si < d.anchor && drafts.indexOf(d) === 0 && mentionsSide(mentions[si], d, registry))])]
      .filter((si) => !excluded.has(si)).sort((a, b) => a - b);

    // Where: the sentences that state the engagement, then the lead; a place given only as an
    // event's ("the G20 summit in Rio") or the dateline of a host's capital come after; background
    // sentences last.
    const isCall = d.kinds.includes('phone_call') || d.kinds.includes('video_call');
    const stating = [d.anchor, ...d.triggerSentences.filter((x) => x !== d.anchor)];
    const placeIn = (si: number) => sentencePlace(text, sentences[si].start, sentences[si].end, placesBy[si]);
    let place: PlaceChoice | null = null;
    if (!isCall) {
      const direct: PlaceChoice[] = [];
      const attached: PlaceChoice[] = [];
      for (const si of [...stating, ...leadSentences.filter((x) => shares(x) && !stating.includes(x))]) {
        const p = placeIn(si);
        if (p) (p.eventAttached ? attached : direct).push(p);
      }
      const hostTrigger = d.triggerIds.some((id) => id === 'received' || id === 'received-by');
      place = direct[0] ?? null;
      if (!place && hostTrigger && dateline) place = dateline;
      if (!place) place = attached[0] ?? null;
      if (!place && dateline?.location.country && participantCountries(d, registry).has(dateline.location.country)) place = dateline;
      if (!place && dateline && DATELINE_HERE.test(firstBody?.text ?? '')) place = dateline;
      if (!place) for (const si of scope) { if (stating.includes(si)) continue; const p = placeIn(si); if (p && !p.eventAttached && !/\b(?:embassy|consulate)\s+in\s+$/i.test(text.slice(Math.max(0, p.span!.start - 20), p.span!.start))) { place = p; break; } }
    }
    const venueCountry = place?.location.country ?? null;
    const assembled = assembleParticipants(d, registry, text, mentions[d.anchor], venueCountry);
    if (assembled.sides.length < 2) continue;
    const countries = assembled.participants.map((p) => p.country).filter(Boolean) as string[];
    if (!isCall && dateline?.location.country && countries.includes(dateline.location.country) && (!place || !countries.includes(place.location.country ?? ''))) {
      // A dateline in a participant's country beats a place that is neither side's (a background mention).
      if (!place || !stating.some((si) => placeIn(si)?.location.place === place!.location.place)) place = dateline;
    }

    let occasion: { occasion: string; span: Span } | null = null;
    for (const si of [...stating, ...leadSentences.filter(shares)]) {
      occasion = findOccasion(text, sentences[si].start, sentences[si].end);
      if (occasion) break;
    }

    // A visit: the talks of a leader's trip with the host's leader, in the host's country, not a
    // summit's side meeting, a courtesy call or a condolence trip.
    const visitSentences = [...scope, ...leadSentences.filter(shares), ...(sentences[0]?.heading ? [0] : [])];
    // A trip named beside someone who is not in this engagement ("during Raisi's visit") is someone else's.
    const cues = visitSentences.map((si) => {
      const c = visitCues[si] === undefined ? (visitCues[si] = visitCue(sentences[si])) : visitCues[si];
      if (!c) return c;
      return mentions[si].some((m) => m.kind === 'person' && m.personId && !d.personIds.includes(m.personId)) ? null : c;
    });
    const hosted = !!place?.location.country && countries.includes(place.location.country) && countries.some((c) => c !== place!.location.country);
    // A trip whose lead says it was for a summit, a funeral or condolences is not a bilateral visit.
    const bilateral = !occasion && !(firstBody && lexicon().visitNotBilateral.test(firstBody.text));
    const visitMarked = !visitGiven && !isCall && hosted && !d.triggerIds.every((id) => id === 'called-on')
      && (cues.includes('explicit') || (cues.includes('generic') && bilateral));
    const kind = chooseKind(d, assembled.participants, visitMarked, previousKind);
    if (kind === 'visit') visitGiven = true;

    const date = chooseDate(d, text, sentStarts, dates, shares, leadSentences, published, previousDraft, previousDate);

    // Topics and outcomes from the sentences that tell of this engagement, names and titles masked.
    const masked = scope.flatMap((si) => mentions[si].filter((m) => m.kind === 'person' || m.kind === 'role').map((m) => ({ start: m.start, end: m.end })));
    const topics: Topic[] = [];
    const topicSpans: { topic: Topic; span: Span }[] = [];
    for (const si of scope) {
      for (const t of findTopics(text, sentences[si].start, sentences[si].end, masked)) {
        if (!topics.includes(t.topic)) { topics.push(t.topic); topicSpans.push(t); }
      }
    }
    const found: FoundOutcome[] = [];
    const state = { lastInvitation: null as Outcome | null };
    const ctx = { text, registry, sides: assembled.sides, participants: d.personIds };
    for (const si of scope) {
      if (sentences[si].heading) continue;
      // Only a past month or year ("in 2019", "last April") can make an outcome history; other sentences skip the date reader.
      const pastCue = RECALL_CUE.test(sentences[si].text);
      for (const f of sentenceOutcomes(sentences[si].start, sentences[si].end, mentions[si], () => quantitiesBy.at(si)!, ctx, state, () => (pastCue ? dates.at(si)! : []), published, otherEvents[si] ?? [])) {
        // One condolence or congratulation per direction: the article says it twice, the record once.
        const dup = found.some((g) => g.outcome.kind === f.outcome.kind && g.outcome.by === f.outcome.by && (g.outcome.summary === f.outcome.summary
          || ((f.outcome.kind === 'condolence' || f.outcome.kind === 'congratulation') && g.outcome.to === f.outcome.to)));
        if (!dup) found.push(f);
      }
    }

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
      evidence: d.anchor === firstBodyIdx ? evidenceSentence.text.slice(DATELINE_RE.exec(evidenceSentence.text)?.[0].length ?? 0) : evidenceSentence.text,
    };
    const named = assembled.participants.filter((p) => p.name).length;
    articleKey ??= articleKeyOf(article.url ?? '', text);
    const confidence = Math.round(Math.min(0.99, 0.45 + 0.15 * Math.min(named, 2) + (date.date ? 0.1 : 0) + (d.triggerSentences.length > 1 ? 0.05 : 0) + (d.anchorTrigger.form === 'verb' ? 0.05 : 0)) * 100) / 100;
    records.push({
      id: `${articleKey}-${records.length + 1}`,
      ...engagement,
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
      codes: codeEngagement(engagement),
    });
    previousKind = kind;
    previousDate = date.date;
    previousDraft = d;
  }

  const actorsOut: Actor[] = registry.people.map((p) => ({
    id: p.id, name: p.name, aliases: aliasesOf(p.name, p.mentions.map((m) => m.text)), role: p.role, country: p.country, org: p.org,
    source: p.source, mentions: p.mentions,
  }));
  return {
    article: {
      title: article.title ?? (sentences[0]?.heading ? sentences[0].text : null),
      published, url: article.url ?? null, textLength: full.length, ...(text.length < full.length ? { readLength: text.length } : {}),
      language: article.language ?? detectLanguage(text), source: article.source ?? null,
    },
    engagements: records,
    actors: actorsOut,
    extractor: { name: 'readout', version: EXTRACTOR_VERSION },
  };
}

function participantCountries(d: { personIds: string[]; countries: { iso3: string }[] }, registry: { get(id: string): { country: string | null } | undefined }): Set<string> {
  const out = new Set<string>(d.countries.map((c) => c.iso3));
  for (const id of d.personIds) { const c = registry.get(id)?.country; if (c) out.add(c); }
  return out;
}

function mentionsSide(ms: ActorMention[], d: { personIds: string[] }, registry: { get(id: string): { country: string | null } | undefined }): boolean {
  const countries = new Set(d.personIds.map((id) => registry.get(id)?.country).filter(Boolean));
  return ms.some((m) => (m.personId && d.personIds.includes(m.personId)) || (m.kind === 'country' && !m.weak && m.iso3 && countries.has(m.iso3)));
}

// The one-shot hash (Node 20.12+) skips the Hash object and its stream machinery, which cost several
// times the hashing of a short article; the bytes hashed are the same as the three updates before.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function articleKeyOf(url: string, text: string): string {
  const data = `${url}\u0000${text}`;
  const hex = oneShotHash ? oneShotHash('sha1', data, 'hex') : crypto.createHash('sha1').update(data).digest('hex');
  return hex.slice(0, 12);
}

function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  // ASCII answers without the Unicode regex; the rest of the letters ask it.
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(t[0]);
}

function aliasesOf(name: string, mentions: string[]): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    const t = m.trim();
    if (t && t !== name && t.length < 80 && startsUpper(t)) out.add(t);
  }
  return [...out].slice(0, 10);
}

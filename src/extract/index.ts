import type { Article } from '../model/article.ts';
import { hexDigest } from '../model/digest.ts';
import type { Actor, DictionaryEntry } from '../model/actor.ts';
import type { EngagementRecord } from '../model/engagement.ts';
import type { ExtractionResult } from '../model/result.ts';
import { splitSentences, type Sentence } from '../nlp/sentences.ts';
import { findDates, type DateMention } from '../nlp/dates.ts';
import { findQuantities, type QuantityMention } from '../nlp/quantities.ts';
import { cityLookup, iso3FromName, scanPlaces } from './gazetteer/index.ts';
import type { PlaceMention } from './gazetteer/types.ts';
import { ActorIndex, builtinOfficials } from './actors/dictionary/index.ts';
import { readActors } from './actors/finder.ts';
import { authorOf } from './actors/author.ts';
import { placesInListedNames } from './actors/names-as-places.ts';
import type { PersonRegistry } from './actors/registry.ts';
import type { ActorMention, Person } from './actors/types.ts';
import { buildDrafts } from './engagements/build.ts';
import { findTriggers, type Trigger } from './engagements/triggers.ts';
import { sentenceDate } from './engagements/when.ts';
import { AGENCY_TAG, DATELINE_RE, eventVenue, readDateline, type PlaceChoice } from './engagements/where.ts';
import { datelineDate } from './dateline-date.ts';
import { issuerOf, missionOf, signOffIssuer } from './release-lines.ts';
import { codeEngagement } from './codes/index.ts';
import { detectLanguage } from './language.ts';
import { publisherCountry } from './publisher.ts';
import { introducedAsKin, isLeaderRole, MOURNED_AFTER } from './lexicon.ts';
import { EXTRACTOR_VERSION } from './version.ts';
import { LazyPerSentence } from './engagements/per-sentence.ts';
import { draftRecord, LED_SIDE_AFTER, SIDE_LED_BY_BEFORE, sentencePlaceOf, visitCue, type ArticleReading, type RecordState, type VisitCue } from './engagements/record.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const CAPITAL = /\p{Lu}/u;
const DATELINE_ALONE = new RegExp(String.raw`^\p{Lu}[\p{L}\s.'’\-]{1,40}(?:,\s+[^/()\n]{1,30}?)?\s*${AGENCY_TAG}\s*[.:]?$`, 'u');

export interface ExtractOptions {
  /** The user's actor dictionary (--actors): it outranks both the text and the built-in officials list. */
  dictionary?: readonly DictionaryEntry[] | null;
  /** Set false to ignore the built-in officials list. */
  builtinOfficials?: boolean;
}

let builtinIndex: ActorIndex | null = null;
// Every date expression has a digit or one of these words; sentences without any are not given to the date reader.
const DATE_CUE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|week|month|year|day|eve|earlier|later|ago|decade|century|morning|evening|afternoon|night|spring|summer|autumn|fall|winter|fortnight|weekend|noon|midnight|christmas|easter|ramadan|eid|nowruz|new year)/i;
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

// "(3:40 a.m. on November 18, Japan time)": the same moment in another time zone, not another day.
const TIME_ZONE_ASIDE = /^[^()]{0,60}\b(?:\p{Lu}[\p{L}]+ time|GMT|UTC)\s*\)/u;
// "said on Tuesday he had spoken with Boric": the day of the saying, not of what had happened before it.
const SAID_BEFORE = /\b(?:said|told\s+[\w.]+|announced|stated|wrote|added)\s+(?:on\s+)?$/;
const HAD_AFTER = /^,?\s+(?:that\s+)?(?:he|she|they|it|the\s+\w+|\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)?)\s+had\s+(?!been\s+(?:invited|asked))\w+/u;
function dayOfSaying(s: string, start: number, end: number): boolean {
  return SAID_BEFORE.test(s.slice(Math.max(0, start - 25), start)) && HAD_AFTER.test(s.slice(end, end + 60));
}

// "greetings on their National Day tomorrow", "his 75th birthday, which fell yesterday": the day of a
// holiday or an anniversary named just before, not of the engagement told.
const OCCASION_BEFORE = /\b(?:Day|[Aa]nniversary|birthday|holiday|festival|Eid(?:\s+al-[\p{L}]+)?|Nowruz|Navruz|Diwali|Christmas|New Year)(?:,?\s+which\s+(?:fell|falls|is|was|will\s+be))?\s+$/u;
function dayOfOccasion(s: string, start: number, end: number): boolean {
  return /^(?:today|tomorrow|yesterday)$/i.test(s.slice(start, end)) && OCCASION_BEFORE.test(s.slice(Math.max(0, start - 40), start));
}

function inTimeZoneAside(s: string, start: number, end: number): boolean {
  // Looked for in the 60 characters before only: a sentence of thousands of dates must not be read back to its start for each.
  const from = Math.max(0, start - 60);
  const before = s.slice(from, start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.lastIndexOf(')') > open) return false;
  return TIME_ZONE_ASIDE.test(s.slice(end, end + 120));
}

/** Extracts the engagements an article reports, with their provenance. Never throws on odd text. */
export function extractArticle(article: Article, opts: ExtractOptions = {}): ExtractionResult {
  const full = article.text ?? '';
  // A readout is a few thousand characters and a long transcript a hundred thousand; past the limit
  // the text is not an article, and reading it all would only cost time. Spans stay offsets into it.
  const text = full.length > MAX_READ_CHARS ? full.slice(0, readUpTo(full)) : full;
  const sentences = splitSentences(text);
  // A first line of several sentences, or one long sentence that ends like prose, is body text, not a headline.
  const firstLine = sentences.filter((x) => x.paragraph === sentences[0]?.paragraph);
  if (firstLine.length > 1 || (firstLine.length === 1 && /[.!?]["”’)]?$/.test(firstLine[0].text) && firstLine[0].text.length > 120)) {
    for (const x of firstLine) x.heading = false;
  }
  // "Ulaanbaatar, March 12 /MONTSAME/." ends in a full stop and stands as a sentence of its own: a
  // dateline, like one on its own line, not the lead.
  // Its date, like any dateline's, dates the filing.
  let datelineAlone = -1;
  for (const x of sentences) {
    if (x.index === 0) continue;
    if (x.index > 3) break;
    if (!x.heading && DATELINE_ALONE.test(x.text)) { x.heading = true; datelineAlone = x.index; }
    if (!x.heading) break;
  }
  const firstBody = sentences.find((s) => s.index > 0 && !s.heading) ?? null;
  // Relative dates count from the publication date, or without one from the dateline's.
  const published = article.published ?? (firstBody ? datelineDate(firstBody.text) : null);
  if (opts.builtinOfficials !== false && !builtinIndex) builtinIndex = new ActorIndex(builtinOfficials());
  let user: ActorIndex | null = null;
  if (opts.dictionary && opts.dictionary.length) {
    user = userIndexes.get(opts.dictionary) ?? new ActorIndex(opts.dictionary);
    userIndexes.set(opts.dictionary, user);
  }
  const builtin = opts.builtinOfficials === false ? null : builtinIndex;
  const scanned = scanPlaces(text);
  const named = placesInListedNames(text, scanned, { published, user, builtin });
  const places = named.size ? scanned.filter((p) => !named.has(p)) : scanned;
  const placesBy = bucket(places, sentences);
  const mission = missionOf(text, sentences, firstBody);
  const dateline = readDateline(text, firstBody) ?? datelineOnItsOwnLine(text, sentences, firstBody) ?? mission?.seat ?? null;
  // "Press Release – Ministry of Foreign Affairs of Peru": the government that issued it, when its address does not say.
  // "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE" below the body says the same.
  const issuer = issuerOf(sentences, firstBody) ?? signOffIssuer(sentences);
  const actors = readActors(text, sentences, placesBy, { published, user, builtin, publisher: publisherCountry(article.url) ?? issuer, datelineCountry: dateline?.location.country ?? null });
  const { registry, mentions } = actors;
  if (mission) missionEnvoys(registry, mission.sender);
  // A dateline ("RIO DE JANEIRO, Nov 19 (Agency) –") dates the filing, not the event: its date is not read.
  const firstBodyIdx = firstBody?.index ?? -1;
  const datelineEnd = firstBodyIdx >= 0 ? sentences[firstBodyIdx].start + (DATELINE_RE.exec(sentences[firstBodyIdx].text)?.[0].length ?? 0) : -1;
  // "RIYADH: Senior US and Russian officials held talks": the dateline's city is where the story was filed, no side.
  if (datelineEnd > (sentences[firstBodyIdx]?.start ?? 0) && mentions[firstBodyIdx]?.some((m) => m.kind === 'country' && m.end <= datelineEnd)) {
    mentions[firstBodyIdx] = mentions[firstBodyIdx].filter((m) => !(m.kind === 'country' && m.end <= datelineEnd));
  }
  // The cities the lead names after its dateline: where the story is set.
  // A summit's or conference's city ("on the sidelines of the NAM conference in Baku") is no party's home.
  const leadCities = firstBody ? (placesBy[firstBody.index] ?? []).filter((p) => p.iso3 && p.start >= datelineEnd && (p.kind === 'capital' || p.kind === 'city') && !eventVenue(text, p.start)) : [];
  // "VIENNA – ... held talks in Tehran with ...": a lead set in another country's city is not the dateline's story.
  if (!dateline || !leadCities.some((p) => p.iso3 !== dateline.location.country)) homeOfficials(registry, dateline);
  else counterpartHome(text, registry, dateline);
  if (issuer) officialsOf(registry, issuer);
  // The country the story's envoys serve in: "Ambassador of Japan to India", or the seat of the mission whose release it is.
  const seat = mission?.seat?.location.country ?? null;
  const posted = postedTo(text, placesBy) ?? (seat && seat !== mission!.sender ? seat : null);
  // "received the External Affairs Minister of India, who is in the Maldives on a three-day official visit":
  // with no city in the lead, the country its visitor is in.
  const leadTrip = firstBody && !leadCities.length ? tripTo(text, placesBy, firstBody.index, datelineEnd) ?? stayingIn(text, placesBy, firstBody.index, datelineEnd) : null;
  hostOfficials(text, registry, mentions, placesBy, datelineEnd, leadCities, dateline?.location.country ?? null, posted, leadTrip);
  ledSides(text, registry);
  // Dates and amounts matter only in the few sentences that state a meeting or an outcome: read them on demand.
  const dates = new LazyPerSentence<DateMention[]>(sentences.length, (i) => {
    const s = sentences[i];
    if (i === datelineAlone || !DATE_CUE.test(s.text)) return [];
    return findDates(s.text, published)
      .filter((d) => !inTimeZoneAside(s.text, d.start, d.end) && !dayOfSaying(s.text, d.start, d.end) && !dayOfOccasion(s.text, d.start, d.end))
      .map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }))
      .filter((d) => d.start >= datelineEnd || s.index !== firstBodyIdx);
  });
  const sentenceDates = new LazyPerSentence<string | null>(sentences.length, (i) => sentenceDate(text, dates.at(i)!, sentences[i].start, null).date);
  const quantitiesBy = new LazyPerSentence<QuantityMention[]>(sentences.length, (i) => findQuantities(sentences[i].text)
    .map((q) => ({ ...q, start: q.start + sentences[i].start, end: q.end + sentences[i].start })));

  // The protagonist is who the article is about: the subject of the lead, when a leader opens it
  // ("President of Turkmenistan Serdar Berdimuhamedov met with ..."), else the most mentioned person
  // (ties: the first met). A roundup names its own leader once and each guest twice or more.
  const leadSubject = firstBody ? leadLeader(mentions[firstBody.index] ?? [], registry) : null;
  const protagonist = leadSubject ?? registry.people.filter((p) => p.country || p.org)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)[0]?.id ?? null;

  // Read for nearly every sentence by buildDrafts, and again for a few by the visit cues: kept per article.
  const triggers = new LazyPerSentence<Trigger[]>(sentences.length, (i) => findTriggers(sentences[i]));
  const author = authorOf(sentences, mentions, registry);
  const { drafts: all, excluded, lead, otherEvents } = buildDrafts({ text, sentences, mentions, registry, protagonist, author, sentenceDates, dates, triggers, published });
  const drafts = all.some((d) => !d.fromHeadline) ? all.filter((d) => !d.fromHeadline) : all;

  const leadSentences = [...new Set([...(firstBody ? [firstBody.index] : []), ...lead])].filter((i) => !excluded.has(i)).sort((a, b) => a - b);
  const sentStarts = sentences.map((s) => s.start);

  const records: EngagementRecord[] = [];
  // Hashing the whole text cost more than some stages; most articles report no engagement and need no key.
  let articleKey: string | null = null;
  const countriesNamed = new Set<string>();
  for (const p of places) if (p.iso3) countriesNamed.add(p.iso3);
  for (const p of registry.people) if (p.country) countriesNamed.add(p.country);
  const reading: ArticleReading = {
    text, published, sentences, sentStarts, mentions, registry, protagonist, dates, triggers, quantitiesBy, drafts, lead, leadSentences,
    excluded, otherEvents, firstBody, firstBodyIdx, dateline,
    // A sentence's visit cue does not depend on the engagement: read once per article, whichever drafts ask.
    visitCues: new LazyPerSentence<VisitCue>(sentences.length, (i) => visitCue(sentences[i], triggers.at(i)!)),
    places: new LazyPerSentence<PlaceChoice | null>(sentences.length, (i) => sentencePlaceOf(text, sentences[i], placesBy[i] ?? [], triggers.at(i)!, countriesNamed)),
    placesBy, countriesNamed,
  };
  const state: RecordState = { previousKind: null, lastDate: null, previousDraft: null, previousPlace: null, visitGiven: false };
  drafts.sort((a, b) => a.anchor - b.anchor);
  for (let order = 0; order < drafts.length; order++) {
    const r = draftRecord(reading, drafts[order], order, state);
    if (!r) continue;
    articleKey ??= articleKeyOf(article.url ?? '', text);
    records.push({
      id: `${articleKey}-${records.length + 1}`,
      ...r.engagement,
      confidence: r.confidence,
      spans: r.spans,
      codes: codeEngagement(r.engagement),
    });
  }

  const actorsOut: Actor[] = registry.people.map((p) => ({
    id: p.id, name: p.name, aliases: aliasesOf(p.name, p.mentions.map((m) => m.text)), role: p.role, country: p.country, org: p.org,
    source: p.source, mentions: p.mentions,
  }));
  return {
    article: {
      title: article.title ?? (sentences[0]?.heading ? sentences[0].text : null),
      published: article.published ?? null, url: article.url ?? null, textLength: full.length, ...(text.length < full.length ? { readLength: text.length } : {}),
      language: article.language ?? detectLanguage(text), source: article.source ?? null,
    },
    engagements: records,
    actors: actorsOut,
    extractor: { name: 'readout', version: EXTRACTOR_VERSION },
  };
}

function articleKeyOf(url: string, text: string): string {
  return hexDigest('sha1', `${url}\u0000${text}`).slice(0, 12);
}

/** A dateline on a line of its own before the body ("Baku, February 24, AZERTAC"), which reads as a heading. */
function datelineOnItsOwnLine(text: string, sentences: Sentence[], firstBody: Sentence | null): ReturnType<typeof readDateline> {
  if (!firstBody) return null;
  const line = sentences.find((s) => s.index > 0 && s.heading && s.index < firstBody.index && s.text.length <= 80);
  return line ? readDateline(text, line) : null;
}

/** The issuing government's officials: those its release gives no country, as it writes its own (others it names with theirs). */
function officialsOf(registry: PersonRegistry, iso3: string): void {
  for (const p of registry.people) if (sideless(p)) p.country = iso3;
}

/** "The Prime Minister was received by Ambassador Mehmet Paçacı": in a mission's release, its envoy is of the country it serves. */
function missionEnvoys(registry: PersonRegistry, sender: string): void {
  for (const p of registry.people) if (!p.country && !p.org && p.role && ENVOY_ROLE.test(p.role)) p.country = sender;
}

// Officials of government, not envoys: an ambassador in a capital is usually a foreign one.
const HOME_ROLE = /\b(?:Minister|President|Premier|Chancellor|Head of (?:State|Government)|Secretary|Speaker|Chairman|Chairwoman|Chair|Governor|Mayor|Adviser|Advisor|Director|Leader)\b/i;
const ENVOY_ROLE = /\b(?:Ambassador|Envoy|Charg|Consul|Representative|Emissary|Special)\b/i;

/** "Foreign Secretary Amna Baloch led the Pakistan delegation": the side an official led is his. */
function ledSides(text: string, registry: PersonRegistry): void {
  for (const p of registry.people) {
    if (!sideless(p)) continue;
    for (const m of p.mentions) {
      const led = LED_SIDE_AFTER.exec(text.slice(m.end, m.end + 60)) ?? SIDE_LED_BY_BEFORE.exec(text.slice(Math.max(0, m.start - 100), m.start));
      const c = led ? iso3FromName(led[1]) : null;
      if (c) { p.country = c; break; }
    }
  }
}

/** An official the text names with a home title but no country or organisation (not an envoy): whose side is open. */
function sideless(p: Person): boolean {
  return !p.country && !p.org && !!p.role && p.source === 'text' && HOME_ROLE.test(p.role) && !ENVOY_ROLE.test(p.role);
}

/**
 * "RIYADH, April 7 (Agency) – Minister of Foreign Affairs Prince Faisal ... held talks in Beijing":
 * an official the text gives no country, in a story datelined in a capital, is of that capital's
 * country, as a national agency or government site writes its own officials, when no one else is.
 */
function homeOfficials(registry: PersonRegistry, dateline: ReturnType<typeof readDateline>): void {
  const home = dateline?.location.place ? cityLookup(dateline.location.place) : null;
  // Only when the text names no one of that country: then the home side is the one left unnamed.
  if (!home?.capital || registry.people.some((p) => p.country === home.iso3)) return;
  officialsOf(registry, home.iso3);
}

/**
 * "NEW DELHI – Foreign Secretary Vikram Misri held consultations with his Bangladeshi counterpart in
 * Dhaka": one who meets a counterpart of another country than the dateline's, with none of his own
 * given, is the dateline country's official, though the story is set abroad.
 */
function counterpartHome(text: string, registry: PersonRegistry, dateline: ReturnType<typeof readDateline>): void {
  const home = dateline?.location.place ? cityLookup(dateline.location.place) : null;
  if (!home?.capital) return;
  for (const p of registry.people) {
    if (!sideless(p)) continue;
    for (const m of p.mentions) {
      const after = COUNTERPART_OF.exec(text.slice(m.end, m.end + 150));
      const other = after ? iso3FromName(after[1]) : null;
      if (other && other !== home.iso3) { p.country = home.iso3; break; }
    }
  }
}
// The counterpart of the one who acts: the name, then its verb, then "his ... counterpart", with no comma between.
const COUNTERPART_OF = /^\s+(?:[\w-]+\s+){0,3}?(?:held|holds|met|meets|received|receives|hosted|hosts|had|has|conducted|spoke|talked)\b[^.;,]{0,80}?\b(?:his|her)\s+(\p{Lu}[\p{L}-]+)\s+counterpart\b/u;

/**
 * "The same day in Kuala Lumpur, Lam met Speaker of the House of Representatives Tan Sri Dato' Johari
 * Abdul": an official the text gives no country, met by someone of another country in a city the
 * sentence names, is of that city's country: a visitor meets his hosts.
 */
function hostOfficials(text: string, registry: PersonRegistry, mentions: ActorMention[][], placesBy: PlaceMention[][], datelineEnd: number, leadCities: PlaceMention[], datelineCountry: string | null, posted: string | null, leadTrip: string | null): void {
  // "In London, Shehbaz met his elder brother Nawaz Sharif": family, of the visitor's own country, no host.
  const open = registry.people.filter((p) => sideless(p) && !(p.mentions.length && introducedAsKin(text, p.mentions[0].start)));
  if (!open.length) return;
  for (let si = 0; si < mentions.length && open.length; si++) {
    const here = mentions[si];
    // The sentence's own city or seat of government ("at the White House"), or the country of a trip it
    // or the one before tells: a dateline is where the story was filed, and a sentence that names
    // another country ("on the Indian side") may tell whose official he is.
    const host = placesBy[si]?.find((x) => x.iso3 && x.start >= datelineEnd && (x.kind === 'capital' || x.kind === 'city' || x.kind === 'metonym'))?.iso3
      ?? tripTo(text, placesBy, si, datelineEnd) ?? tripTo(text, placesBy, si - 1, datelineEnd);
    if (!host || here.some((m) => m.kind === 'country' && m.iso3 && m.iso3 !== host)) continue;
    for (let k = open.length - 1; k >= 0; k--) {
      const p = open[k];
      if (!here.some((m) => m.personId === p.id)) continue;
      // An organisation's official (the IAEA's chief in Tehran) is no host, as a foreign guest is not.
      const others = here.filter((m) => m.kind === 'person' && m.personId && m.personId !== p.id && !MOURNED_AFTER.test(text.slice(m.end, m.end + 20)))
        .map((m) => { const o = registry.get(m.personId!); return o?.country ?? (o?.org ? `org:${o.org}` : null); });
      if (!others.length || others.some((c) => !c || c === host)) continue;
      p.country = host;
      open.splice(k, 1);
    }
  }
  // "Ambassador of Kazakhstan to the Republic of Korea ... held a meeting with the Governor of South Chungcheong
  // Province, Kim Tae-heum": an envoy's story, where the one he meets is of the country he serves in.
  if (posted) {
    for (let k = open.length - 1; k >= 0; k--) {
      const p = open[k];
      const si = mentions.findIndex((l) => l.some((m) => m.personId === p.id));
      const envoy = si >= 0 && mentions[si].some((m) => {
        const o = m.kind === 'person' && m.personId && m.personId !== p.id ? registry.get(m.personId) : undefined;
        return !!o?.country && o.country !== posted && !!o.role && DIPLOMAT_TITLE.test(o.role);
      });
      if (envoy) { p.country = posted; open.splice(k, 1); }
    }
  }
  // "ASEAN's chief met Jaishankar in New Delhi ... Later, Minister of State Singh hosted the
  // Secretary-General": one who hosts the guest of a story set in one foreign city is of its country.
  // "held talks in Port-au-Prince ..., on his way to the General Assembly in New York": where the talks were.
  const leadHost = leadCities.length && (leadCities.every((x) => x.iso3 === leadCities[0].iso3)
    || TALKS_IN_BEFORE.test(text.slice(Math.max(0, leadCities[0].start - 60), leadCities[0].start))) ? leadCities[0].iso3 : leadTrip;
  // "Hanoi (VNA) – ... Chairman of the National Assembly Tran Thanh Man also held a meeting with the Russian
  // leader": with no city in the lead, one who hosts a foreign guest is of the dateline's country.
  const host = leadHost ?? (leadCities.length ? null : datelineCountry);
  for (const p of open) {
    const m = p.mentions[0];
    const hosted = m !== undefined && HOSTED_AFTER.test(text.slice(m.end, m.end + 40));
    if (host && hosted && guestAfter(registry, mentions, m.end, host)) { p.country = host; continue; }
    if (leadHost && hosted) p.country = leadHost;
    // "In the afternoon the Foreign Secretary called on Foreign Affairs Adviser Touhid Hossain": the one a
    // visitor from elsewhere calls on, in a story set in one foreign city, is of that city's country.
    // So, with no city in the lead, in the dateline's: "FUNAFUTI – ... Lai called on Governor-General Falani".
    else if (host && m && CALLED_ON_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start)) && guestBefore(registry, mentions, m.start, host)) p.country = host;
    // "He then held a closed-door meeting with the Council, led by its President, Edgard Leblanc Fils": the
    // one a visitor meets there; so, with no city in the lead, in the dateline's country: "ASTANA – Tokayev
    // received the IAEA's chief ... Grossi also met Minister of Healthcare Azhar Giniyat".
    else if (host && m && MET_WITH_BEFORE.test(text.slice(Math.max(0, m.start - 120), m.start)) && guestBefore(registry, mentions, m.start, host)) p.country = host;
  }
}
const TALKS_IN_BEFORE = /\b(?:held talks|talks|met|meeting|received|hosted)\s+(?:[^.;,]{0,30}\s)?in\s+$/;
const MET_WITH_BEFORE = /\b(?:met|meeting|talks|held talks|conversation|discussions)\s+(?:[^.;]{0,60}\s)?with\s+[^.;]{0,80}$|\bmet\s+(?:[A-Z][A-Za-z-]*\.?\s+){0,4}$|\bmet\s+(?:[A-Z][A-Za-z-]*\s+){1,3}(?:of|for)\s+(?:the\s+)?(?:[A-Z][A-Za-z-]*\s+){1,4}$/;
// "paid a courtesy call on the Head of State, His Highness ...": past the office and the honorific.
const CALLED_ON_BEFORE = /\b(?:called on|calling on|paid (?:a )?courtesy calls? on|was received by|were received by)\s+(?:the\s+)?(?:[A-Z][A-Za-z ]{1,30},\s+)?(?:(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\s+)?(?:[A-Z][A-Za-z-]*\s+){0,3}$/;
/** The mentions of the sentence whose mention holds `at` (or ends at it, when `orEnd`). */
function sentenceMentionsAt(mentions: ActorMention[][], at: number, orEnd: boolean): ActorMention[] | undefined {
  return mentions.find((l) => l.some((x) => x.start <= at && (at < x.end || (orEnd && at === x.end))));
}

/** Whether the first person named after `at`, in the sentence holding it, is of another known country than `host`. */
function guestAfter(registry: PersonRegistry, mentions: ActorMention[][], at: number, host: string): boolean {
  const list = sentenceMentionsAt(mentions, at, true);
  const next = list?.find((x) => x.start >= at && (x.kind === 'person' || x.kind === 'pronoun') && x.personId);
  const c = next ? registry.get(next.personId!)?.country : null;
  return !!c && c !== host;
}

/** Whether the person named last before `at`, in the sentence holding it, is of another known country: the guest. */
function guestBefore(registry: PersonRegistry, mentions: ActorMention[][], at: number, host: string): boolean {
  // The name's span may sit inside its mention's ("its President, Edgard Leblanc Fils").
  const list = sentenceMentionsAt(mentions, at, false);
  if (!list) return false;
  const from = list.find((x) => x.start <= at && at < x.end)!.start;
  let guest: ActorMention | null = null;
  for (const x of list) if (x.end <= from && (x.kind === 'person' || x.kind === 'pronoun' || x.kind === 'role') && x.personId) guest = x;
  // An organisation's official ("Grossi also met ...") is a guest from elsewhere too.
  const o = guest ? registry.get(guest.personId!) : undefined;
  return o?.country ? o.country !== host : !!o?.org;
}
// "Austin made an unscheduled stop in Kuwait the same day. Meeting Defence Minister Sheikh Ahmad ...": the trip's country.
/** "who is in the Maldives on a three-day official visit": the country a visitor is staying in. */
function stayingIn(text: string, placesBy: PlaceMention[][], si: number, datelineEnd: number): string | null {
  const p = placesBy[si]?.find((x) => x.kind === 'country' && x.iso3 && x.start >= datelineEnd && STAY_IN_BEFORE.test(text.slice(Math.max(0, x.start - 20), x.start))
    && ON_A_VISIT_AFTER.test(text.slice(x.end, x.end + 60)));
  return p?.iso3 ?? null;
}
const STAY_IN_BEFORE = /\b(?:is|was|are|were)\s+in\s+(?:the\s+)?$/;
const ON_A_VISIT_AFTER = /^\s+(?:on|for)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour)\b/;
const TRIP_TO_BEFORE = /\b(?:stop|stopover|visit|trip|arrived|flew|travelled|traveled|landed)\b[^.;]{0,40}\b(?:in|to)\s+$/;
function tripTo(text: string, placesBy: PlaceMention[][], si: number, datelineEnd: number): string | null {
  if (si < 0) return null;
  const p = placesBy[si]?.find((x) => x.kind === 'country' && x.iso3 && x.start >= datelineEnd && TRIP_TO_BEFORE.test(text.slice(Math.max(0, x.start - 60), x.start)));
  return p?.iso3 ?? null;
}
const DIPLOMAT_TITLE = /\b(?:Ambassador|High Commissioner|Envoy|Charg[eé] d['’]Affaires|Consul)\b/;
const POSTED_TO_BEFORE = /\b(?:Ambassador|High Commissioner|Envoy|Charg[eé] d['’]Affaires|Consul[- ]General)\b(?:\s+(?:Extraordinary\s+and\s+Plenipotentiary\s+)?of\s+(?:the\s+)?[^,.;]{2,40}?)?\s+to\s+(?:the\s+)?$/;
/** The one country the story's envoys are posted to ("Ambassador of Japan to India"); null when none or several. */
function postedTo(text: string, placesBy: PlaceMention[][]): string | null {
  // Most stories name no envoy: one search of the text spares a look behind every country.
  if (!DIPLOMAT_TITLE.test(text)) return null;
  let found: string | null = null;
  for (const list of placesBy) {
    for (const p of list ?? []) {
      if (p.kind !== 'country' || !p.iso3 || !POSTED_TO_BEFORE.test(text.slice(Math.max(0, p.start - 90), p.start))) continue;
      if (found && found !== p.iso3) return null;
      found = p.iso3;
    }
  }
  return found;
}
// So "Chairman of the National Assembly Tran Thanh Man also held a meeting with the Russian leader".
const HOSTED_AFTER = /^\s+(?:also\s+|later\s+)?(?:hosted|received|welcomed|hosts|receives|welcomes|met|(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:meeting|talks)\s+with)\b/;

/** The person who opens the lead sentence, when a head of state or government. */
function leadLeader(mentions: readonly ActorMention[], registry: PersonRegistry): string | null {
  const first = mentions.find((m) => m.kind === 'person');
  const p = first?.personId ? registry.get(first.personId) : undefined;
  return p?.country && isLeaderRole(p.role) ? first!.personId! : null;
}

function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  // ASCII answers without the Unicode regex; the rest of the letters ask it.
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(t[0]);
}

function aliasesOf(name: string, mentions: string[]): string[] {
  const out = new Set<string>();
  for (const m of mentions) {
    const t = m.trim();
    if (t && t !== name && t.length < 80 && startsUpper(t)) out.add(t);
  }
  return [...out].slice(0, 10);
}

import { readFileSync } from 'node:fs';
import type { Location } from '../../model/engagement.ts';
import type { Span } from '../../model/span.ts';
import { makeSpan } from '../../model/span.ts';
import type { PlaceMention } from '../gazetteer/index.ts';
import { cityLookup, countryByIso3, iso3FromName } from '../gazetteer/index.ts';
import { NOT_A_DATELINE_PLACE } from '../lexicon.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const TRAILING_NAMES = /(?:\p{Lu}[\p{L}\-]*,?\s+){0,3}$/u;
// "Rio de Janeiro, Brazil, November 19, 2024 (...) –": the country may stand between the city and the date.
const DATELINE_WITH_DATE = /^(\p{Lu}[\p{L}\s.'\-]{1,40}?),\s+(?:\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?,\s+)?(?:\p{Lu}[\p{L}.]+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}[\p{L}.]+)/u;
// "LIMA -- " (two hyphens for a dash, as Nikkei and Kyodo write it) as well as "LIMA – ".
// "Bangkok – Yesterday, ...": a city in title case before a dash, as government sites write it.
// "Damascus, SANA – ": the agency's name in capitals after the city.
const DATELINE_TITLE_CASE = /^(\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){0,2})(?:,\s+\p{Lu}{2,10})?\s+[–—-]\s/u;
// "KAZAN" alone on its line, as Indian papers print a dateline, is one too.
// "LIMA--Prime Minister ...": The Asahi Shimbun's dashes touch both words.
const DATELINE_CAPITALS = /^([\p{Lu}][\p{Lu}\s.'\-]{1,40}?)(?:,\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?=\s+(?:--|[–—-])\s))?(?:\s+(?:\([^)]{1,40}\)\s*)?(?:--|[–—-])\s|(?:--|—)(?=\p{Lu}\p{Ll})|:\s|$)/u;
// State agencies sign with their name in slashes or brackets: "Ulaanbaatar /MONTSAME/.", "Astana (Kazinform) ".
/** A state agency's signature in a dateline: "/MONTSAME/", "(Kazinform)". */
export const AGENCY_TAG = String.raw`(?:\/\p{Lu}[\p{L}\s\-]{1,28}\/|\(\p{Lu}[\p{L}\s\-]{1,28}\))`;
const AGENCY_AFTER_DOT = /\.\s+\p{Lu}[\p{Lu}\s]*$/u;
// "NAIROBI, May 24 (Agency) – ", and state agencies' "Ulaanbaatar, March 12 /MONTSAME/. " or "ASTANA (Kazinform) ".
// "Qingdao [China], June 27 (ANI):": a wire's country in brackets after the city.
// "ISLAMABAD: Pakistan and Iran ...": a city in capitals and a colon, as South Asian papers write it, or
// "Mumbai, July 30: ...", a city and the day.
export const DATELINE_RE = new RegExp(String.raw`^(?:${NOT_A_DATELINE_PLACE}\p{Lu}[\p{L}\s.'’\-]{1,40}(?:,\s+[^–—\n]{0,60}?\s(?:--|[–—-])\s|(?:\s*\[[^\]\n]{1,30}\])?(?:,\s+[^–—/()\n]{1,30}?)?\s*${AGENCY_TAG}\s*[.:–—-]?\s)|\p{Lu}[\p{Lu}\s.'’\-]{1,40}:\s|\p{Lu}[\p{L}\s.'’\-]{1,40},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?:\s)`, 'u');
const DATELINE_AGENCY = new RegExp(String.raw`^(\p{Lu}[\p{L}\s.'\-]{1,40}?)(?:,\s+[^/()\n]{1,30}?)?\s*${AGENCY_TAG}`, 'u');

// "in Ulaanbaatar", "at Hyderabad House in New Delhi", "trip to Beijing", "arrived in Ashgabat".
// "at the Merdeka Palace, Jakarta", "at State House, Nairobi": a venue, then its city after a comma.
// "in the south-western Chinese city of Chengdu", "in the coastal city of Wonsan": any words before "city of".
// "who are visiting Manila": where the visitors are.
// "visit to Azerbaijan's Nakhchivan Autonomous Republic": a country's possessive before its city.
// Not "humanitarian assistance into the Gaza Strip": "into" places people who went there.
// "at a Geneva hotel": a city naming the venue's place.
const LOCATIVE = /(?:\b(?:[Ii]n|[Aa]t|[Tt]o|(?:flew|flown|arrived|came|travell?ed|went|drove|sailed)\s+into|inside|(?:is|are|was|were) visiting|visited)\s+(?:the\s+|an?\s+)?(?:\p{Lu}[\p{L}\-]*['’]s\s+)?(?:(?:[\p{L}\-]+\s+){0,3}?(?:capital|city|town|resort|port)\s+of\s+|(?:\p{Lu}[\p{L}\-]*\s+){0,3}?(?:\p{Lu}[\p{L}\-]*,\s+)?))$/u;
const NOT_THE_VENUE = /\b(?:(?:to be|will be|is to be|due to be|are to be) held in|scheduled (?:to take place |for [^.;]{0,20})?in|(?:office|mission|representation|headquarters|branch) in|(?:open|opens|opened|opening|establish|establishes|established|establishing) (?:a |an |the |its )?(?:new )?(?:consulate(?:[- ]general)?|embassy|trade office|mission) in|(?:previously|had|have|last|first|earlier) met (?:\w+ )?in|(?:after|following|since) (?:one|an earlier one|a (?:first |previous )?meeting|their (?:first|last|previous) (?:meeting|talks)) in|(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2})?|last|previous|earlier|recent) (?:visit|trip) to|residence in|resident in|based in|from|(?:according|thanks|owing|next|close|compared|similar|contrary) to|(?:had been|was|were|is|are) (?:due|expected|scheduled) in|flying from|born in|embassy to|ambassador to|accredited to|headquartered in|returned from|including (?:at|in)|(?:returned|returns|returning|flew back|came back|got back|arrived back)\s+(?:home\s+)?to|left for|(?:on (?:his|her|their|the) )?way (?:back |home )?to|en route to|travel(?:led|ed)? on to|due to travel|situations? in|(?:war|conflict|crisis|fighting|escalation|developments|catastrophe|tragedy|suffering|famine|ceasefire|truce|offensive|operations?|civilians|children|people|hostages\s+held|detained|killed|happen(?:s|ed)?) in)\s+(?:the\s+)?$/i;
// "at the Prime Minister's Office in Tokyo", "at the presidential office in Seoul": the seat of the host, not a mission abroad.
const LEADERS_OFFICE = /\b(?:(?:Prime Minister|President|Chancellor|Premier)['’]s\s+(?:[Oo]ffice|[Rr]esidence)|[Pp]residential\s+(?:[Oo]ffice|[Rr]esidence|[Pp]alace)|Office of the (?:President|Prime Minister))\s+in\s+(?:the\s+)?$/;
// "at the African Union headquarters in Addis Ababa": a body's seat where the meeting was, not one an office is based at.
const AT_HEADQUARTERS = /\b(?:at|inside)\s+(?:the\s+)?(?:[\p{L}.'’\-]+\s+){0,4}headquarters\s+in\s+(?:the\s+)?$/u;
// "said he looked forward to meeting the Chinese president in Tianjin": a meeting still ahead, elsewhere.
const MEETING_AHEAD_BEFORE = /\blook(?:s|ed|ing)?\s+forward\s+to\s+(?:meeting|seeing|welcoming|hosting|receiving|visiting)\b[^.;]{0,50}\bin\s+(?:the\s+)?$/i;
const CAPITAL_OF = /\bin the (\p{Lu}[\p{L}\-]+) capital\b/gu;

// "preparations for COP30 in Belém", "the G20 in Rio": a numbered event or group named by its initials.
const NAMED_EVENT_BEFORE = /\b[A-Z]{1,6}[- ]?\d{1,4}\s+(?:held\s+|taking place\s+)?in\s+(?:the\s+)?$/;

export interface PlaceChoice { location: Location; span: Span | null; /** "the G20 summit in Rio": where an event was, not necessarily the meeting */ eventAttached?: boolean }

// "the XIX Forum of Interregional Cooperation in Kostanay": an event named at length, then its city.
const EVENT_BEFORE = /\b(?:summit|forum|session|conference|assembly|games|congress|exhibition|expo|festival|ceremony|celebrations?|meeting of the [A-Za-z ]+)(?:\s+(?:of|on)(?:\s+the)?(?:\s+[A-Z][\w-]*){1,4}?)?\s+(?:held\s+|taking place\s+|that took place\s+)?in\s+(?:the\s+)?$/i;
/** "the Non-Aligned Movement Conference in Baku": a place named as an event's venue, not as a trip's. */
export function eventVenue(text: string, start: number): boolean {
  return eventBefore(text.slice(Math.max(0, start - 80), start));
}
const eventBefore = (before: string): boolean => EVENT_BEFORE.test(before) || NAMED_EVENT_BEFORE.test(before);

let venueRe: RegExp | null = null;
let venueMap: Map<string, [string, string, string?]> | null = null;
function venues(): { re: RegExp; map: Map<string, [string, string, string?]> } {
  if (!venueRe || !venueMap) {
    const data = JSON.parse(readFileSync(new URL('../../../data/extract/venues.json', import.meta.url), 'utf8')).venues as Record<string, [string, string, string?]>;
    venueMap = new Map(Object.entries(data));
    const names = [...venueMap.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // "At the Berlaymont building he was received": a sentence may open with the venue.
    // "a hastily arranged Oval Office meeting": the venue as the meeting's own word.
    // "on the South Lawn of the White House": a part of the venue first.
    venueRe = new RegExp(`\\b(?:[Aa]t|[Ii]n|[Ii]nside|(?:[Ll]awn|[Gg]ardens?|[Ss]teps|[Gg]rounds|[Cc]ourtyard|[Rr]oom|[Hh]all|[Ll]ibrary)\\s+of)\\s+(?:the\\s+)?(${names})\\b|\\b(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(${names})(?=\\s+(?:meeting|talks|session|sit-down|encounter)\\b)`, 'g');
  }
  return { re: venueRe, map: venueMap };
}

/**
 * A city the text names is given as the text spells it ("Makkah", "Kyiv"), as a reader would cite it;
 * the list's name stands for a seat of power ("the Kremlin": Moscow) and for capitals written in capitals.
 */
function placeName(p: PlaceMention): string | null {
  // A city-state named as a country ("in Kuwait"): its capital.
  if (p.kind === 'country') return countryByIso3(p.iso3!)?.capital ?? p.text;
  if ((p.kind === 'city' || p.kind === 'capital') && p.text && p.text !== p.text.toUpperCase()) return p.text;
  return p.city ?? p.text;
}

/**
 * "in Singapore", and "in Kuwait" for a country whose capital is "Kuwait City" and which has no other
 * city listed: a meeting there is in the capital. "in Mexico" is not, since Mexico lists other cities.
 */
function isCityState(p: PlaceMention): boolean {
  const c = p.iso3 ? countryByIso3(p.iso3) : undefined;
  if (!c?.capital) return false;
  return c.capital === p.text || (c.capital === `${p.text} City` && c.cities.length === 0);
}

/**
 * The first place a sentence gives as where something happened. `named`: the countries the whole story
 * names, without which a venue name other governments use too ("the Government Palace") is no place.
 */
export function sentencePlace(text: string, sentStart: number, sentEnd: number, places: PlaceMention[], excluded: readonly { start: number; end: number }[] = [], named?: ReadonlySet<string>): PlaceChoice | null {
  // "accepted an invitation to the conference in Baku, following talks with Sharifov in Tbilisi": where an
  // event was is kept only if no place of its own follows.
  let attached: PlaceChoice | null = null;
  for (const p of places) {
    // A seat of government with a city ("at the White House") places the meeting in that city.
    // "in Singapore", "in Luxembourg": a city-state's name is its capital's too.
    if (p.kind !== 'city' && p.kind !== 'capital' && !(p.kind === 'metonym' && p.city) && !(p.kind === 'country' && isCityState(p))) continue;
    const before = text.slice(Math.max(sentStart, p.start - 60), p.start);
    if (!LOCATIVE.test(before) || (NOT_THE_VENUE.test(before.replace(TRAILING_NAMES, '')) && !LEADERS_OFFICE.test(before) && !AT_HEADQUARTERS.test(before))) continue;
    if (MEETING_AHEAD_BEFORE.test(before)) continue;
    const eventAttached = eventBefore(before);
    const choice = { location: { place: placeName(p), country: p.iso3 }, span: makeSpan(text, p.start, p.end), eventAttached };
    if (!eventAttached) return choice;
    attached ??= choice;
  }
  if (attached) return attached;
  const s = text.slice(sentStart, sentEnd);
  // "at Hyderabad House", "in the Kremlin": a seat of government stands for its city.
  // Read a little past the end: a window that cuts "at the Istana Nurul Iman" (Brunei's palace) after
  // "Istana" would name Singapore's.
  const sv = text.slice(sentStart, Math.min(text.length, sentEnd + 40));
  const v = venues();
  v.re.lastIndex = 0;
  let vm = v.re.exec(sv);
  // "three weeks after the two signed a declaration at the White House": the venue of another event.
  // "talks at the Government Palace" in a story from Baghdad that never names Mongolia: Baghdad's palace.
  while (vm && vm.index < s.length && (excluded.some((x) => sentStart + vm!.index >= x.start && sentStart + vm!.index < x.end)
    || (named && v.map.get(vm[1] ?? vm[2])![2] === 'shared' && !named.has(v.map.get(vm[1] ?? vm[2])![1])))) vm = v.re.exec(sv);
  if (vm && vm.index >= s.length) vm = null;
  if (vm) {
    const name = vm[1] ?? vm[2];
    const [city, iso3] = v.map.get(name)!;
    const at = sentStart + vm.index + vm[0].length - name.length;
    return { location: { place: city, country: iso3 }, span: makeSpan(text, at, at + name.length) };
  }
  CAPITAL_OF.lastIndex = 0;
  const m = CAPITAL_OF.exec(s);
  if (m) {
    const iso = iso3FromName(m[1]);
    const c = iso ? countryByIso3(iso) : undefined;
    if (c?.capital) return { location: { place: c.capital, country: c.iso3 }, span: makeSpan(text, sentStart + m.index, sentStart + m.index + m[0].length) };
  }
  return null;
}

const WORD_INITIAL = /(^|[\s\-'])(\p{L})/gu;
// Made once: a callback created per call costs an allocation and tsx's naming wrapper.
const capitalise = (_x: string, a: string, b: string): string => a + b.toUpperCase();

// "UNITED NATIONS, Sept 27 (Agency) –": the wire services' dateline for the UN headquarters, in New York.
// "KUWAIT, May 12 (KUNA) --": a dateline names a city, so a country named like its capital stands for the capital.
const DATELINE_CITY: Record<string, string> = { 'United Nations': 'New York', Kuwait: 'Kuwait City', Panama: 'Panama City', Guatemala: 'Guatemala City', Mexico: 'Mexico City', Vatican: 'Vatican City' };

/** A dateline ("NAIROBI, May 24 (Agency) –") names where the story was filed, which is often not the venue. */
export function readDateline(text: string, firstBody: { start: number; end: number } | null): PlaceChoice | null {
  if (!firstBody) return null;
  const s = text.slice(firstBody.start, Math.min(firstBody.end, firstBody.start + 80));
  const m = DATELINE_WITH_DATE.exec(s) ?? DATELINE_CAPITALS.exec(s) ?? DATELINE_AGENCY.exec(s) ?? DATELINE_TITLE_CASE.exec(s);
  if (!m) return null;
  // Datelines are in capitals ("ULAANBAATAR"), which the case-sensitive scanner does not read.
  // "ASTANA. KAZINFORM – ": the city, then the agency.
  const raw = m[1].trim().replace(AGENCY_AFTER_DOT, '');
  const name = raw.toLowerCase().replace(WORD_INITIAL, capitalise);
  const hit = cityLookup(DATELINE_CITY[name] ?? name);
  // "Élysée, 16 February 2024": a seat of government standing for its city.
  const venue = hit ? undefined : venues().map.get(raw.normalize('NFC'));
  if (!hit && !venue) return null;
  const [place, iso3] = hit ? [hit.city, hit.iso3] : venue!;
  return { location: { place, country: iso3 }, span: makeSpan(text, firstBody.start, firstBody.start + raw.length) };
}

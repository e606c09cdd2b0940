import { makeSpan } from '../model/span.ts';
import type { Sentence } from '../nlp/sentences.ts';
import { cityLookup, iso3FromName } from './gazetteer/index.ts';
import type { PlaceChoice } from './engagements/where.ts';

// The lines a government's or a mission's release prints above its body, which say who issued it.

// "Press Release – Ministry of Foreign Affairs of Peru": the government that issued the release, on a line of its own.
const ISSUER_LINE = /^(?:[^–—|:]{0,40}[–—|:]\s*)?(?:The\s+)?(?:Ministry\s+of\s+(?:Foreign|External)\s+Affairs(?:\s+and\s+[\p{L} ]{3,40}?)?|Foreign\s+Ministry|Presidency|Office\s+of\s+the\s+(?:President|Prime\s+Minister)|Government|Cabinet\s+Office)\s+of\s+(?:the\s+)?([^,|–—\n]{3,50}?)\s*(?:[|–—][^\n]*)?$/u;
// "From: Prime Minister's Office, 10 Downing Street": the UK government's pages name the issuing office so.
const UK_FROM_LINE = /^From:\s+[^\n]*\b(?:Downing Street|Foreign, Commonwealth (?:&|and) Development Office)\b/;
// "PM call with Prime Minister Modi of India: 6 May 2025": the headline of the UK government's readouts.
const UK_PM_READOUT_TITLE = /^PM(?:['’]s)?\s+(?:calls?|phone\s+calls?|telephone\s+calls?|meetings?|bilateral(?:\s+meetings?)?|talks)\s+with\s+[^:\n]{3,120}:\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/;
/** The country whose government issued the release, from a heading line above its body; null when none says. */
export function issuerOf(sentences: Sentence[], firstBody: Sentence | null): string | null {
  if (!firstBody) return null;
  for (const s of sentences) {
    if (s.index >= firstBody.index) break;
    if (s.index === 0 || !s.heading) continue;
    const m = ISSUER_LINE.exec(s.text);
    const c = m ? iso3FromName(m[1]) : null;
    if (c) return c;
    if (UK_FROM_LINE.test(s.text)) return 'GBR';
  }
  if (sentences[0]?.heading && UK_PM_READOUT_TITLE.test(sentences[0].text)) return 'GBR';
  // A standfirst ("Readouts of Prime Minister Keir Starmer's bilateral meetings ...") may come before the "From:" line.
  if (sentences.slice(1, 5).some((s) => s.heading && UK_FROM_LINE.test(s.text))) return 'GBR';
  return null;
}

// "MINISTRY OF FOREIGN AFFAIRS / SINGAPORE / 28 MAY 2024": the office that signs the release off below
// its body, with its country on the next line.
const SIGN_OFF_OFFICE = /^(?:the\s+)?(?:ministry\s+of\s+(?:foreign|external)\s+affairs|foreign\s+ministry|prime\s+minister['’]s\s+office|president['’]s\s+office|office\s+of\s+the\s+(?:president|prime\s+minister)|presidential\s+(?:press\s+)?office)$/i;
const SIGN_OFF_REACH = 4;
/** The country whose government signed the release off, from the last few lines; null when none does. */
export function signOffIssuer(sentences: Sentence[]): string | null {
  for (let k = Math.max(1, sentences.length - SIGN_OFF_REACH); k < sentences.length - 1; k++) {
    const office = sentences[k];
    const next = sentences[k + 1];
    if (!office.heading || !SIGN_OFF_OFFICE.test(office.text.trim()) || next.text.length > 40 || next.paragraph === office.paragraph) continue;
    const c = iso3FromName(next.text.trim());
    if (c) return c;
  }
  return null;
}

// "Embassy of India, Kathmandu", "Embassy of the Republic of Türkiye in Islamabad": a mission's release.
const MISSION_LINE = /^(?:The\s+)?(?:Embassy|High Commission|Consulate(?:[- ]General)?)\s+of\s+(?:the\s+)?([^,\n]{2,60}?)(?:,\s+|\s+in\s+(?:the\s+)?)([^,\n]{2,60}?)\s*$/;
export interface Mission { sender: string; seat: PlaceChoice | null }
/** The mission whose release this is, from a heading line: the country it serves, and where it sits (its city, or only the country). */
export function missionOf(text: string, sentences: Sentence[], firstBody: Sentence | null): Mission | null {
  const line = firstBody ? sentences.find((s) => s.index > 0 && s.heading && s.index < firstBody.index && MISSION_LINE.test(s.text)) : undefined;
  const m = line ? MISSION_LINE.exec(line.text) : null;
  const sender = m ? iso3FromName(m[1]) : null;
  if (!m || !sender) return null;
  const city = cityLookup(m[2]);
  const country = city ? city.iso3 : iso3FromName(m[2]);
  const start = line!.start + m.index + m[0].lastIndexOf(m[2]);
  return { sender, seat: country ? { location: { place: city ? city.city : null, country }, span: makeSpan(text, start, start + m[2].length) } : null };
}

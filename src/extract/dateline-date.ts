import { findDates } from '../nlp/dates.ts';

// "WASHINGTON, September 27, 2023 —", "New York, 18 September 2023.", "MANILA, July 8, 2024 (Reuters) -":
// a place, a comma, then the date.
const DATELINE_PLACE = /^\p{Lu}[\p{L}\s.'’\-]{1,40},\s+/u;

/**
 * The day a dateline gives with its year, or null. The day a story was filed is what "today" and
 * "on Monday" count from when the article comes without a publication date.
 */
export function datelineDate(firstBody: string): string | null {
  const place = DATELINE_PLACE.exec(firstBody);
  if (!place) return null;
  const rest = firstBody.slice(place[0].length, place[0].length + 40);
  const d = findDates(rest, null)[0];
  if (!d || d.start !== 0 || d.relative || !d.date) return null;
  // The date must end the dateline: "Astana, 4 July 2024 marked ..." is a sentence, not a dateline.
  return /^\s*(?:\([^)]{1,40}\)\s*)?(?:[–—-]\s|\.\s|\.?$|:\s)/.test(rest.slice(d.end)) ? d.date : null;
}

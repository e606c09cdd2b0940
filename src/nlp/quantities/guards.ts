import { MONTH_PATTERN } from '../calendar.ts';
import { IDENTIFIER_LABELS } from './tables.ts';
import { isRegexSpace } from '../regex.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const LETTER = /\p{L}/u;

// The number is part of a date: "May 24", "Dec. 9", "4 July", "28-30 November", "3 to 5 July".
const MONTH_BEFORE = new RegExp(`${MONTH_PATTERN}\\.?\\s+(?:the\\s+)?$`, 'u');
const MONTH_AFTER = new RegExp(`(?:\\s*[-–]\\s*\\d{1,2}|\\s+(?:to|and)\\s+\\d{1,2})?(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_PATTERN}`, 'yu');
// Clock times and numeric dates: "10:30", "9 a.m.", "5pm", "14/02/2023".
const TIME_AFTER = /(?::\d{2}|\s?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|hrs)(?![\p{L}])|\/\d)/yu;
// Phone numbers and ISO dates: three or more digit groups ("+7 717 272 0000", "72-00-00", "2024-07-04").
const DIGIT_GROUPS = /\+?\(?\d{1,4}\)?(?:[ .\-]\(?\d{2,4}\)?){2,}/y;

export function isDatePart(text: string, start: number, end: number): boolean {
  MONTH_AFTER.lastIndex = end;
  if (MONTH_AFTER.test(text)) return true;
  return MONTH_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

export function isTimeOrSlashDate(text: string, start: number, end: number): boolean {
  TIME_AFTER.lastIndex = end;
  if (TIME_AFTER.test(text)) return true;
  return start > 0 && text.charCodeAt(start - 1) === 0x2f && /\d/.test(text.charAt(start - 2));
}

export function isPhoneOrIsoDate(text: string, start: number): boolean {
  const s = start > 0 && (text[start - 1] === '+' || text[start - 1] === '(') ? start - 1 : start;
  DIGIT_GROUPS.lastIndex = s;
  const m = DIGIT_GROUPS.exec(text);
  if (!m) return false;
  return m[0].replace(/\D/g, '').length >= 6;
}

const FUNCTION_CAPS = new Set([
  'The', 'A', 'An', 'About', 'Around', 'Some', 'Nearly', 'Almost', 'Over', 'Under', 'Only', 'Just', 'More',
  'Less', 'Fewer', 'At', 'In', 'On', 'By', 'Of', 'For', 'With', 'From', 'To', 'And', 'But', 'Or', 'All',
  'Another', 'Roughly', 'Approximately', 'Up', 'Since', 'Until', 'After', 'Before', 'During', 'Exactly',
  'Those', 'These', 'Its', 'Their', 'His', 'Her', 'Our', 'Both', 'Least',
]);

function isLetter(c: number, ch: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/**
 * The word just before `start` (letters, with inner dots or apostrophes), and where it starts, in the
 * 40 characters before `start`. Read backwards by hand: the regex that did it before,
 * `([\p{L}][\p{L}.'’-]*)\.?\s+$`, runs for every number of every sentence read for amounts, and was
 * the costliest step of that read whenever V8 left it in its bytecode interpreter.
 */
export function wordBefore(text: string, start: number): { word: string; start: number } | null {
  const from = Math.max(0, start - 40);
  let i = start;
  while (i > from && isRegexSpace(text.charCodeAt(i - 1))) i--;
  if (i === start) return null;
  let j = i;
  while (j > from) {
    const c = text.charCodeAt(j - 1);
    if (c === 46 || c === 39 || c === 0x2019 || c === 45 || isLetter(c, text.charAt(j - 1))) j--;
    else break;
  }
  // The word opens with a letter: "-abc" and "'abc" start at their first letter.
  while (j < i && !isLetter(text.charCodeAt(j), text.charAt(j))) j++;
  return j < i ? { word: text.slice(j, i), start: j } : null;
}

/**
 * The number names something rather than counting it: "Section 5", "No. 10", "flight 8243",
 * "Embraer 190", "Boeing 737" (a capitalised word that does not open the sentence).
 */
export function isIdentifier(text: string, start: number): boolean {
  const prev = wordBefore(text, start);
  if (!prev) return false;
  if (IDENTIFIER_LABELS.has(prev.word.toLowerCase())) return true;
  const c = prev.word.charCodeAt(0);
  if (!(c >= 65 && c <= 90) || FUNCTION_CAPS.has(prev.word)) return false;
  return !opensSentence(text, prev.start);
}

function opensSentence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(')) i--;
  if (i < 0) return true;
  const c = text[i];
  return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === ':' || c === '–' || c === '—';
}

/** "Turkmenistan-2023", "Su-35": digits hyphenated onto a word are part of a name. */
export function isHyphenatedName(text: string, start: number): boolean {
  return start >= 2 && (text[start - 1] === '-' || text[start - 1] === '–') && LETTER.test(text[start - 2]);
}

import type { Span } from '../../model/span.ts';
import { makeSpan } from '../../model/span.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const HAS_CAPITAL = /\p{Lu}/u;
const ACRONYM_BEFORE_WORD = /\(([\p{Lu}\d\-]{2,10})\)\s+(\S+)$/u;
const ORDINAL_BEFORE_NAME = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?=\p{Lu})/iu;

// "on the sidelines of the SCO summit", "following the Shanghai Cooperation Organization (SCO) Summit",
// "on the eve of the dialogue", "for the fourth India-Central Asia Dialogue".
const EVENT_WORDS = '(?:Summits|summits|Summit|summit|Forum|forum|Assembly|Dialogue|dialogue|Conference|conference|Congress|Games|Session|session|Week|Expo|Festival|Olympics|Ceremony|ceremony|Parade|Meeting|Consultations|Talks|Conclave|Jubilee|Celebrations|celebrations|commemoration ceremony|memorial ceremony|inauguration)';
const OCCASION_RE = new RegExp(
  String.raw`\b(?:on the (?:sidelines|margins) of|on the eve of|(?:hosted|hosts|hosting|attended|attending|attend) the|(?:opening|closing|first|second|final|last) day of|following|ahead of|in the run-up to|during|at|for|within the framework of|in the framework of|as part of)\s+(?:the\s+)?((?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|extraordinary|informal|opening day of the)\s+)*(?:[\p{Lu}\d][\p{L}\d\-’'.]*(?:\s+\([\p{Lu}\d\-]{2,10}\))?\s+(?:(?:of|the|and|on|for|de)\s+)*){0,7}${EVENT_WORDS})\b(?! House\b| Hall\b| Palace\b| Centre\b| Center\b)`,
  'gu');

const PREPARING_FOR_BEFORE = /\bprepar(?:ations?|ing|e|es|ed)\s+for\s+(?:the\s+)?$/i;
const STILL_AHEAD_AFTER = /^,?\s+(?:(?:which|that)\s+(?:is|will)\s+)?(?:due|scheduled|set|planned|expected|slated|to be held|be held)\b/;

/** The event an engagement was held at, as the text names it; "the X (ABC) Summit" is shortened to "ABC Summit". */
export function findOccasion(text: string, start: number, end: number): { occasion: string; span: Span } | null {
  const s = text.slice(start, end);
  OCCASION_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OCCASION_RE.exec(s))) {
    let name = m[1].replace(/^(?:opening day of the)\s+/i, '').trim();
    // "Friday's summit", "this year's forum" say when, not which event.
    name = name.replace(/^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tomorrow|yesterday|this year|next year|last year|this week|next week)['’]s\s+/i, '');
    if (/^(?:Summits?|Forum|Dialogue|Conference|Session|Meeting|Talks|Assembly|Congress|Games|Week)$/i.test(name)) continue;
    // "preparations for the annual Russian-Indian summit due to take place in India later this year": an
    // event ahead, which the talks prepare for, not the one they were held at.
    if (PREPARING_FOR_BEFORE.test(s.slice(Math.max(0, m.index - 20), m.index + m[0].length - m[1].length)) || STILL_AHEAD_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    // Lower-case generic heads ("the dialogue", "the summit") name no particular event.
    if (!HAS_CAPITAL.test(name.replace(/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|annual)\s+/i, ''))) continue;
    const acr = ACRONYM_BEFORE_WORD.exec(name);
    if (acr) name = `${acr[1]} ${acr[2]}`;
    name = name.replace(ORDINAL_BEFORE_NAME, (x) => (/^\d/.test(x) ? x : ''));
    name = name.replace(/\b(summit|forum|dialogue|conference|session)$/, (w) => w[0].toUpperCase() + w.slice(1));
    const at = start + m.index + m[0].length - m[1].length;
    return { occasion: name, span: makeSpan(text, at, at + m[1].length) };
  }
  return null;
}

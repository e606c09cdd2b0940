import type { Sentence } from '../../nlp/sentences.ts';
import type { PersonRegistry } from './registry.ts';
import type { ActorMention } from './types.ts';

// An op-ed, a blog post or a thread on X names its writer once, in a byline at the top ("By Penny Wong",
// "Thread by David Lammy, Foreign Secretary") or in a signature at the end ("Annalena Baerbock / Federal
// Minister for Foreign Affairs", "Penny Wong is the Minister for Foreign Affairs."). The "I" of its
// sentences is that person.
const BYLINE = /(?:^|\s)by\s+[^.!?]*$/i;
// "Secretary Marco Rubio (@SecRubio)", "Dr. S. Jaishankar, External Affairs Minister of India": a line of its own.
const BYLINE_REST = /^\s*(?:,[^.!?]*)?(?:\(@\w+\))?\s*$/;
const BYLINE_LENGTH = 120;
// "Penny Wong is the Minister for Foreign Affairs.": the note below an op-ed.
const SIGNATURE_AFTER = /^\s+(?:is|serves\s+as)\s+(?:the\s+|a\s+|an\s+)?\p{Lu}/u;
const FULL_STOP_END = /[.!?]["”’]?\s*$/;
const HEAD = 4;
const TAIL = 3;
// A signature line is the name and perhaps a title, not a sentence of the story.
const SIGNATURE_LENGTH = 90;

/** The person who wrote the article in the first person, when a byline or a signature names one. */
export function authorOf(sentences: readonly Sentence[], mentions: readonly ActorMention[][], registry: PersonRegistry): string | null {
  const person = (si: number, at: (m: ActorMention, s: Sentence) => boolean): string | null => {
    const s = sentences[si];
    const m = (mentions[si] ?? []).find((x) => x.kind === 'person' && x.personId && at(x, s));
    const p = m?.personId ? registry.get(m.personId) : undefined;
    return p && (p.country || p.org) ? p.id : null;
  };
  // From the line after the headline, which may itself be a name and a title without a verb.
  for (let si = 1; si < Math.min(HEAD, sentences.length); si++) {
    // A byline ends without a full stop: a sentence with one tells the story.
    if (sentences[si].text.length > BYLINE_LENGTH || FULL_STOP_END.test(sentences[si].text)) continue;
    const hit = person(si, (m, s) => BYLINE.test(s.text.slice(0, m.start - s.start)) || (m.start === s.start && BYLINE_REST.test(s.text.slice(m.end - s.start))));
    if (hit) return hit;
  }
  for (let si = sentences.length - 1; si >= Math.max(HEAD, sentences.length - TAIL); si--) {
    const hit = person(si, (m, s) => m.start === s.start && (SIGNATURE_AFTER.test(s.text.slice(m.end - s.start, m.end - s.start + 16))
      || (s.text.length <= SIGNATURE_LENGTH && !FULL_STOP_END.test(s.text) && BYLINE_REST.test(s.text.slice(m.end - s.start)))));
    if (hit) return hit;
  }
  return null;
}

// The sentence coder: which events each sentence states, in PLOVER's JSON shape with CAMEO codes.
// Rules are verb classes in data/coder/verbs.json plus the modal context in data/coder/modality.json;
// the subject/verb/object reading is deliberately shallow (what comes before the verb acts, what
// comes after is acted on) and favours precision: doubtful events are left out, not guessed.
import { makeSpan } from '../../model/span.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import { cameo } from '../codes/index.ts';
import { sentenceActors } from './actors.ts';
import { coderLexicon, type CoderLexicon } from './lexicon.ts';
import { resolveEvents } from './resolve.ts';
import { meetingCode, venueCountry } from './venue.ts';
import type { CodedActor, CodedEvent, CodedSentence } from './types.ts';

export type { CodedActor, CodedEvent, CodedSentence, EventModality } from './types.ts';
export { buildLexicon, coderLexicon, type CoderLexicon } from './lexicon.ts';

// A visit's destination is its recipient ("arrived in Amman"), though it reads like a venue.
const VISIT_RULES = new Set(['visit']);

export const DIPLOMATIC_EVENTS: readonly string[] = ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE'];

function distinct(actors: CodedActor[]): CodedActor[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const k = a.code ?? a.text;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Codes one sentence; offsets in the result are `offset` plus positions in `sentence`. */
export function codeSentence(sentence: string, offset = 0, source = sentence, lex: CoderLexicon = coderLexicon()): CodedEvent[] {
  const raw = resolveEvents(sentence, lex);
  if (!raw.length) return [];
  const actors = sentenceActors(sentence, lex.modality.attributiveOrg);
  return raw.map((r) => {
    const shift = (a: CodedActor): CodedActor => ({ ...a, start: a.start + offset, end: a.end + offset });
    // A place named as the venue is where it happened, not who took part; a dateline is where the
    // story was filed; and the people acted on end with the clause that states the act.
    const isVenue = (a: CodedActor) => /\b(?:in|at|to|from)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, a.start - 10), a.start));
    const datelineEnd = lex.modality.dateline.exec(sentence)?.[0].length ?? 0;
    const rest = sentence.slice(r.actEnd);
    const clauseEnd = r.actEnd + (lex.modality.clauseEnd.exec(rest)?.index ?? rest.length);
    const actor = distinct(actors.filter((a) => a.start >= datelineEnd && a.end <= r.actStart && !isVenue(a)));
    const venue = venueCountry(sentence, r.actEnd);
    // Patterns such as "received the Russian president" hold the recipient inside the cue itself.
    const recipient = distinct(actors.filter((a) => a.start > r.actStart && a.end <= clauseEnd && (!isVenue(a) || VISIT_RULES.has(r.rule))))
      .filter((a) => !actor.some((s) => s.code !== null && s.code === a.code));
    const code = r.code === '040' && r.rule === 'meet' ? meetingCode(actor, recipient, venue) : r.code;
    const entry = cameo(code);
    if (!entry) throw new Error(`coder produced CAMEO code "${code}", which is not in data/codes/cameo.json`);
    let mode = entry.plover?.mode ?? null;
    if (r.event === 'CONSULT' && new Set([...actor, ...recipient].map((a) => a.code ?? a.text)).size >= 3 && code !== '041') mode = 'multilateral';
    // The table's PLOVER event is authoritative except where modality changed the event (a refused
    // meeting is REJECT even though the cue was "meet").
    const event = r.event;
    return {
      actor: actor.map(shift),
      recipient: recipient.map(shift),
      event,
      mode: event === (entry.plover?.event ?? event) ? mode : null,
      context: [...(entry.plover?.context ?? [])],
      eventText: sentence.slice(r.start, r.end),
      span: makeSpan(source, r.start + offset, r.end + offset),
      cameo: { code: entry.code, name: entry.name, goldstein: entry.goldstein, quadClass: entry.quadClass },
      diplomatic: DIPLOMATIC_EVENTS.includes(event),
      modality: r.modality,
      rule: r.rule,
    };
  });
}

/** Splits a text into sentences and codes each; sentences with no event are kept, with `events: []`. */
export function codeText(text: string, lex: CoderLexicon = coderLexicon()): CodedSentence[] {
  return splitSentences(text).map((s) => ({
    index: s.index,
    span: makeSpan(text, s.start, s.end),
    events: codeSentence(s.text, s.start, text, lex),
  }));
}

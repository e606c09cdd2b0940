import type { CoderLexicon } from './lexicon.ts';
import { findCues, matchable, type Cue } from './cues.ts';
import type { EventModality } from './types.ts';

/** What a sentence states, before actors and table look-ups: offsets relative to the sentence. */
export interface RawEvent {
  event: string;
  code: string;
  modality: EventModality;
  start: number;
  end: number;
  /** Where the act itself (not its frame) starts: actors after it are recipients. */
  actStart: number;
  actEnd: number;
  rule: string;
}

// A promised hostile act is a threat, whatever verb promises it; CAMEO's 13 root.
const HOSTILE = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST']);
const THREAT_CODE = '130';
const REFUSAL_CODE = '120';
const DEMAND_CODE = '100';

// How far a promise reaches for the act it promises ("agreed on Wednesday that their countries should cooperate").
const COMPLEMENT_REACH = 90;
// How many characters back modal words may stand and still govern a cue.
const WINDOW = 60;

function governing(text: string, from: number, to: number): string {
  return text.slice(Math.max(from, to - WINDOW), to);
}

export function resolveEvents(sentence: string, lex: CoderLexicon): RawEvent[] {
  const m = lex.modality;
  const text = matchable(sentence);
  const fronted = m.frontedClause.exec(text);
  const cues = findCues(text, lex, fronted ? fronted[0].length : 0);
  const events: RawEvent[] = [];

  const brokenBetween = (a: number, b: number) => m.clauseBreak.test(text.slice(a, b));

  /** The act a promise at `i` commits to: the next cues in the same clause, through chained promises. */
  const complementOf = (i: number): { last: number; act: Cue | null } => {
    let last = i;
    while (last + 1 < cues.length) {
      const next = cues[last + 1];
      if (next.start - cues[last].end > COMPLEMENT_REACH || brokenBetween(cues[last].end, next.start)) break;
      last++;
      if (next.cls.role !== 'intent') return { last, act: next };
    }
    return { last, act: null };
  };

  /** Codes cue i (and what it governs); `inherit` is the modality of the verb it is coordinated with. */
  const evaluate = (i: number, prevEnd: number, inherit: EventModality | null): { ev: RawEvent | null; last: number } => {
    const cue = cues[i];
    const win = governing(text, prevEnd, cue.start);
    const diplomaticish = cue.cls.role === 'intent' || ['AGREE', 'CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT'].includes(cue.cls.event);
    const base = { start: cue.start, end: cue.end, actStart: cue.start, actEnd: cue.end, rule: cue.cls.id };
    let consumed = i;
    if (cue.cls.role === 'intent') consumed = complementOf(i).last;
    // A coordinated verb shares the head's modal ("must hand over ... and cooperate", "did not meet or call").
    if (m.negation.test(win) || inherit === 'negated') {
      // "did not meet", "refused to sign" are refusals; "did not attack" states nothing.
      return { ev: diplomaticish ? { ...base, end: cues[consumed].end, event: 'REJECT', code: REFUSAL_CODE, modality: 'negated' } : null, last: consumed };
    }
    if (m.hypothetical.test(win)) return { ev: null, last: consumed };
    if (m.obligation.test(win) || inherit === 'demanded') {
      return { ev: { ...base, end: cues[consumed].end, event: 'REQUEST', code: DEMAND_CODE, modality: 'demanded' }, last: consumed };
    }
    if (cue.cls.role === 'intent') {
      const { last, act } = complementOf(i);
      if (!act) {
        if (cue.cls.weak) return { ev: null, last };
        return { ev: { ...base, event: 'AGREE', code: cue.cls.cameo, modality: 'intended' }, last };
      }
      // Whoever stands before the promise makes it; whoever follows the promising verb receives it.
      const span = { start: cue.start, end: act.end, actStart: cue.start, actEnd: cue.end, rule: `${cue.cls.id}+${act.cls.id}` };
      if (m.negation.test(governing(text, cues[last - 1].end, act.start))) {
        // "agreed not to ..." promises restraint: still a promise, of the broadest kind.
        return { ev: { ...span, event: 'AGREE', code: cue.cls.cameo, modality: 'intended' }, last };
      }
      if (act.cls.role === 'frame') return { ev: { ...span, event: act.cls.event, code: act.cls.cameo, modality: 'intended' }, last };
      if (HOSTILE.has(act.cls.event) || !act.cls.intentCode) return { ev: { ...span, event: 'THREATEN', code: THREAT_CODE, modality: 'intended' }, last };
      const code = cue.cls.cameo === '030' ? act.cls.intentCode : cue.cls.cameo;
      return { ev: { ...span, event: 'AGREE', code, modality: 'intended' }, last };
    }
    if (inherit === 'intended' && cue.cls.intentCode) {
      return { ev: { ...base, event: 'AGREE', code: cue.cls.intentCode, modality: 'intended' }, last: i };
    }
    return { ev: { ...base, event: cue.cls.event, code: cue.cls.cameo, modality: 'asserted' }, last: i };
  };

  let i = 0;
  let prevEnd = fronted ? fronted[0].length : 0;
  // The head: the first cue used as a verb ("the release of" is a noun) and not inside a relative
  // clause ("an event which will test ...").
  const background = (c: Cue, from: number) => {
    const win = governing(text, from, c.start);
    return m.relative.test(win) || m.nominal.test(win);
  };
  while (i < cues.length && background(cues[i], prevEnd)) {
    prevEnd = cues[i].end;
    i++;
  }
  if (i >= cues.length) return events;
  let { ev, last } = evaluate(i, prevEnd, null);
  if (ev) events.push(ev);
  let headModality = ev?.modality ?? null;
  let end = cues[last].end;
  // Verbs coordinated with the head ("met X and signed ...") are events too; anything else is background.
  for (let j = last + 1; j < cues.length; j++) {
    const gap = text.slice(end, cues[j].start);
    if (m.clauseBreak.test(gap) || !m.coordination.test(gap)) break;
    const r = evaluate(j, end, headModality);
    if (r.ev) events.push(r.ev);
    headModality = r.ev?.modality ?? headModality;
    j = r.last;
    end = cues[r.last].end;
  }
  return events;
}

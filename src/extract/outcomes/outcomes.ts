import type { Outcome, OutcomeKind, Quantity } from '../../model/engagement.ts';
import type { Span } from '../../model/span.ts';
import { makeSpan } from '../../model/span.ts';
import type { QuantityMention } from '../../nlp/quantities.ts';
import type { ActorMention } from '../actors/types.ts';
import type { PersonRegistry } from '../actors/registry.ts';
import { lexicon } from '../lexicon.ts';

export interface OutcomeContext {
  text: string;
  registry: PersonRegistry;
  /** The engagement's sides: ISO3 codes, and "org:WHO" for organisations. */
  sides: string[];
  participants: string[];
}

export interface FoundOutcome { outcome: Outcome; span: Span }

const PREP_BEFORE = /\b(?:of|with|to|for|between|from|on|in|at|by|about|among|toward|towards|including|like|as|than|into|over|against|across|via|after|before|during|under)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$/i;
const DIRECT_GAP = /^(?:\s|,|\b(?:also|then|in turn|later|has|have|had|would|will|again|further|immediately|jointly|is|was|were|are|be|been|formally|officially|warmly|personally|separately|both|not only|in return|for (?:its|his|her|their) part)\b)*$/i;
const PAST_TIME = /\b(?:last (?:year|month|week)|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?! \d{1,2}\b)|in (?:19|20)\d\d|years? ago|months? ago|previously|earlier this year|in the past|since (?:19|20)\d\d)\b/;
const MONEY_UNIT = /^[A-Z]{3}$/;

function sideOfMention(m: ActorMention, ctx: OutcomeContext): string | null | 'plural' {
  if (m.kind === 'plural') return 'plural';
  if (m.personId) {
    const p = ctx.registry.get(m.personId);
    if (!p) return null;
    return p.country ?? (p.org ? `org:${p.org}` : null);
  }
  if (m.kind === 'org') return m.org ? `org:${m.org}` : null;
  return m.iso3;
}

/** Outcome `by`/`to` use countries only; an organisation's side is null by the annotation convention. */
const asCountry = (side: string | null | 'plural'): string | null => (!side || side === 'plural' || side.startsWith('org:') ? null : side);

interface Cue { kind: OutcomeKind; start: number; end: number }

function findCues(s: string, base: number): Cue[] {
  const out: Cue[] = [];
  for (const cue of lexicon().outcomeCues) {
    cue.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = cue.re.exec(s))) {
      const st = m.index;
      const en = st + m[0].length;
      if (cue.exclude && cue.exclude.test(s.slice(Math.max(0, st - 50), Math.min(s.length, en + 50)))) {
        // Exclusions look at the words around the cue; check the exclusion really covers this cue.
        const win = s.slice(Math.max(0, st - 50), Math.min(s.length, en + 50));
        const ex = cue.exclude.exec(win);
        if (ex) {
          const exStart = Math.max(0, st - 50) + ex.index;
          const exEnd = exStart + ex[0].length;
          if (exStart <= en && exEnd >= st) continue;
        }
      }
      if (out.some((c) => st < c.end && en > c.start)) continue;
      out.push({ kind: cue.kind, start: base + st, end: base + en });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function subjectOf(cue: Cue, mentions: ActorMention[], ctx: OutcomeContext, sentStart: number): ActorMention | null {
  const text = ctx.text;
  const cands = mentions.filter((m) => m.end <= cue.start && !(m.kind === 'country' && m.weak)
    && !PREP_BEFORE.test(text.slice(Math.max(sentStart, m.start - 25), m.start)));
  if (!cands.length) return null;
  const nearest = cands[cands.length - 1];
  if (DIRECT_GAP.test(text.slice(nearest.end, cue.start))) return nearest;
  // Coordinated verbs share the sentence's subject: "Jaishankar congratulated Kazakhstan ..., extended full support".
  const clauseStart = Math.max(sentStart, text.lastIndexOf(';', cue.start) + 1);
  return cands.find((m) => m.start >= clauseStart) ?? cands[0];
}

function objectOf(cue: Cue, regionEnd: number, mentions: ActorMention[], by: string | null, ctx: OutcomeContext): string | null | 'plural' {
  for (const m of mentions) {
    if (m.start < cue.end || m.start >= regionEnd) continue;
    const side = sideOfMention(m, ctx);
    if (side === 'plural') return 'plural';
    if (side && side !== by) return side;
  }
  return null;
}

function pickQuantity(kind: OutcomeKind, qs: QuantityMention[], start: number, end: number): QuantityMention | null {
  const inside = qs.filter((q) => q.start >= start && q.end <= end && q.kind !== 'percent' && q.kind !== 'year');
  if (!inside.length) return null;
  if (kind === 'target') return inside.find((q) => q.kind === 'money') ?? inside[inside.length - 1];
  return inside[0];
}

function summarize(text: string, from: number, to: number): string {
  let s = text.slice(from, to).replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:.]+$/g, '');
  if (s.length > 160) s = s.slice(0, 157).replace(/\s+\S*$/, '') + '...';
  return s;
}

/** The outcomes one sentence states for an engagement. */
export function sentenceOutcomes(sentStart: number, sentEnd: number, mentions: ActorMention[], quantities: QuantityMention[],
  ctx: OutcomeContext, state: { lastInvitation: Outcome | null }): FoundOutcome[] {
  const lex = lexicon();
  const text = ctx.text;
  const s = text.slice(sentStart, sentEnd);
  const cues = findCues(s, sentStart);
  const out: FoundOutcome[] = [];
  const bilateral = ctx.sides.filter((x) => !x.startsWith('org:'));
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i];
    const next = cues[i + 1];
    const clauseEnd = (() => { const k = text.indexOf(';', cue.end); return k >= 0 && k < sentEnd ? k : sentEnd; })();
    const regionEnd = Math.min(next ? next.start : sentEnd, clauseEnd);
    // A deal recalled from the past ("after Ethiopia signed a memorandum in January") is not this meeting's outcome.
    const clauseText = text.slice(Math.max(sentStart, text.lastIndexOf(',', cue.start - 1) + 1 || sentStart), regionEnd);
    if (PAST_TIME.test(clauseText) && cue.kind !== 'condolence') continue;
    let kind: OutcomeKind = cue.kind;
    const subj = subjectOf(cue, mentions, ctx, sentStart);
    const subjSide = subj ? sideOfMention(subj, ctx) : null;
    const plural = subjSide === 'plural' || (subj !== null && lex.pluralSubject.test(text.slice(subj.start, subj.end)));
    const cueWord = text.slice(cue.start, cue.end).toLowerCase();
    if (kind === 'agreement' && /^welcome/.test(cueWord) && !plural) kind = 'support';
    if (kind === 'target' && !pickQuantity('target', quantities, cue.start, regionEnd)) kind = 'proposal';
    let by = plural ? null : asCountry(subjSide);
    let to: string | null = null;
    const obj = objectOf(cue, regionEnd, mentions, by, ctx);
    if (obj && obj !== 'plural') to = asCountry(obj);
    else if (!obj && by && bilateral.length === 2 && ctx.sides.length === 2) to = bilateral.find((x) => x !== by) ?? null;
    if (kind === 'signing') { by = null; to = null; }
    if (kind === 'agreement' && plural) { by = null; to = null; }
    if (kind === 'acceptance' && /\b(?:was|were|been|is)\s+accepted\b/i.test(text.slice(Math.max(sentStart, cue.start - 15), cue.end)) && state.lastInvitation) {
      by = state.lastInvitation.to; to = state.lastInvitation.by;
    }
    if (by && to === by) to = null;
    // One outcome per amount when the text adds amounts ("$300 million, plus $60 million for equipment").
    const qs = quantities.filter((q) => q.start >= cue.start && q.end <= regionEnd && q.kind === 'money');
    const splitAt: number[] = [];
    for (let k = 1; k < qs.length; k++) {
      if (/\b(?:plus|a further|an additional|another|in addition)\b/i.test(text.slice(qs[k - 1].end, qs[k].start))) splitAt.push(k);
    }
    const pieces: [number, number][] = [];
    let from = cue.start;
    for (const k of splitAt) { pieces.push([from, qs[k].start]); from = qs[k].start; }
    pieces.push([from, regionEnd]);
    for (const [a, b] of pieces) {
      const q = pickQuantity(kind, quantities, a, b);
      const quantity: Quantity | null = q ? { value: q.value, unit: q.unit } : null;
      if (quantity && kind !== 'target' && !MONEY_UNIT.test(quantity.unit) && q!.kind === 'rate') quantity.unit = `${quantity.unit} per ${q!.per}`;
      const summary = summarize(text, a === cue.start ? cue.end : a, b) || summarize(text, cue.start, b);
      const outcome: Outcome = { kind, by, to, summary, quantity };
      out.push({ outcome, span: makeSpan(text, cue.start, b) });
      if (kind === 'invitation') state.lastInvitation = outcome;
    }
  }
  return out;
}

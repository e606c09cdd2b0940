import type { EngagementKind } from '../../model/engagement.ts';
import type { Sentence } from '../../nlp/sentences.ts';
import { lexicon } from '../lexicon.ts';

export type TriggerStatus = 'happened' | 'planned' | 'recalled' | 'negated';

export interface Trigger {
  id: string;
  kind: EngagementKind | null;
  form: 'verb' | 'fronted' | 'noun';
  /** Absolute offsets of the trigger words. */
  start: number;
  end: number;
  status: TriggerStatus;
  /** Absolute bounds of the clause the trigger heads (for collecting its parties). */
  clauseStart: number;
  clauseEnd: number;
}

const SUMMARY_RE = /\b(?:separate(?:ly)?|a (?:string|series|number|round) of|several|numerous|a flurry of|various|a host of)\b/i;
const NEXT_NAME = /^\s+(?:(?:at|in|on)\s+)?(?:(?:the|his|her|their)\s+)?(?:(?:newly|visiting|incoming|outgoing|new)\s+)?\p{Lu}/u;
const DETERMINER_BEFORE = /\b(?:a|an|the|his|her|their|its|first|bilateral|this|that|next|last|during|in|at|of|upcoming|planned|earlier|previous)\s+$/i;

// Clause boundaries: semicolons, dashes, and ", which/where/when" relatives that start a new event.
function clauseBounds(s: string, at: number): [number, number] {
  let start = 0;
  let end = s.length;
  const re = /;|\s[–—-]\s|,\s+(?=(?:which|where|when|while|whereas|but|after|before|as|since|because|although|though|until|once|and then)\b)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m.index < at) start = m.index + m[0].length;
    else { end = m.index; break; }
  }
  return [start, end];
}

/** Finds the engagement triggers of one sentence and decides whether each reports something that happened. */
export function findTriggers(sent: Sentence): Trigger[] {
  const lex = lexicon();
  const s = sent.text;
  const found: Trigger[] = [];
  for (const rule of lex.triggers) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(s))) {
      const at = m.index;
      let form = rule.form;
      const word = m[0];
      if (rule.nextName && !NEXT_NAME.test(s.slice(at + word.length, at + word.length + 40))) continue;
      // "meeting" is a verb at the head of a clause ("Meeting Nurtleu, Jaishankar ...") and a noun after a determiner.
      if (rule.id === 'met' && /^meeting$/i.test(word)) {
        const before = s.slice(0, at);
        if (at === 0) form = 'fronted';
        else if (DETERMINER_BEFORE.test(before) || !/(?:^|[,;]\s*|\b(?:after|before|while|when|by)\s+)$/i.test(before)) form = 'noun';
      }
      const overlapping = found.findIndex((f) => at < f.end - sent.start && at + word.length > f.start - sent.start);
      if (overlapping >= 0) {
        if (found[overlapping].form === 'noun' && form !== 'noun') found.splice(overlapping, 1);
        else continue;
      }
      const [cs, ce] = clauseBounds(s, at);
      const before = s.slice(cs, at);
      const after = s.slice(at + m[0].length, ce);
      let status: TriggerStatus = 'happened';
      if (lex.negationBefore.test(before)) status = 'negated';
      else if (lex.futureBefore.test(before) || lex.infinitiveBefore.test(before) && !/\b(?:in order|so as)\s+to\s+$/i.test(before) && form === 'verb') status = 'planned';
      else if (lex.recallBefore.test(before) || lex.recallAfter.test(after)) status = 'recalled';
      found.push({
        id: rule.id, kind: rule.kind, form, start: sent.start + at, end: sent.start + at + m[0].length, status,
        clauseStart: sent.start + cs, clauseEnd: sent.start + ce,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "held separate talks with the ministers of A and B": a summary of several meetings, not one. */
export function isSummary(sent: Sentence): boolean {
  return SUMMARY_RE.test(sent.text);
}

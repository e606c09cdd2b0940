import type { Outcome } from '../../model/engagement.ts';
import { cues } from './cues.ts';
import type { CommitmentSubject } from './types.ts';

export interface BodyMention {
  /** The generic name follow-ups are matched on, e.g. "business council". */
  head: string;
  /** The words naming this one, e.g. "a Kazakh-Mongolian business council should be set up without delay". */
  clause: string;
}

const SETUP = /\b(?:set(?:ting)? up|establish\w*|creat\w*|launch\w*|open\w*|found\w*|form\w*)\b/i;

/** A body (council, commission, fund…) the text says should be, or was agreed to be, set up. */
export function bodyToSetUp(text: string): BodyMention | null {
  const lower = text.toLowerCase();
  for (const head of cues().bodies) {
    const re = new RegExp(`(?<![\\p{L}])${head.replace(/ /g, '\\s+')}s?(?![\\p{L}])`, 'iu');
    const m = re.exec(lower);
    if (!m) continue;
    // The clause around the name: back to a comma or "that", forward to a comma, "and that" or the end.
    const startCut = Math.max(lower.lastIndexOf(',', m.index), lower.lastIndexOf(' that ', m.index) + 5, lower.lastIndexOf('"', m.index), -1);
    const rest = lower.slice(m.index);
    const endRel = rest.search(/,|\band that\b|[.;"]/);
    const clause = text.slice(startCut + 1, endRel < 0 ? text.length : m.index + endRel).trim();
    if (!SETUP.test(clause)) continue;
    return { head, clause };
  }
  return null;
}

/** What an outcome promises, judged from its own words (the sentence around it only for amounts). */
export function subjectOf(o: Outcome, sentence: string): CommitmentSubject {
  const c = cues();
  if (o.kind === 'invitation') {
    if (c.event.test(o.summary)) return 'event';
    if (c.visit.test(o.summary)) return 'visit';
    return 'other';
  }
  if (o.quantity && /^[A-Z]{3}$/.test(o.quantity.unit) && (c.trade.test(o.summary) || c.trade.test(sentence))) return 'trade_volume';
  if (bodyToSetUp(o.summary)) return 'body';
  return 'other';
}

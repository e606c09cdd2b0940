import { codeText, DIPLOMATIC_EVENTS } from '../index.ts';
import type { CodedEvent } from '../types.ts';
import { readPetrarchGsr } from './petrarch-gsr.ts';
import { readPloverGsr } from './plover-gsr.ts';
import { scoreDiplomatic, type LabelledRecord, type PeerScore } from './score.ts';

export const DIPLOMATIC_ROOTS: readonly string[] = ['03', '04', '05', '06'];

/** A record the coder got wrong on the diplomatic labels, for reading the errors (never stored). */
export interface Miss {
  id: string;
  gold: string[];
  predicted: string[];
  text: string;
}

export interface PeerEvaluation {
  score: PeerScore;
  misses: Miss[];
}

function events(text: string): CodedEvent[] {
  return codeText(text).flatMap((s) => s.events);
}

function evaluate(items: { id: string; text: string; gold: Set<string> }[], label: (e: CodedEvent) => string, diplomatic: ReadonlySet<string>): PeerEvaluation {
  const recs: LabelledRecord[] = [];
  const misses: Miss[] = [];
  for (const it of items) {
    const predicted = new Set(events(it.text).map(label));
    recs.push({ gold: it.gold, predicted });
    const g = [...it.gold].filter((x) => diplomatic.has(x)).sort();
    const p = [...predicted].filter((x) => diplomatic.has(x)).sort();
    if (g.join() !== p.join()) misses.push({ id: it.id, gold: [...it.gold], predicted: [...predicted], text: it.text });
  }
  return { score: scoreDiplomatic(recs, diplomatic), misses };
}

/** Event-type scores on the PLOVER gold records (0.5 names remapped). */
export function evaluatePlover(path: string): PeerEvaluation {
  const items = readPloverGsr(path).map((r) => ({ id: r.id, text: r.text, gold: new Set([r.event]) }));
  return evaluate(items, (e) => e.event, new Set(DIPLOMATIC_EVENTS));
}

/** CAMEO-root scores on PETRARCH-2's validation records; a record's gold is the set of roots it expects. */
export function evaluatePetrarch(path: string): PeerEvaluation {
  const items = readPetrarchGsr(path).map((r) => ({ id: r.id, text: r.text, gold: new Set(r.codes.map((c) => c.slice(0, 2))) }));
  return evaluate(items, (e) => e.cameo.code.slice(0, 2), new Set(DIPLOMATIC_ROOTS));
}

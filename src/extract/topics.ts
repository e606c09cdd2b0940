import type { Topic } from '../model/topics.ts';
import type { Span } from '../model/span.ts';
import { makeSpan } from '../model/span.ts';
import { lexicon, whichPattern } from './lexicon.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const STARTS_CAPITAL = /^\p{Lu}/u;

// Plain loops in module functions: these run for every cue match, and closures made per call cost
// an allocation (and tsx's __name wrapper) each time.
function hasTopic(out: { topic: Topic }[], topic: Topic): boolean {
  for (let i = 0; i < out.length; i++) if (out[i].topic === topic) return true;
  return false;
}

function inMask(masked: { start: number; end: number }[], a: number, b: number): boolean {
  for (let i = 0; i < masked.length; i++) if (a < masked[i].end && b > masked[i].start) return true;
  return false;
}

/** Topics stated in a stretch of text; cues inside `masked` ranges (people's names and titles) do not count. */
export function findTopics(text: string, start: number, end: number, masked: { start: number; end: number }[]): { topic: Topic; span: Span }[] {
  const s = text.slice(start, end);
  const out: { topic: Topic; span: Span }[] = [];
  const sets = lexicon().topicRe;
  for (let set = 0; set < sets.length; set++) {
    const { combined, topics } = sets[set];
    const re = combined.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      if (!m[0].length) { re.lastIndex++; continue; }
      const a = start + m.index;
      const b = a + m[0].length;
      // A masked cue is skipped whatever its topic, so its topic is not worked out.
      if (inMask(masked, a, b)) continue;
      const topic = topics[whichPattern(m, combined, s)];
      if (hasTopic(out, topic)) continue;
      // A capitalised cue inside a sentence belongs to a name: "Chamber of Commerce", "Collective Security Treaty".
      if (set === 0 && STARTS_CAPITAL.test(m[0]) && m.index > 0 && !/[.!?:"“]\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
      out.push({ topic, span: makeSpan(text, a, b) });
    }
  }
  return out.sort((x, y) => x.span.start - y.span.start);
}

import type { Topic } from '../model/topics.ts';
import type { Span } from '../model/span.ts';
import { makeSpan } from '../model/span.ts';
import { lexicon } from './lexicon.ts';

/** Topics stated in a stretch of text; `masked` ranges (people's names and titles) are not read. */
export function findTopics(text: string, start: number, end: number, masked: { start: number; end: number }[]): { topic: Topic; span: Span }[] {
  let s = text.slice(start, end);
  // Blank out names and titles so "Minister of Health" or "Foreign Minister" does not make a topic.
  for (const m of masked) {
    if (m.end <= start || m.start >= end) continue;
    const a = Math.max(m.start, start) - start;
    const b = Math.min(m.end, end) - start;
    s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  }
  const out: { topic: Topic; span: Span }[] = [];
  for (const { topic, re } of lexicon().topics) {
    re.lastIndex = 0;
    const m = re.exec(s);
    if (m) out.push({ topic, span: makeSpan(text, start + m.index, start + m.index + m[0].length) });
  }
  return out;
}

import { h } from '../h.ts';
import type { Highlight } from '../api.ts';

// When spans overlap, the narrower, more specific field wins the colour; evidence is the backdrop.
const PRIORITY: Record<string, number> = { outcome: 6, topic: 5, participant: 4, date: 3, place: 3, occasion: 3, evidence: 1 };

interface Segment { start: number; end: number; top: Highlight | null; inEvidence: boolean }

export function segments(length: number, highlights: Highlight[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const x of highlights) { cuts.add(Math.max(0, Math.min(length, x.start))); cuts.add(Math.max(0, Math.min(length, x.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const active = highlights.filter((x) => x.start <= start && x.end >= end);
    const top = active.filter((x) => x.kind !== 'evidence').sort((a, b) => (PRIORITY[b.kind] ?? 0) - (PRIORITY[a.kind] ?? 0))[0] ?? null;
    out.push({ start, end, top, inEvidence: active.some((x) => x.kind === 'evidence') });
  }
  return out;
}

/** The article as text nodes only: whatever markup a source contains is shown, never interpreted. */
export function HighlightedText({ text, highlights }: { text: string; highlights: Highlight[] }) {
  const parts = segments(text.length, highlights).map((s, i) => {
    const chunk = text.slice(s.start, s.end);
    if (!s.top && !s.inEvidence) return chunk;
    const kind = s.top ? s.top.kind : 'evidence';
    const cls = `hl hl-${kind}${s.top?.kind === 'outcome' ? ` hl-outcome-${s.top.label}` : ''}${s.inEvidence ? ' in-evidence' : ''}`;
    return h('mark', { key: i, className: cls, 'data-kind': kind, 'data-label': s.top?.label ?? 'evidence', title: s.top ? `${kind}: ${s.top.label}` : 'evidence' }, chunk);
  });
  return h('div', { className: 'article-text' }, ...parts);
}

export function HighlightLegend() {
  const kinds = ['evidence', 'participant', 'date', 'place', 'occasion', 'topic', 'outcome'];
  return h('p', { className: 'legend' }, 'Highlighted: ', ...kinds.map((k) => h('mark', { key: k, className: `hl hl-${k}` }, k)));
}

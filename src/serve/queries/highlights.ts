import type { EngagementRecord } from '../../model/engagement.ts';
import type { Span } from '../../model/span.ts';

export const HIGHLIGHT_KINDS = ['evidence', 'participant', 'date', 'place', 'occasion', 'topic', 'outcome'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** A stretch of an article that supports one field of an engagement; `label` says which value. */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
  label: string;
}

/**
 * The spans a claim recorded, checked against the stored text: a span that no longer lines up
 * (a text edited after extraction) is dropped rather than shown over the wrong words.
 */
export function claimHighlights(text: string, rec: EngagementRecord): Highlight[] {
  const out: Highlight[] = [];
  const add = (s: Span | null | undefined, kind: HighlightKind, label: string) => {
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > text.length || s.start >= s.end) return;
    if (typeof s.text === 'string' && text.slice(s.start, s.end) !== s.text) return;
    out.push({ start: s.start, end: s.end, kind, label });
  };
  const spans = rec.spans;
  if (!spans) return out;
  for (const s of spans.evidence ?? []) add(s, 'evidence', 'evidence');
  (spans.participants ?? []).forEach((list, i) => {
    const p = rec.participants?.[i];
    const label = p ? [p.name, p.role, p.country ?? p.org].filter(Boolean).join(', ') : 'participant';
    for (const s of list ?? []) add(s, 'participant', label);
  });
  add(spans.date, 'date', rec.date ?? 'date');
  add(spans.place, 'place', rec.location?.place ?? 'place');
  add(spans.occasion, 'occasion', rec.occasion ?? 'occasion');
  for (const t of spans.topics ?? []) add(t.span, 'topic', t.topic);
  (spans.outcomes ?? []).forEach((s, i) => {
    const o = rec.outcomes?.[i];
    add(s, 'outcome', o ? o.kind : 'outcome');
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

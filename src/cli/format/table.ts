import Table from 'cli-table3';
import type { ExtractionResult } from '../../model/result.ts';

const wrap = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** A table for people: one row per engagement, with who, when, where, topics and outcomes. */
export function renderTable(results: ExtractionResult[]): string {
  const width = Math.max(100, Math.min(process.stdout.columns || 140, 200));
  const t = new Table({
    head: ['article', 'kind', 'date', 'place', 'participants', 'topics', 'outcomes'],
    colWidths: [22, 11, 12, 16, Math.floor(width * 0.22), 20, Math.floor(width * 0.3)],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  let rows = 0;
  for (const r of results) {
    const title = wrap(r.article.title ?? r.article.source ?? '', 60);
    if (!r.engagements.length) { t.push([title, '—', '', '', '(no engagement reported)', '', '']); rows++; continue; }
    for (const e of r.engagements) {
      t.push([
        title,
        e.kind,
        e.date ?? '—',
        [e.location.place, e.location.country].filter(Boolean).join(', ') || '—',
        e.participants.map((p) => `${p.name ?? '(unnamed)'}${p.role ? `, ${p.role}` : ''} (${p.country ?? p.org ?? '?'})`).join('\n'),
        e.topics.join(', '),
        e.outcomes.map((o) => `${o.kind}${o.by ? ` ${o.by}` : ''}${o.to ? `→${o.to}` : ''}: ${wrap(o.summary, 70)}${o.quantity ? ` [${o.quantity.value.toLocaleString('en')} ${o.quantity.unit}]` : ''}`).join('\n'),
      ]);
      rows++;
    }
  }
  const n = results.reduce((a, r) => a + r.engagements.length, 0);
  return `${t.toString()}\n${results.length} article(s), ${n} engagement(s)`;
}

import { h } from '../h.ts';
import type { MonthCount } from '../api.ts';
import { formatMonth } from '../format.ts';

function fillMonths(months: MonthCount[]): MonthCount[] {
  if (!months.length) return [];
  const out: MonthCount[] = [];
  const have = new Map(months.map((m) => [m.month, m.engagements]));
  let [y, m] = months[0].month.split('-').map(Number);
  const [ly, lm] = months[months.length - 1].month.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ month: key, engagements: have.get(key) ?? 0 });
    if (++m > 12) { m = 1; y++; }
    if (out.length > 600) break;
  }
  return out;
}

/** Engagements per month as bars; empty months are drawn so gaps in activity show. */
export function TimelineChart({ months, title }: { months: MonthCount[]; title: string }) {
  const data = fillMonths(months);
  if (!data.length) return h('p', { className: 'muted' }, 'No dated engagements.');
  const W = 760, H = 180, pad = 28;
  const max = Math.max(...data.map((d) => d.engagements), 1);
  const bw = (W - pad * 2) / data.length;
  const every = Math.ceil(data.length / 12);
  return h('figure', { className: 'chart' },
    h('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title },
      h('line', { x1: pad, x2: W - pad, y1: H - pad, y2: H - pad, className: 'axis' }),
      h('text', { x: 4, y: 14, className: 'tick' }, String(max)),
      ...data.map((d, i) => {
        const bh = ((H - pad * 2) * d.engagements) / max;
        return h('g', { key: d.month },
          h('rect', { x: pad + i * bw + 1, y: H - pad - bh, width: Math.max(bw - 2, 1), height: bh, className: 'bar' },
            h('title', null, `${formatMonth(d.month)}: ${d.engagements}`)),
          i % every === 0 ? h('text', { x: pad + i * bw + bw / 2, y: H - 8, className: 'tick', textAnchor: 'middle' }, formatMonth(d.month)) : null);
      })),
    h('figcaption', null, title));
}

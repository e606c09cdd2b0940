import { Link, useParams } from 'react-router';
import { h } from '../h.ts';
import { useApi, type Engagement, type Outcome } from '../api.ts';
import { EngagementList } from '../components/engagement-list.ts';
import { Status } from '../components/layout.ts';
import { TimelineChart } from '../components/timeline-chart.ts';
import { formatDate, formatMonth, formatQuantity, label } from '../format.ts';

interface Dyad {
  a: { iso3: string; name: string }; b: { iso3: string; name: string };
  engagements: number;
  timeline: { month: string; engagements: number; goldstein: number | null; plover: Record<string, number> }[];
  topics: { topic: string; engagements: number }[];
  outcomes: (Outcome & { engagement_id: string; date: string | null; state: string })[];
  goldstein: number | null;
  latest: Engagement[];
}

export function PairPage() {
  const { a = '', b = '' } = useParams();
  const r = useApi<Dyad>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`);
  if (r.state !== 'ok') return h(Status, r);
  const d = r.data;
  return h('div', { className: 'pair' },
    h('h1', null, `${d.a.name}–${d.b.name}`),
    h('p', null, `${d.engagements} engagement${d.engagements === 1 ? '' : 's'}`, d.goldstein !== null ? ` · mean Goldstein ${d.goldstein}` : '', ' · ',
      h(Link, { to: `/countries/${d.a.iso3}` }, d.a.name), ' · ', h(Link, { to: `/countries/${d.b.iso3}` }, d.b.name), ' · ',
      h(Link, { to: `/engagements?pair=${d.a.iso3},${d.b.iso3}` }, 'all engagements')),
    h(TimelineChart, { months: d.timeline, title: 'Engagements per month' }),
    h('table', { className: 'codes' },
      h('thead', null, h('tr', null, h('th', null, 'Month'), h('th', null, 'Engagements'), h('th', null, 'Goldstein'), h('th', null, 'PLOVER events'))),
      h('tbody', null, ...d.timeline.map((m) => h('tr', { key: m.month }, h('td', null, formatMonth(m.month)), h('td', null, String(m.engagements)),
        h('td', null, m.goldstein === null ? '—' : String(m.goldstein)), h('td', null, Object.entries(m.plover).map(([k, n]) => `${k} ×${n}`).join(', ')))))),
    h('div', { className: 'columns' },
      h('section', null, h('h2', null, 'Topics'),
        h('ul', { className: 'topics' }, ...d.topics.map((t) => h('li', { key: t.topic }, `${label(t.topic)} `, h('span', { className: 'muted' }, String(t.engagements)))))),
      h('section', null, h('h2', null, 'Outcomes'),
        h('ul', { className: 'outcomes' }, ...d.outcomes.map((o, i) => h('li', { key: i },
          h('span', { className: `badge outcome-${o.kind}` }, label(o.kind)), ' ',
          h('span', { className: `state state-${o.state}` }, o.state), ' ',
          h(Link, { to: `/engagements/${o.engagement_id}` }, formatDate(o.date)), ': ', o.summary,
          o.quantity ? h('strong', null, ` (${formatQuantity(o.quantity)})`) : null))))),
    h('h2', null, 'Engagements'),
    h(EngagementList, { items: d.latest }));
}

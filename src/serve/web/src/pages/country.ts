import { Link, useParams } from 'react-router';
import { h } from '../h.ts';
import { useApi, type Engagement, type MonthCount } from '../api.ts';
import { EngagementList } from '../components/engagement-list.ts';
import { Status } from '../components/layout.ts';
import { TimelineChart } from '../components/timeline-chart.ts';
import { KIND_LABEL, label } from '../format.ts';

interface Profile {
  iso3: string; name: string; engagements: number; kinds: Record<string, number>;
  partners: { iso3: string; name: string; engagements: number }[];
  topics: { topic: string; engagements: number }[];
  timeline: MonthCount[]; recent: Engagement[];
}

export function CountryPage() {
  const { iso3 = '' } = useParams();
  const r = useApi<Profile>(`/api/countries/${encodeURIComponent(iso3)}`);
  if (r.state !== 'ok') return h(Status, r);
  const p = r.data;
  return h('div', { className: 'country' },
    h('h1', null, p.name),
    h('p', null, `${p.engagements} engagements: `, Object.entries(p.kinds).map(([k, n]) => `${n} ${(KIND_LABEL[k] ?? k).toLowerCase()}${n === 1 ? '' : 's'}`).join(', ')),
    h(TimelineChart, { months: p.timeline, title: `${p.name}: engagements per month` }),
    h('div', { className: 'columns' },
      h('section', null, h('h2', null, 'Partners'),
        h('ol', { className: 'pairs' }, ...p.partners.map((x) => h('li', { key: x.iso3 }, h(Link, { to: `/pairs/${p.iso3}/${x.iso3}` }, x.name), h('span', { className: 'muted' }, ` ${x.engagements}`))))),
      h('section', null, h('h2', null, 'Topics'),
        h('ul', { className: 'topics' }, ...p.topics.map((t) => h('li', { key: t.topic }, h(Link, { to: `/engagements?country=${p.iso3}&topic=${t.topic}` }, label(t.topic)), h('span', { className: 'muted' }, ` ${t.engagements}`)))))),
    h('h2', null, 'Recent engagements'),
    h(EngagementList, { items: p.recent }),
    h(Link, { to: `/engagements?country=${p.iso3}` }, 'All engagements'));
}

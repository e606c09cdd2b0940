import { Link } from 'react-router';
import { h } from '../h.ts';
import { useApi, type Engagement, type MonthCount } from '../api.ts';
import { EngagementList } from '../components/engagement-list.ts';
import { Status } from '../components/layout.ts';
import { TimelineChart } from '../components/timeline-chart.ts';

interface Stats {
  counts: Record<string, number>;
  kinds: Record<string, number>;
  timeline: MonthCount[];
  top_pairs: { a: string; b: string; a_name: string; b_name: string; engagements: number }[];
  latest: Engagement[];
}

export function Overview() {
  const r = useApi<Stats>('/api/stats');
  if (r.state !== 'ok') return h(Status, r);
  const s = r.data;
  const card = (n: number, what: string) => h('div', { className: 'card', key: what }, h('strong', null, n.toLocaleString('en')), h('span', null, what));
  return h('div', { className: 'overview' },
    h('h1', null, 'Overview'),
    h('div', { className: 'cards' },
      card(s.counts.engagements, 'engagements'), card(s.counts.articles, 'articles'), card(s.counts.countries, 'countries'), card(s.counts.actors, 'people')),
    h(TimelineChart, { months: s.timeline, title: 'Engagements per month' }),
    h('div', { className: 'columns' },
      h('section', null,
        h('h2', null, 'Most active pairs'),
        h('ol', { className: 'pairs' }, ...s.top_pairs.map((p) =>
          h('li', { key: `${p.a}-${p.b}` }, h(Link, { to: `/pairs/${p.a}/${p.b}` }, `${p.a_name}–${p.b_name}`), h('span', { className: 'muted' }, ` ${p.engagements}`))))),
      h('section', null, h('h2', null, 'Latest engagements'), h(EngagementList, { items: s.latest }))));
}

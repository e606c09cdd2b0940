import { Link, useSearchParams } from 'react-router';
import { h } from '../h.ts';
import { useApi, type Engagement } from '../api.ts';
import { EngagementList } from '../components/engagement-list.ts';
import { Status } from '../components/layout.ts';
import { countryName } from '../countries.ts';

interface Result {
  countries: { iso3: string; name: string }[];
  actors: { id: string; name: string; country: string | null; org: string | null; num_engagements: number }[];
  engagements: Engagement[];
}

export function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const r = useApi<Result>(q ? `/api/search?q=${encodeURIComponent(q)}&limit=20` : null);
  if (!q) return h('p', { className: 'muted' }, 'Type in the search box above.');
  if (r.state !== 'ok') return h(Status, r);
  const s = r.data;
  return h('div', null,
    h('h1', null, `Search: ${q}`),
    h('h2', null, 'Countries'),
    s.countries.length ? h('ul', null, ...s.countries.map((c) => h('li', { key: c.iso3 }, h(Link, { to: `/countries/${c.iso3}` }, c.name)))) : h('p', { className: 'muted' }, 'None.'),
    h('h2', null, 'People'),
    s.actors.length ? h('ul', null, ...s.actors.map((a) => h('li', { key: a.id }, h(Link, { to: `/actors/${a.id}` }, a.name), ` — ${countryName(a.country) || a.org || ''}, ${a.num_engagements} engagements`))) : h('p', { className: 'muted' }, 'None.'),
    h('h2', null, 'Evidence'),
    h(EngagementList, { items: s.engagements, empty: 'No evidence sentence mentions it.' }));
}

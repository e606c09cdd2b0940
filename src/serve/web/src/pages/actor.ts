import { Link, useParams } from 'react-router';
import { h } from '../h.ts';
import { useApi, type Engagement } from '../api.ts';
import { EngagementList } from '../components/engagement-list.ts';
import { Status } from '../components/layout.ts';
import { countryName } from '../countries.ts';
import { formatDate } from '../format.ts';

interface Actor {
  id: string; name: string; aliases: string[]; country: string | null; org: string | null; num_engagements: number;
  roles: { role: string; country: string | null; first_seen: string | null; last_seen: string | null }[];
  engagements: Engagement[];
}

export function ActorPage() {
  const { id = '' } = useParams();
  const r = useApi<Actor>(`/api/actors/${encodeURIComponent(id)}`);
  if (r.state !== 'ok') return h(Status, r);
  const a = r.data;
  return h('div', { className: 'actor' },
    h('h1', null, a.name),
    h('p', null, a.country ? h(Link, { to: `/countries/${a.country}` }, countryName(a.country)) : a.org ?? '', a.aliases.length ? ` · also written ${a.aliases.join(', ')}` : ''),
    h('h2', null, 'Roles over time'),
    h('table', { className: 'roles' },
      h('thead', null, h('tr', null, h('th', null, 'Role'), h('th', null, 'For'), h('th', null, 'First seen'), h('th', null, 'Last seen'))),
      h('tbody', null, ...a.roles.map((x, i) => h('tr', { key: i }, h('td', null, x.role), h('td', null, countryName(x.country) || a.org || '—'), h('td', null, formatDate(x.first_seen)), h('td', null, formatDate(x.last_seen)))))),
    h('h2', null, `Engagements (${a.num_engagements})`),
    h(EngagementList, { items: a.engagements }));
}

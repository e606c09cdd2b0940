import { Link } from 'react-router';
import { h } from '../h.ts';
import type { Engagement } from '../api.ts';
import { countryName } from '../countries.ts';
import { formatDate, KIND_LABEL } from '../format.ts';

export function partyNames(e: Engagement): string {
  const parties = e.countries.length ? e.countries.map(countryName) : [...new Set(e.participants.map((p) => p.org).filter(Boolean))] as string[];
  return parties.join(' – ');
}

export function EngagementList({ items, empty = 'No engagements.' }: { items: Engagement[]; empty?: string }) {
  if (!items.length) return h('p', { className: 'muted' }, empty);
  return h('ul', { className: 'engagements' }, ...items.map((e) =>
    h('li', { key: e.id },
      h(Link, { to: `/engagements/${e.id}`, className: 'engagement-link' },
        h('span', { className: 'date' }, formatDate(e.date ?? e.first_reported)),
        h('span', { className: `kind kind-${e.kind}` }, KIND_LABEL[e.kind] ?? e.kind),
        h('span', { className: 'parties' }, partyNames(e)),
        e.location.place ? h('span', { className: 'place' }, `in ${e.location.place}`) : null),
      h('p', { className: 'evidence' }, e.evidence.length > 240 ? `${e.evidence.slice(0, 240)}…` : e.evidence),
      h('p', { className: 'meta' }, `${e.num_sources} source${e.num_sources === 1 ? '' : 's'}`, e.topics.length ? ` · ${e.topics.slice(0, 5).join(', ').replace(/_/g, ' ')}` : ''))));
}

import { Link, useParams } from 'react-router';
import { h } from '../h.ts';
import { useApi, type EngagementDetail } from '../api.ts';
import { partyNames } from '../components/engagement-list.ts';
import { HighlightedText, HighlightLegend } from '../components/highlighted-text.ts';
import { Status } from '../components/layout.ts';
import { countryName } from '../countries.ts';
import { formatDate, formatQuantity, KIND_LABEL, label } from '../format.ts';

export function EngagementPage() {
  const { id = '' } = useParams();
  const r = useApi<EngagementDetail>(`/api/engagements/${encodeURIComponent(id)}`);
  if (r.state !== 'ok') return h(Status, r);
  const e = r.data;
  const row = (k: string, v: unknown) => h('tr', { key: k }, h('th', null, k), h('td', null, v as string));
  return h('article', { className: 'engagement' },
    h('h1', null, `${KIND_LABEL[e.kind] ?? e.kind}: ${partyNames(e)}`),
    h('table', { className: 'facts' }, h('tbody', null,
      row('Date', formatDate(e.date)),
      row('Place', [e.location.place, countryName(e.location.country)].filter(Boolean).join(', ') || 'unknown'),
      row('Occasion', e.occasion ?? '—'),
      row('Countries', h('span', null, ...e.countries.map((c, i) => h('span', { key: c }, i ? ', ' : '', h(Link, { to: `/countries/${c}` }, countryName(c)))),
        e.countries.length === 2 ? h(Link, { to: `/pairs/${e.countries[0]}/${e.countries[1]}`, className: 'pair-link' }, ' (pair page)') : null)),
      row('Topics', e.topics.map(label).join(', ') || '—'),
      row('Confidence', `${Math.round(e.confidence * 100)}% from ${e.num_sources} independent source${e.num_sources === 1 ? '' : 's'}`),
      row('Codes', e.codes ? `PLOVER ${e.codes.plover.event}${e.codes.plover.mode ? ` (${e.codes.plover.mode})` : ''}; CAMEO ${e.codes.cameo.map((c) => `${c.code} ${c.name}`).join(', ')}${e.goldstein !== null ? `; Goldstein ${e.goldstein}` : ''}` : '—'))),
    h('h2', null, 'Participants'),
    h('ul', { className: 'participants' }, ...e.participants.map((p, i) =>
      h('li', { key: i }, h(Link, { to: `/engagements?person=${encodeURIComponent(p.name ?? '')}` }, p.name ?? 'unnamed'), [p.role, countryName(p.country) || p.org].filter(Boolean).length ? ` — ${[p.role, countryName(p.country) || p.org].filter(Boolean).join(', ')}` : ''))),
    h('h2', null, 'Outcomes'),
    e.outcomes.length
      ? h('ul', { className: 'outcomes' }, ...e.outcomes.map((o, i) =>
        h('li', { key: i }, h('span', { className: `badge outcome-${o.kind}` }, label(o.kind)), ' ', o.by ? `${countryName(o.by)}: ` : '', o.summary, o.quantity ? h('strong', null, ` (${formatQuantity(o.quantity)})`) : null)))
      : h('p', { className: 'muted' }, 'None recorded.'),
    h('h2', null, `Sources (${e.sources.length})`),
    h(HighlightLegend),
    ...e.sources.map((s) => h('section', { key: s.article_id, className: 'source' },
      h('h3', null, s.title ?? 'Untitled'),
      h('p', { className: 'meta' }, [s.source, formatDate(s.published), s.role === 'copy' ? 'copy of an earlier article' : 'original'].filter(Boolean).join(' · '),
        s.url ? h('span', null, ' · ', h('a', { href: s.url, rel: 'noopener noreferrer nofollow' }, 'link')) : null),
      h(HighlightedText, { text: s.text, highlights: s.highlights }))));
}

import { Link, useSearchParams } from 'react-router';
import { h } from '../h.ts';
import { useApi } from '../api.ts';
import { Status } from '../components/layout.ts';
import { countryName } from '../countries.ts';
import { formatDate, formatQuantity, label } from '../format.ts';

export interface CommitmentLink {
  id: string; relation: string; engagement_id: string; date: string | null; kind: string; place: string | null; country: string | null;
  reason: string; confidence: number; review: string | null; reviewed_by: string | null;
}
export interface Commitment {
  id: string; kind: string; subject: string; status: string; status_date: string | null;
  by: string | null; to: string | null; owed_by: string[]; owed_to: string[]; summary: string;
  quantity: { value: number; unit: string } | null; deadline: string | null; deadline_text: string | null;
  origin: { engagement_id: string; date: string | null; kind: string; place: string | null; country: string | null };
  sources: { article_id: string; url: string | null; title: string | null; published: string | null; source: string | null; role: string }[];
  links: CommitmentLink[];
  history: { status: string; date: string | null; reason: string; engagement_id: string | null; link_id: string | null }[];
  verified: string[];
}

const STATUSES = ['', 'proposed', 'agreed', 'accepted', 'fulfilled', 'lapsed'];
// The dashboard's existing state colours: done, still open, and neither.
const STATE_CLASS: Record<string, string> = { fulfilled: 'state-fulfilled', proposed: 'state-open', agreed: 'state-open', accepted: 'state-open' };

const sides = (list: string[]) => list.map(countryName).join(' and ') || 'unstated';

/** One step of the way from promise to outcome: a status change or a later report, with what it rests on. */
function Step({ date, what, detail, engagement }: { date: string | null; what: string; detail: string; engagement: string | null }) {
  return h('li', null,
    h('strong', null, formatDate(date)), ' · ', what, ': ', detail,
    engagement ? h('span', null, ' · ', h(Link, { to: `/engagements/${engagement}` }, 'engagement')) : null);
}

export function CommitmentCard({ c }: { c: Commitment }) {
  const steps = [
    ...c.history.map((e, i) => ({ key: `s${i}`, date: e.date, what: e.status, detail: e.reason, engagement: e.engagement_id })),
    ...c.links.filter((l) => !c.history.some((e) => e.link_id === l.id)).map((l) => ({
      key: l.id, date: l.date, what: `${label(l.relation)}${l.review ? ` (${l.review}${l.reviewed_by ? ` by ${l.reviewed_by}` : ''})` : ` (confidence ${l.confidence})`}`,
      detail: l.reason, engagement: l.engagement_id,
    })),
  ].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const verified = (field: string) => (c.verified.includes(field) ? h('span', { className: 'badge', title: 'corrected by an analyst' }, '✓ verified') : null);
  return h('section', { className: 'source commitment' },
    h('h3', null,
      h('span', { className: `badge outcome-${c.kind}` }, label(c.kind)), ' ',
      h('span', { className: `state ${STATE_CLASS[c.status] ?? ''}` }, c.status), ' ', c.summary, ' ', verified('summary'), verified('status')),
    h('p', { className: 'muted' },
      `Owed by ${sides(c.owed_by)}${c.owed_to.length ? ` to ${sides(c.owed_to)}` : ''}`,
      c.quantity ? ` · ${formatQuantity(c.quantity)}` : '',
      c.deadline ? ` · deadline ${formatDate(c.deadline)}${c.deadline_text ? ` (“${c.deadline_text}”)` : ''}` : '',
      ' · made at ', h(Link, { to: `/engagements/${c.origin.engagement_id}` }, `${label(c.origin.kind)} of ${formatDate(c.origin.date)}`),
      c.origin.place ? ` in ${c.origin.place}` : ''),
    h('ol', { className: 'timeline' }, ...steps.map((s) => h(Step, { key: s.key, date: s.date, what: s.what, detail: s.detail, engagement: s.engagement }))),
    c.sources.length ? h('p', { className: 'muted' }, 'Sources: ', ...c.sources.map((s, i) => h('span', { key: s.article_id },
      i ? ', ' : '', /^https?:\/\//i.test(s.url ?? '') ? h('a', { href: s.url!, rel: 'noreferrer noopener' }, s.title ?? s.url) : (s.title ?? s.source ?? s.article_id),
      s.published ? ` (${formatDate(s.published)})` : '', s.role === 'copy' ? ' (copy)' : ''))) : null);
}

/** Commitments for any API query (a pair, an engagement…): the pair and engagement pages can show them too. */
export function CommitmentList({ query, empty }: { query: string; empty?: string }) {
  const r = useApi<{ items: Commitment[] }>(`/api/commitments?${query}`);
  if (r.state !== 'ok') return h(Status, r);
  if (!r.data.items.length) return h('p', { className: 'muted' }, empty ?? 'No commitments.');
  return h('div', { className: 'commitments' }, ...r.data.items.map((c) => h(CommitmentCard, { key: c.id, c })));
}

/** The tracker: every promise with its way to fulfilment or lapse; the pair and status filters live in the URL. */
export function CommitmentsPage() {
  const [params, setParams] = useSearchParams();
  const query = new URLSearchParams();
  for (const f of ['pair', 'status', 'country']) { const v = params.get(f); if (v) query.set(f, v); }
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value); else next.delete(name);
    setParams(next);
  };
  return h('div', null,
    h('h1', null, 'Commitments'),
    h('p', { className: 'muted' }, 'Invitations, proposals, targets and agreements made at engagements, followed to their fulfilment or lapse.'),
    h('div', { className: 'filters' },
      h('label', null, 'Pair', h('input', {
        name: 'pair', placeholder: 'KAZ,MNG', size: 8, defaultValue: params.get('pair') ?? '',
        onBlur: (e: { target: { value: string } }) => set('pair', e.target.value.trim().toUpperCase()),
        onKeyDown: (e: { key: string; currentTarget: { value: string } }) => e.key === 'Enter' && set('pair', e.currentTarget.value.trim().toUpperCase()),
      })),
      h('label', null, 'Status', h('select', { name: 'status', value: params.get('status') ?? '', onChange: (e: { target: { value: string } }) => set('status', e.target.value) },
        ...STATUSES.map((s) => h('option', { key: s, value: s }, s || 'any'))))),
    h(CommitmentList, { query: query.toString(), empty: 'No commitment matches these filters.' }));
}

import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { h } from '../h.ts';
import { useApi, type Engagement } from '../api.ts';
import { EngagementList } from '../components/engagement-list.ts';
import { Status } from '../components/layout.ts';

const FILTERS = ['country', 'pair', 'person', 'kind', 'topic', 'outcome', 'from', 'to', 'q', 'sort'] as const;
const KINDS = ['', 'meeting', 'phone_call', 'video_call', 'visit'];
const OUTCOMES = ['', 'proposal', 'agreement', 'invitation', 'acceptance', 'target', 'signing', 'support', 'gratitude', 'congratulation', 'condolence'];

/** The engagement list; every filter lives in the URL, so a filtered view can be shared as a link. */
export function EngagementsPage() {
  const [params, setParams] = useSearchParams();
  const [cursors, setCursors] = useState<string[]>([]);
  const query = new URLSearchParams();
  for (const f of FILTERS) { const v = params.get(f); if (v) query.set(f, v); }
  const cursor = params.get('cursor');
  if (cursor) query.set('cursor', cursor);
  query.set('limit', '25');
  const r = useApi<{ items: Engagement[]; next_cursor: string | null }>(`/api/engagements?${query}`);

  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value); else next.delete(name);
    next.delete('cursor');
    setCursors([]);
    setParams(next);
  };
  const field = (name: string, text: string, input: object) =>
    h('label', { key: name }, text, h('input', { name, defaultValue: params.get(name) ?? '', onBlur: (e: { target: { value: string } }) => set(name, e.target.value.trim()), onKeyDown: (e: { key: string; currentTarget: { value: string } }) => e.key === 'Enter' && set(name, e.currentTarget.value.trim()), ...input }));
  const select = (name: string, text: string, values: string[]) =>
    h('label', { key: name }, text, h('select', { name, value: params.get(name) ?? '', onChange: (e: { target: { value: string } }) => set(name, e.target.value) },
      ...values.map((v) => h('option', { key: v, value: v }, v ? v.replace(/_/g, ' ') : 'any'))));

  return h('div', null,
    h('h1', null, 'Engagements'),
    h('div', { className: 'filters' },
      field('country', 'Country', { placeholder: 'KAZ', size: 5 }),
      field('pair', 'Pair', { placeholder: 'KAZ,MNG', size: 8 }),
      field('person', 'Person', { placeholder: 'Tokayev' }),
      select('kind', 'Kind', KINDS),
      select('outcome', 'Outcome', OUTCOMES),
      field('topic', 'Topic', { placeholder: 'trade', size: 10 }),
      field('from', 'From', { type: 'date' }),
      field('to', 'To', { type: 'date' }),
      field('q', 'Evidence', { placeholder: 'words in the evidence' }),
      select('sort', 'Sort', ['', 'date_asc', 'sources_desc'])),
    r.state !== 'ok' ? h(Status, r) : h('div', null,
      h(EngagementList, { items: r.data.items, empty: 'No engagement matches these filters.' }),
      h('div', { className: 'pager' },
        cursors.length ? h('button', { type: 'button', onClick: () => { const prev = cursors.slice(0, -1); setCursors(prev); const n = new URLSearchParams(params); const c = prev[prev.length - 1]; if (c) n.set('cursor', c); else n.delete('cursor'); setParams(n); } }, '← Newer') : null,
        r.data.next_cursor ? h('button', { type: 'button', onClick: () => { setCursors([...cursors, r.data.next_cursor!]); const n = new URLSearchParams(params); n.set('cursor', r.data.next_cursor!); setParams(n); } }, 'Older →') : null)));
}

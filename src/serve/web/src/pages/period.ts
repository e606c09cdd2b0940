import { useSearchParams } from 'react-router';
import { h } from '../h.ts';

/** From/to inputs kept in the URL, shared by the map and the network. */
export function usePeriod(): { from: string; to: string; query: string; control: ReturnType<typeof h> } {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const set = (k: string, v: string) => { const n = new URLSearchParams(params); if (v) n.set(k, v); else n.delete(k); setParams(n); };
  const query = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  const control = h('div', { className: 'filters' },
    h('label', null, 'From', h('input', { type: 'date', name: 'from', value: from, onChange: (e: { target: { value: string } }) => set('from', e.target.value) })),
    h('label', null, 'To', h('input', { type: 'date', name: 'to', value: to, onChange: (e: { target: { value: string } }) => set('to', e.target.value) })));
  return { from, to, query, control };
}

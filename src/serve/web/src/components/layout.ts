import { useState, type ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { h } from '../h.ts';

export function Layout({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const nav = (to: string, text: string) => h(NavLink, { to, end: to === '/' }, text);
  return h('div', { className: 'app' },
    h('header', { className: 'top' },
      h('a', { href: '/', className: 'brand' }, 'Readout'),
      h('nav', null, nav('/', 'Overview'), nav('/engagements', 'Engagements'), nav('/map', 'Map'), nav('/network', 'Network'), nav('/commitments', 'Commitments'), h('a', { href: '/api/docs' }, 'API')),
      h('form', {
        role: 'search',
        onSubmit: (ev: { preventDefault(): void }) => { ev.preventDefault(); if (q.trim()) navigate(`/search?q=${encodeURIComponent(q.trim())}`); },
      }, h('input', { type: 'search', name: 'q', placeholder: 'Search people, countries, evidence', value: q, 'aria-label': 'Search', onChange: (ev: { target: { value: string } }) => setQ(ev.target.value) }))),
    h('main', null, children));
}

export function Status({ state, message }: { state: string; message?: string }) {
  if (state === 'loading') return h('p', { className: 'muted' }, 'Loading…');
  return h('p', { className: 'error', role: 'alert' }, message ?? 'Something went wrong.');
}

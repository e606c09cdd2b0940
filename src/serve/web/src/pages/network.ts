import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import cytoscape from 'cytoscape';
import { h } from '../h.ts';
import { useApi } from '../api.ts';
import { Status } from '../components/layout.ts';
import { usePeriod } from './period.ts';

interface Network { nodes: { iso3: string; name: string; engagements: number }[]; edges: { a: string; b: string; engagements: number }[] }

export function NetworkView() {
  const navigate = useNavigate();
  const period = usePeriod();
  const r = useApi<Network>(`/api/network?${period.query}`);
  const box = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (r.state !== 'ok' || !box.current) return;
    const maxN = Math.max(1, ...r.data.nodes.map((n) => n.engagements));
    const maxE = Math.max(1, ...r.data.edges.map((e) => e.engagements));
    const cy = cytoscape({
      container: box.current,
      elements: [
        ...r.data.nodes.map((n) => ({ data: { id: n.iso3, label: n.name, size: 18 + (42 * n.engagements) / maxN } })),
        ...r.data.edges.map((e) => ({ data: { id: `${e.a}-${e.b}`, source: e.a, target: e.b, weight: 1 + (7 * e.engagements) / maxE, n: e.engagements } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#3f77bb', 'font-size': 11, color: '#1d2430', 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'edge', style: { width: 'data(weight)', 'line-color': '#9dbbe0', 'curve-style': 'bezier', opacity: 0.8 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000 },
    });
    cy.on('tap', 'node', (ev) => navigate(`/countries/${ev.target.id()}`));
    cy.on('tap', 'edge', (ev) => navigate(`/pairs/${ev.target.data('source')}/${ev.target.data('target')}`));
    return () => cy.destroy();
  }, [r, navigate]);
  return h('div', null,
    h('h1', null, 'Network'),
    period.control,
    r.state !== 'ok' ? h(Status, r) : h('p', { className: 'muted' }, `${r.data.nodes.length} countries, ${r.data.edges.length} pairs; node size and line width follow the number of engagements. Click to open.`),
    h('div', { ref: box, className: 'network', 'data-testid': 'network' }));
}

import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { h } from '../h.ts';
import { useApi } from '../api.ts';
import { Status } from '../components/layout.ts';
import atlasIso3 from '../data/atlas-iso3.json' with { type: 'json' };
import { usePeriod } from './period.ts';

interface Network { nodes: { iso3: string; name: string; engagements: number }[]; edges: { a: string; b: string; engagements: number }[] }

const W = 960, H = 500;
const SHADES = ['#e8eef6', '#c6d7ec', '#9dbbe0', '#6f9bd0', '#3f77bb', '#1f5596'];

export function MapView() {
  const navigate = useNavigate();
  const period = usePeriod();
  const r = useApi<Network>(`/api/network?${period.query}`);
  const shapes = useMemo(() => {
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    const projection = geoNaturalEarth1().fitSize([W, H], fc);
    const path = geoPath(projection);
    const ids = atlasIso3 as Record<string, string>;
    return fc.features.map((f: Feature<Geometry, { name: string }>) => ({ iso3: ids[String(f.id)] ?? null, name: f.properties.name, d: path(f) ?? '', c: path.centroid(f) }));
  }, []);
  if (r.state !== 'ok') return h('div', null, h('h1', null, 'Map'), period.control, h(Status, r));
  const counts = new Map(r.data.nodes.map((n) => [n.iso3, n.engagements]));
  const max = Math.max(1, ...counts.values());
  const shade = (n: number) => (n ? SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((Math.log(n) / Math.log(max + 1)) * (SHADES.length - 1)))] : SHADES[0]);
  const centre = new Map(shapes.filter((s) => s.iso3).map((s) => [s.iso3!, s.c]));
  const maxEdge = Math.max(1, ...r.data.edges.map((e) => e.engagements));
  return h('div', null,
    h('h1', null, 'Map'),
    period.control,
    h('svg', { viewBox: `0 0 ${W} ${H}`, className: 'map', role: 'img', 'aria-label': 'Countries shaded by engagements, with lines between pairs' },
      ...shapes.map((s, i) => h('path', {
        key: i, d: s.d, fill: shade(s.iso3 ? counts.get(s.iso3) ?? 0 : 0), className: `country${s.iso3 && counts.get(s.iso3) ? ' active' : ''}`,
        'data-iso3': s.iso3 ?? '', onClick: () => s.iso3 && navigate(`/countries/${s.iso3}`),
      }, h('title', null, `${s.name}: ${s.iso3 ? counts.get(s.iso3) ?? 0 : 0} engagements`))),
      ...r.data.edges.map((e) => {
        const a = centre.get(e.a), b = centre.get(e.b);
        if (!a || !b) return null;
        return h('line', { key: `${e.a}-${e.b}`, x1: a[0], y1: a[1], x2: b[0], y2: b[1], className: 'pair-line', strokeWidth: 0.8 + (3 * e.engagements) / maxEdge },
          h('title', null, `${e.a}–${e.b}: ${e.engagements}`));
      })),
    h('p', { className: 'muted' }, 'Click a country for its profile; the Network view links each pair.'));
}

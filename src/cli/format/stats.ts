import type { StoreStats } from '../../store/queries/stats.ts';

export function statsText(s: StoreStats, target: string): string {
  const rows: [string, number][] = [
    ['articles', s.articles],
    ['duplicates seen', s.duplicates],
    ['near-duplicates', s.near_duplicates],
    ['claims', s.claims],
    ['engagements', s.engagements],
    ['actors', s.actors],
    ['countries', s.countries],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return [`store ${target}`, ...rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`)].join('\n');
}

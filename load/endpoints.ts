// One request generator per endpoint family of the API, over the ids and pairs the seed produced.
import type { Seeded } from './seed.ts';

export type Family = [name: string, path: () => string];

export function families(s: Seeded, rand: () => number): Family[] {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  return [
    ['GET /api/engagements?country&from', () => `/api/engagements?country=${pick(s.countries)}&from=2010-01-01&limit=20`],
    ['GET /api/engagements?pair', () => { const [a, b] = pick(s.pairs); return `/api/engagements?pair=${a},${b}&limit=20`; }],
    ['GET /api/engagements/:id', () => `/api/engagements/${pick(s.ids)}`],
    ['GET /api/dyads/:a/:b', () => { const [a, b] = pick(s.pairs); return `/api/dyads/${a}/${b}`; }],
    ['GET /api/countries/:iso3', () => `/api/countries/${pick(s.countries)}`],
    // A year of the map and network views; ten years, so the answers are not all one cached entry.
    ['GET /api/network?from&to', () => { const y = 2010 + Math.floor(rand() * 10); return `/api/network?from=${y}-01-01&to=${y}-12-31`; }],
    // The seed stores engagement L… from article la….
    ['GET /api/articles/:id', () => `/api/articles/la${pick(s.ids).slice(1)}`],
    ['GET /api/actors?q', () => `/api/actors?q=Minister&limit=20`],
    ['GET /api/search?q', () => `/api/search?q=${pick(s.countries)}&limit=10`],
    ['GET /api/stats', () => '/api/stats'],
  ];
}

export function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x / 4294967296; };
}

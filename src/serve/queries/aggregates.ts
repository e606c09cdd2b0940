import { countryTotals, facetCounts, pairTotals, periodCountryCounts, periodPairCounts, type Store } from './store.ts';

export interface MonthCount {
  month: string;
  engagements: number;
}

export interface PairCount {
  a: string;
  b: string;
  engagements: number;
}

export interface Period {
  from?: string;
  to?: string;
}

// Every aggregate here reads the counts migration 0007 keeps current; none scans the engagements.

/** Engagements per month; undated and unreported ones have no month and are left out. */
export async function monthlyCounts(store: Store, country?: string): Promise<MonthCount[]> {
  const rows = await facetCounts(store, 'month', country ?? '');
  return rows.filter((r) => r.value !== '').map((r) => ({ month: r.value, engagements: r.n }));
}

/** Country pairs that met, most engagements first; a multilateral meeting counts for every pair in it. */
export async function pairCounts(store: Store, opts: Period & { limit?: number; country?: string } = {}): Promise<PairCount[]> {
  const limit = opts.limit ?? 1000;
  if (opts.from || opts.to) return periodPairCounts(store, { ...opts, limit });
  return pairTotals(store, { country: opts.country, limit });
}

/** Engagements per country in a period. */
export async function countryCounts(store: Store, p: Period = {}): Promise<{ iso3: string; engagements: number }[]> {
  return p.from || p.to ? periodCountryCounts(store, p) : countryTotals(store);
}

export async function kindCounts(store: Store, country?: string): Promise<Record<string, number>> {
  const rows = await facetCounts(store, 'kind', country ?? '');
  return Object.fromEntries(rows.map((r) => [r.value, r.n]));
}

const byCount = (a: { topic: string; engagements: number }, b: { topic: string; engagements: number }) =>
  b.engagements - a.engagements || a.topic.localeCompare(b.topic);

/** How often each topic comes up, most frequent first. */
export function topicCounts(lists: string[][]): { topic: string; engagements: number }[] {
  const n = new Map<string, number>();
  for (const l of lists) for (const t of new Set(l)) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n].map(([topic, engagements]) => ({ topic, engagements })).sort(byCount);
}

/** A country's topics, most frequent first, as topicCounts orders them. */
export async function countryTopics(store: Store, iso3: string): Promise<{ topic: string; engagements: number }[]> {
  const rows = await facetCounts(store, 'topic', iso3);
  return rows.map((r) => ({ topic: r.value, engagements: r.n })).sort(byCount);
}

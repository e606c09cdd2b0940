import { countryCounts, kindCounts, monthlyCounts, pairCounts, type MonthCount, type Period } from './aggregates.ts';
import { countryName } from './countries.ts';
import { listEngagementPage } from './engagement-list.ts';
import type { EngagementSummary } from './engagement-row.ts';
import { stats, type Store, type StoreStats } from './store.ts';

export interface Overview {
  counts: StoreStats;
  kinds: Record<string, number>;
  timeline: MonthCount[];
  top_pairs: { a: string; b: string; a_name: string; b_name: string; engagements: number }[];
  latest: EngagementSummary[];
}

export async function overview(store: Store): Promise<Overview> {
  const pairs = await pairCounts(store, { limit: 10 });
  return {
    counts: await stats(store),
    kinds: await kindCounts(store),
    timeline: await monthlyCounts(store),
    top_pairs: pairs.map((p) => ({ ...p, a_name: countryName(p.a), b_name: countryName(p.b) })),
    latest: (await listEngagementPage(store, { limit: 10 })).items,
  };
}

export interface Network {
  nodes: { iso3: string; name: string; engagements: number }[];
  edges: { a: string; b: string; engagements: number }[];
}

/** Countries and the pairs between them in a period: what the map and the network view draw. */
export async function network(store: Store, p: Period & { limit: number }): Promise<Network> {
  const nodes = await countryCounts(store, p);
  const edges = await pairCounts(store, { ...p, limit: p.limit });
  return { nodes: nodes.map((n) => ({ ...n, name: countryName(n.iso3) })), edges };
}

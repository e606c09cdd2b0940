import { countryTopics, kindCounts, monthlyCounts, pairCounts, type MonthCount } from './aggregates.ts';
import { countryName } from './countries.ts';
import { listEngagementPage } from './engagement-list.ts';
import type { EngagementSummary } from './engagement-row.ts';
import type { Store } from './store.ts';

export interface CountryProfile {
  iso3: string;
  name: string;
  engagements: number;
  kinds: Record<string, number>;
  partners: { iso3: string; name: string; engagements: number }[];
  topics: { topic: string; engagements: number }[];
  timeline: MonthCount[];
  recent: EngagementSummary[];
}

export async function countryProfile(store: Store, iso3: string): Promise<CountryProfile> {
  const kinds = await kindCounts(store, iso3);
  const pairs = await pairCounts(store, { country: iso3, limit: 50 });
  const recent = await listEngagementPage(store, { country: iso3, limit: 10 });
  return {
    iso3,
    name: countryName(iso3),
    engagements: Object.values(kinds).reduce((a, b) => a + b, 0),
    kinds,
    partners: pairs.map((p) => {
      const other = p.a === iso3 ? p.b : p.a;
      return { iso3: other, name: countryName(other), engagements: p.engagements };
    }),
    topics: await countryTopics(store, iso3),
    timeline: await monthlyCounts(store, iso3),
    recent: recent.items,
  };
}

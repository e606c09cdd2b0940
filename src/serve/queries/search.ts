import { countryNames } from './countries.ts';
import { listActorPage, type ActorSummary } from './actors.ts';
import { listEngagementPage } from './engagement-list.ts';
import type { EngagementSummary } from './engagement-row.ts';
import type { Store } from './store.ts';

export interface SearchResult {
  countries: { iso3: string; name: string }[];
  actors: ActorSummary[];
  engagements: EngagementSummary[];
}

/** One box over people, countries and the evidence sentences. */
export async function search(store: Store, text: string, limit: number): Promise<SearchResult> {
  const needle = text.toLowerCase();
  const countries = [...countryNames()]
    .filter(([iso3, name]) => name.toLowerCase().includes(needle) || iso3.toLowerCase() === needle)
    .slice(0, limit)
    .map(([iso3, name]) => ({ iso3, name }));
  const actors = (await listActorPage(store, { q: text, limit })).items;
  const engagements = (await listEngagementPage(store, { q: text, limit })).items;
  return { countries, actors, engagements };
}

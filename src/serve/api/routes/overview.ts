import { overview } from '../../queries/overview.ts';
import { search } from '../../queries/search.ts';
import { searchQuery } from '../params.ts';
import { SearchResult, Stats } from '../responses.ts';
import { route } from '../route.ts';

export const overviewRoutes = [
  route({
    method: 'get',
    path: '/api/stats',
    summary: 'Counts and overview',
    description: 'Store counts, engagements by kind and by month, the most active pairs and the latest engagements.',
    tag: 'overview',
    response: Stats,
    errors: [429],
    handler: async (_input, { store, cache }) => cache.get('stats', () => overview(store)),
  }),
  route({
    method: 'get',
    path: '/api/search',
    summary: 'Search people, countries and evidence',
    tag: 'overview',
    query: searchQuery,
    response: SearchResult,
    errors: [400, 429],
    handler: async ({ query }, { store }) => search(store, query.q, query.limit),
  }),
];

import { UserError } from '../../../model/errors.ts';
import { getEngagement } from '../../queries/engagement-detail.ts';
import { listEngagementPage } from '../../queries/engagement-list.ts';
import { notFound } from '../errors.ts';
import { engagementQuery, idParam } from '../params.ts';
import { EngagementDetail, EngagementPage } from '../responses.ts';
import { route } from '../route.ts';

export const engagementRoutes = [
  route({
    method: 'get',
    path: '/api/engagements',
    summary: 'List engagements',
    description: 'Fused engagements, filtered and sorted, one page at a time. Follow next_cursor for the next page.',
    tag: 'engagements',
    query: engagementQuery,
    response: EngagementPage,
    errors: [400, 429],
    handler: async ({ query }, { store }) => {
      if (query.from && query.to && query.from > query.to) {
        throw new UserError('bad-parameter', `query parameter "from" (${query.from}) is after "to" (${query.to})`, 'Swap the two dates');
      }
      return listEngagementPage(store, query);
    },
  }),
  route({
    method: 'get',
    path: '/api/engagements/{id}',
    summary: 'One engagement',
    description: 'Participants, outcomes, codes, and every source article with the spans that support each field.',
    tag: 'engagements',
    params: idParam('Engagement'),
    response: EngagementDetail,
    errors: [404, 429],
    handler: async ({ params }, { store }) => {
      const e = await getEngagement(store, params.id);
      if (!e) throw notFound('engagement', params.id, 'List engagements with GET /api/engagements');
      return e;
    },
  }),
];

import { getActor, listActorPage } from '../../queries/actors.ts';
import { notFound } from '../errors.ts';
import { actorQuery, idParam } from '../params.ts';
import { ActorDetail, ActorPage } from '../responses.ts';
import { route } from '../route.ts';

export const actorRoutes = [
  route({
    method: 'get',
    path: '/api/actors',
    summary: 'List people',
    tag: 'actors',
    query: actorQuery,
    response: ActorPage,
    errors: [400, 429],
    handler: async ({ query }, { store }) => listActorPage(store, query),
  }),
  route({
    method: 'get',
    path: '/api/actors/{id}',
    summary: 'One person',
    description: 'Their roles over time and the engagements they took part in.',
    tag: 'actors',
    params: idParam('Actor'),
    response: ActorDetail,
    errors: [404, 429],
    handler: async ({ params }, { store }) => {
      const a = await getActor(store, params.id);
      if (!a) throw notFound('actor', params.id, 'List people with GET /api/actors');
      return a;
    },
  }),
];

import { UserError } from '../../../model/errors.ts';
import { isKnownCountry } from '../../queries/countries.ts';
import { countryProfile } from '../../queries/country-profile.ts';
import { dyad } from '../../queries/dyad.ts';
import { network } from '../../queries/overview.ts';
import { HttpError } from '../errors.ts';
import { dyadParams, iso3Param, periodQuery } from '../params.ts';
import { CountryProfile, Dyad, Network } from '../responses.ts';
import { route } from '../route.ts';

function known(iso3: string, param: string): void {
  if (!isKnownCountry(iso3)) {
    throw new HttpError(404, 'not-found', `no country with the code "${iso3}" (path parameter "${param}")`, 'Use an ISO 3166-1 alpha-3 code, e.g. KAZ for Kazakhstan');
  }
}

export const placeRoutes = [
  route({
    method: 'get',
    path: '/api/countries/{iso3}',
    summary: 'Country profile',
    description: 'Partners ranked by engagements, topics, kinds, activity by month and the latest engagements.',
    tag: 'countries',
    params: iso3Param,
    response: CountryProfile,
    errors: [400, 404, 429],
    handler: async ({ params }, { store, cache }) => {
      known(params.iso3, 'iso3');
      return cache.get(`country:${params.iso3}`, () => countryProfile(store, params.iso3));
    },
  }),
  route({
    method: 'get',
    path: '/api/dyads/{a}/{b}',
    summary: 'A pair of countries',
    description: 'Their engagements by month with the mean Goldstein value and PLOVER events, topics, and outcomes with their state.',
    tag: 'countries',
    params: dyadParams,
    response: Dyad,
    errors: [400, 404, 429],
    handler: async ({ params }, { store }) => {
      known(params.a, 'a');
      known(params.b, 'b');
      if (params.a === params.b) throw new UserError('bad-parameter', `path parameters "a" and "b" are both ${params.a}`, 'Give two different countries');
      return dyad(store, params.a, params.b);
    },
  }),
  route({
    method: 'get',
    path: '/api/network',
    summary: 'Countries and pairs in a period',
    description: 'Engagements per country and per pair of countries: what the map and the network draw.',
    tag: 'countries',
    query: periodQuery,
    response: Network,
    errors: [400, 429],
    handler: async ({ query }, { store, cache }) => {
      if (query.from && query.to && query.from > query.to) {
        throw new UserError('bad-parameter', `query parameter "from" (${query.from}) is after "to" (${query.to})`, 'Swap the two dates');
      }
      return cache.get(`network:${query.from ?? ''}:${query.to ?? ''}:${query.limit}`, () => network(store, query));
    },
  }),
];

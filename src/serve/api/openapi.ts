import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { EXTRACTOR_VERSION } from '../../extract/version.ts';
import { ApiError } from './responses.ts';
import type { RouteDef } from './route.ts';

const STATUS_TEXT: Record<number, string> = {
  400: 'A parameter is invalid; the message names it',
  401: 'Missing or wrong bearer token',
  403: 'Ingest is switched off: the server has no API token',
  404: 'No such id',
  413: 'The body is larger than the limit',
  422: 'The input could not be turned into an article',
  429: 'Too many requests; retry after the time in the retry-after header',
};

/** The OpenAPI 3 document, generated from the same zod schemas the handlers validate with. */
export function openApiDocument(routes: RouteDef[]): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      [String(r.status ?? 200)]: { description: 'OK', content: { 'application/json': { schema: r.response } } },
    };
    for (const s of r.errors) responses[String(s)] = { description: STATUS_TEXT[s] ?? 'Error', content: { 'application/json': { schema: ApiError } } };
    const op: ZodOpenApiOperationObject = {
      summary: r.summary,
      description: r.description,
      tags: [r.tag],
      operationId: `${r.method}${r.path.replace(/[{}]/g, '').split('/').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('')}`,
      responses: responses as ZodOpenApiOperationObject['responses'],
    };
    const requestParams: Record<string, unknown> = {};
    if (r.params) requestParams.path = r.params;
    if (r.query) requestParams.query = r.query;
    if (Object.keys(requestParams).length) op.requestParams = requestParams as ZodOpenApiOperationObject['requestParams'];
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: r.body } } };
    if (r.auth) op.security = [{ bearer: [] }];
    paths[r.path] = { ...(paths[r.path] ?? {}), [r.method]: op };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Readout API',
      version: EXTRACTOR_VERSION,
      description: 'Diplomatic engagements (meetings, calls, visits) extracted from news and official readouts, fused across sources.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  });
}

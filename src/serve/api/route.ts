import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { TtlCache } from './cache.ts';
import type { Store } from '../queries/store.ts';

export interface ApiContext {
  store: Store;
  token: string | null;
  cache: TtlCache;
  /** Fetches an article page for POST /api/articles {url}; swapped out in tests. */
  fetchPage: (url: string) => Promise<{ bytes: Buffer; contentType: string | null }>;
}

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  req: FastifyRequest;
  reply: FastifyReply;
}

/** One endpoint: Fastify serves it and the OpenAPI document describes it, from the same schemas. */
export interface RouteDef {
  method: 'get' | 'post';
  /** OpenAPI style: /api/engagements/{id}. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  params?: Schema;
  query?: Schema;
  body?: Schema;
  response: Schema;
  status?: number;
  errors: number[];
  auth?: boolean;
  bodyLimit?: number;
  handler: (input: RouteInput<Schema, Schema, Schema>, ctx: ApiContext) => Promise<unknown>;
}

export function route<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  def: Omit<RouteDef, 'handler' | 'params' | 'query' | 'body'> & {
    params?: P;
    query?: Q;
    body?: B;
    handler: (input: RouteInput<P, Q, B>, ctx: ApiContext) => Promise<unknown>;
  },
): RouteDef {
  return def as unknown as RouteDef;
}

import type { Kysely } from 'kysely';
import type { JsonCodec } from './json.ts';
import type { Database } from './schema.ts';

/** What the write helpers need: a connection or an open transaction, and the JSON codec of its dialect. */
export interface Ctx {
  db: Kysely<Database>;
  json: JsonCodec;
}

export const nowIso = (): string => new Date().toISOString();

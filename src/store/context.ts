import type { Kysely } from 'kysely';
import type { JsonCodec } from './json.ts';
import type { Database } from './schema.ts';

/** What the write helpers need: a connection or an open transaction, and the JSON codec of its dialect. */
export interface Ctx {
  db: Kysely<Database>;
  json: JsonCodec;
  /**
   * True when the open transaction has seen that no correction is in force, so none need be looked
   * up per entity. Only a transaction that cannot see later commits may set it (SQLite's, whose
   * snapshot is fixed at its first read); unset means "look".
   */
  noCorrections?: boolean;
}

export const nowIso = (): string => new Date().toISOString();

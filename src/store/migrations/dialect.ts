import { sql, type Expression } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Column types that differ between the dialects; everything else is portable SQL. */
export function types(d: DialectName) {
  return {
    json: d === 'postgres' ? sql`jsonb` : sql`text`,
    real: sql`double precision`,
  } satisfies Record<string, Expression<unknown>>;
}

import { sql, type Expression, type Kysely } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Column types that differ between the dialects; everything else is portable SQL. */
export function types(d: DialectName) {
  return {
    json: d === 'postgres' ? sql`jsonb` : sql`text`,
    real: sql`double precision`,
  } satisfies Record<string, Expression<unknown>>;
}

/** Runs the statements in order on SQLite; a migration that only tunes SQLite's indexes is a no-op on PostgreSQL. */
export async function onSqlite(db: Kysely<any>, dialect: DialectName, statements: readonly string[]): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const s of statements) await sql.raw(s).execute(db);
}

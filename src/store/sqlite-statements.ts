import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

// Ingest runs the same few dozen statements per article; preparing each again costs more than running it.
// Bounded because `in (...)` lists of every length compile to different statements.
const MAX_CACHED = 512;

/**
 * The SQLite handle Kysely is given: prepares each distinct SQL text once and reuses it. Safe because
 * Kysely runs one statement at a time on SQLite's single connection.
 */
export function cachingDatabase(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      raw.close();
    },
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (stmt) {
        // Re-inserted so the map's order is least recently used first.
        cache.delete(sql);
      } else {
        stmt = raw.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}

// The connection behind each SQLite store, found by the store's JSON codec (one per opened store).
const handles = new WeakMap<object, BetterSqlite3.Database>();

export function shareSqliteHandle(storeKey: object, raw: BetterSqlite3.Database): void {
  handles.set(storeKey, raw);
}

/** The SQLite connection of the store `storeKey` names, or undefined (PostgreSQL). */
export function sqliteHandle(storeKey: object): BetterSqlite3.Database | undefined {
  return handles.get(storeKey);
}

import type { DialectName } from './migrations/dialect.ts';

/** Reads and writes JSON columns: text in SQLite, jsonb in PostgreSQL (which pg parses on the way out). */
export interface JsonCodec {
  write(value: unknown): string;
  read<T>(value: unknown): T;
}

export function jsonCodec(dialect: DialectName): JsonCodec {
  return {
    // Both dialects take JSON text: PostgreSQL casts the untyped parameter to jsonb itself.
    write: (value) => JSON.stringify(value ?? null),
    read: <T>(value: unknown): T => {
      if (dialect === 'sqlite') return (value === null || value === undefined ? null : JSON.parse(value as string)) as T;
      return value as T;
    },
  };
}

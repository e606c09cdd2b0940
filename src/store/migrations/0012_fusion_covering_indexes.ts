import type { Kysely } from 'kysely';
import { onSqlite, type DialectName } from './dialect.ts';

/**
 * Re-fusing an engagement reads, for each of its claims, the claim's id, article, digest and
 * confidence and its article's publication, copy link and ingest time. On SQLite each of those was a
 * table row: a claim row carries its whole engagement JSON and an article row its whole text, so every
 * claim cost two scattered page reads, and a well-reported engagement has dozens of claims. Indexes
 * holding just those columns answer both reads from a few dense pages (claims of one engagement sit
 * together in the first). The claims one starts with engagement_id, so the old index on that column
 * alone goes. PostgreSQL keeps its own indexes: its partitions and visibility map make index-only
 * reads a different trade, and its worker path reads the claims while holding the engagement's row.
 */
const SQLITE_UP = [
  'create index claims_engagement_fusion on claims (engagement_id, id, article_id, digest, confidence)',
  'drop index if exists claims_engagement',
  'create index articles_fusion on articles (id, near_duplicate_of, published, ingested_at)',
];

const SQLITE_DOWN = [
  'create index claims_engagement on claims (engagement_id)',
  'drop index if exists claims_engagement_fusion',
  'drop index if exists articles_fusion',
];

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await onSqlite(db, dialect, SQLITE_UP);
}

export async function down(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await onSqlite(db, dialect, SQLITE_DOWN);
}

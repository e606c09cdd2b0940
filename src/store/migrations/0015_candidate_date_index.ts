import type { Kysely } from 'kysely';
import { onSqlite, type DialectName } from './dialect.ts';

/**
 * Fusion's candidate read takes the engagements dated within a day of a new report and keeps those
 * sharing its countries, which a subquery on engagement_countries checks by engagement id. With the
 * date index holding only the date, SQLite read the table row of every engagement in the window to
 * get its id, though most fail the country check (a 30,000-article bench store: 8.9 in a window, 1.5
 * kept). With the id in the index the check runs from the index, and only the rows kept are read:
 * 72 → 56 µs a read (median of ten passes over 3,000 windows of that store). The new index serves
 * every read the old one did (its first column is the date), so that one goes; an engagement's
 * writes touch one date index as before. PostgreSQL plans its union of both reads differently and
 * keeps its indexes.
 */
const SQLITE_UP = [
  'create index engagements_date_id on engagements (date, id)',
  'drop index if exists engagements_date',
];

const SQLITE_DOWN = [
  'create index engagements_date on engagements (date)',
  'drop index if exists engagements_date_id',
];

export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await onSqlite(db, dialect, SQLITE_UP);
}

export async function down(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await onSqlite(db, dialect, SQLITE_DOWN);
}

import type { Kysely } from 'kysely';

/**
 * Undated engagements are found by their reporting period overlapping a window: its end from the
 * window's start on, its start up to the window's end. An index of (date, last_reported) alone
 * serves the first half, and every engagement reported since then is read from the table to test
 * the second, a number that grows with the store. With the start in the index too, that test is
 * made on the index entry, and only the engagements that overlap are read. The new index begins
 * with the old one's columns, so the old one goes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('engagements_undated_span').on('engagements').columns(['date', 'last_reported', 'first_reported']).execute();
  await db.schema.dropIndex('engagements_undated_last').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('engagements_undated_last').on('engagements').columns(['date', 'last_reported']).execute();
  await db.schema.dropIndex('engagements_undated_span').ifExists().execute();
}

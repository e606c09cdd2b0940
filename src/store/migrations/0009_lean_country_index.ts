import type { Kysely } from 'kysely';

/**
 * engagement_countries had an index on iso3 and another on (iso3, engagement_id). The second serves
 * every lookup the first did, so the first only cost a B-tree write for each country of each new
 * engagement.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('engagement_countries_iso3').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('engagement_countries_iso3').on('engagement_countries').column('iso3').execute();
}

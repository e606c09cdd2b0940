import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the server's reads: engagement lists are sorted newest first by the date, or when it
 * is unknown by the first report (the exact expression the list query orders by, so keyset pages
 * read straight off the index), and pairs are found by walking one country's engagements.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index engagements_when_id on engagements ((coalesce(date, first_reported, '')), id)`.execute(db);
  await sql`create index engagements_sources_id on engagements (num_sources, id)`.execute(db);
  await db.schema.createIndex('engagement_countries_iso3_engagement').on('engagement_countries').columns(['iso3', 'engagement_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['engagement_countries_iso3_engagement', 'engagements_sources_id', 'engagements_when_id']) {
    await db.schema.dropIndex(name).ifExists().execute();
  }
}

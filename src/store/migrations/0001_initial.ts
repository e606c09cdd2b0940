import type { Kysely } from 'kysely';
import { types, type DialectName } from './dialect.ts';

/**
 * Articles, what each says (claims), and the fused events are separate tables so an extractor
 * change can redo claims and fusion without touching what was ingested.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = types(dialect);

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text', (c) => c.unique())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('near_duplicate_of', 'text', (c) => c.references('articles.id').onDelete('set null'))
    .addColumn('near_duplicate_score', t.real)
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('source', 'text')
    .addColumn('language', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('extractor_version', 'text')
    .execute();
  await db.schema.createIndex('articles_near_duplicate_of').on('articles').column('near_duplicate_of').execute();
  await db.schema.createIndex('articles_published').on('articles').column('published').execute();

  await db.schema
    .createTable('article_duplicates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_duplicates_article').on('article_duplicates').column('article_id').execute();

  await db.schema
    .createTable('article_minhash_bands')
    .addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('article_minhash_bands_pk', ['band', 'key', 'article_id'])
    .execute();
  await db.schema.createIndex('article_minhash_bands_article').on('article_minhash_bands').column('article_id').execute();

  await db.schema
    .createTable('engagements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('place', 'text')
    .addColumn('country', 'text')
    .addColumn('occasion', 'text')
    .addColumn('participants', t.json, (c) => c.notNull())
    .addColumn('topics', t.json, (c) => c.notNull())
    .addColumn('outcomes', t.json, (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('readings', t.json, (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('confidence', t.real, (c) => c.notNull())
    .addColumn('num_sources', 'integer', (c) => c.notNull())
    .addColumn('num_copies', 'integer', (c) => c.notNull())
    .addColumn('num_articles', 'integer', (c) => c.notNull())
    .addColumn('first_reported', 'text')
    .addColumn('last_reported', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('engagements_fingerprint').on('engagements').column('fingerprint').execute();
  await db.schema.createIndex('engagements_date').on('engagements').column('date').execute();

  await db.schema
    .createTable('claims')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('engagement', t.json, (c) => c.notNull())
    .addColumn('confidence', t.real, (c) => c.notNull())
    .addColumn('extractor_version', 'text')
    .addColumn('engagement_id', 'text', (c) => c.references('engagements.id').onDelete('set null'))
    .addUniqueConstraint('claims_article_idx', ['article_id', 'idx'])
    .execute();
  await db.schema.createIndex('claims_engagement').on('claims').column('engagement_id').execute();

  await db.schema
    .createTable('engagement_countries')
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('engagement_countries_pk', ['engagement_id', 'iso3'])
    .execute();
  await db.schema.createIndex('engagement_countries_iso3').on('engagement_countries').column('iso3').execute();

  await db.schema
    .createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('aliases', t.json, (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('org', 'text')
    .execute();
  await db.schema.createIndex('actors_country').on('actors').column('country').execute();
  await db.schema.createIndex('actors_org').on('actors').column('org').execute();

  await db.schema
    .createTable('actor_roles')
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('first_seen', 'text')
    .addColumn('last_seen', 'text')
    .addPrimaryKeyConstraint('actor_roles_pk', ['actor_id', 'role', 'country'])
    .execute();

  await db.schema
    .createTable('claim_actors')
    .addColumn('claim_id', 'text', (c) => c.notNull().references('claims.id').onDelete('cascade'))
    .addColumn('participant_idx', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addColumn('country', 'text')
    .addColumn('published', 'text')
    .addPrimaryKeyConstraint('claim_actors_pk', ['claim_id', 'participant_idx'])
    .execute();
  await db.schema.createIndex('claim_actors_actor').on('claim_actors').column('actor_id').execute();

  await db.schema
    .createTable('engagement_actors')
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addPrimaryKeyConstraint('engagement_actors_pk', ['engagement_id', 'actor_id'])
    .execute();
  await db.schema.createIndex('engagement_actors_actor').on('engagement_actors').column('actor_id').execute();

  // Reserved for analysts' corrections; reprocessing reads it so a corrected field is never overwritten.
  await db.schema
    .createTable('corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('before', t.json)
    .addColumn('after', t.json)
    .addColumn('who', 'text', (c) => c.notNull())
    .addColumn('why', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('reverted_at', 'text')
    .execute();
  await db.schema.createIndex('corrections_entity').on('corrections').columns(['entity', 'entity_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'corrections', 'engagement_actors', 'claim_actors', 'actor_roles', 'actors', 'engagement_countries',
    'claims', 'engagements', 'article_minhash_bands', 'article_duplicates', 'articles',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

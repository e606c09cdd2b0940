import { sql, type Kysely } from 'kysely';
import type { DialectName } from './dialect.ts';

/**
 * What keeps ingest's per-article work flat as the store grows:
 *
 * - `actor_name_keys` indexes every spelling of a person by its name parts, so a new name is compared
 *   with the few people sharing a part instead of every person of its country.
 * - near-duplicate bands are now computed by Readout's own MinHash, whose values differ from the
 *   package used before; the old bands are dropped, and `store_reindex` lists the articles (and the
 *   actors, for their keys) whose lookup rows the next ingest rebuilds from their stored text and names.
 * - undated engagements are found by the end of their reporting period.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('actor_name_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull().references('actors.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('actor_name_keys_pk', ['key', 'actor_id'])
    .execute();
  await db.schema.createIndex('actor_name_keys_actor').on('actor_name_keys').column('actor_id').execute();

  await db.schema
    .createTable('store_reindex')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('store_reindex_pk', ['kind', 'id'])
    .execute();
  await sql`insert into store_reindex (kind, id) select 'actor', id from actors`.execute(db);
  await sql`insert into store_reindex (kind, id) select 'article', id from articles`.execute(db);
  if (dialect === 'sqlite') {
    // Rebuilt without a rowid: the bands are only ever read through their key, so the table can be
    // that index, and each new article writes two B-trees instead of three.
    await db.schema.dropTable('article_minhash_bands').execute();
    await db.schema
      .createTable('article_minhash_bands')
      .addColumn('band', 'integer', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('article_minhash_bands_pk', ['band', 'key', 'article_id'])
      .modifyEnd(sql`without rowid`)
      .execute();
    await db.schema.createIndex('article_minhash_bands_article').on('article_minhash_bands').column('article_id').execute();
  } else {
    await sql`delete from article_minhash_bands`.execute(db);
  }

  await db.schema.createIndex('engagements_undated_last').on('engagements').columns(['date', 'last_reported']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('engagements_undated_last').ifExists().execute();
  await db.schema.dropTable('store_reindex').ifExists().execute();
  await db.schema.dropTable('actor_name_keys').ifExists().execute();
}

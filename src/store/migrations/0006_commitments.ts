import type { Kysely } from 'kysely';
import { types, type DialectName } from './dialect.ts';

/**
 * Commitments are derived from fused engagements and re-derived whenever they change, so their rows
 * are disposable; only a person's review of a follow-up link (kept on the link and in the corrections
 * log) must survive re-derivation. Reverting a correction also records who reverted it and why.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = types(dialect);

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('outcome_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('by_country', 'text')
    .addColumn('to_country', 'text')
    .addColumn('owed_by', t.json, (c) => c.notNull())
    .addColumn('owed_to', t.json, (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('quantity', t.json)
    .addColumn('deadline', 'text')
    .addColumn('deadline_text', 'text')
    .addColumn('origin_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_date', 'text')
    .addColumn('detail', t.json, (c) => c.notNull())
    .addColumn('verified', t.json, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('commitments_engagement').on('commitments').column('engagement_id').execute();
  await db.schema.createIndex('commitments_status').on('commitments').columns(['status', 'origin_date']).execute();

  await db.schema
    .createTable('commitment_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('engagement_id', 'text', (c) => c.notNull().references('engagements.id').onDelete('cascade'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('confidence', t.real, (c) => c.notNull())
    .addColumn('detail', t.json, (c) => c.notNull())
    .addColumn('auto', 'integer', (c) => c.notNull())
    .addColumn('review', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_why', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('commitment_links_commitment').on('commitment_links').column('commitment_id').execute();
  await db.schema.createIndex('commitment_links_engagement').on('commitment_links').column('engagement_id').execute();

  await db.schema
    .createTable('commitment_events')
    .addColumn('commitment_id', 'text', (c) => c.notNull().references('commitments.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('engagement_id', 'text')
    .addColumn('link_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('commitment_events_pk', ['commitment_id', 'seq'])
    .execute();

  // What the commitments were last derived from; a different fingerprint means derive again.
  await db.schema
    .createTable('commitment_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('corrections').addColumn('reverted_by', 'text').execute();
  await db.schema.alterTable('corrections').addColumn('revert_why', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['commitment_meta', 'commitment_events', 'commitment_links', 'commitments']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.schema.alterTable('corrections').dropColumn('revert_why').execute();
  await db.schema.alterTable('corrections').dropColumn('reverted_by').execute();
}

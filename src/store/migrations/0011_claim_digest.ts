import type { Kysely } from 'kysely';

/**
 * A fused engagement is re-fused from all its claims each time another report of it arrives, and a
 * well-reported one has hundreds. Each claim now carries a digest of its engagement text, so fusion
 * can ask for the digests, reuse the claims it has already read, and fetch only new ones. Claims
 * stored before this have none and are always fetched.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claims').addColumn('digest', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('claims').dropColumn('digest').execute();
}

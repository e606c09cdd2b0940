import type { Ctx } from '../context.ts';
import { commitmentDb, type CommitmentLinksTable } from './commitment-tables.ts';

/** A stored follow-up link, without its bookkeeping timestamp. */
export type CommitmentLinkRow = Omit<CommitmentLinksTable, 'updated_at'>;

/** Stored follow-up links; with no ids, all of them (derivation merges people's verdicts back in). */
export async function commitmentLinks(ctx: Ctx, commitmentIds?: string[]): Promise<CommitmentLinkRow[]> {
  if (commitmentIds && !commitmentIds.length) return [];
  let q = commitmentDb(ctx).selectFrom('commitment_links')
    .select(['id', 'commitment_id', 'engagement_id', 'relation', 'reason', 'confidence', 'detail', 'auto', 'review', 'reviewed_by', 'reviewed_at', 'review_why']);
  if (commitmentIds) q = q.where('commitment_id', 'in', commitmentIds);
  return q.orderBy('commitment_id').orderBy('id').execute();
}

export async function findCommitmentLink(ctx: Ctx, linkId: string): Promise<CommitmentLinkRow | undefined> {
  return commitmentDb(ctx).selectFrom('commitment_links')
    .select(['id', 'commitment_id', 'engagement_id', 'relation', 'reason', 'confidence', 'detail', 'auto', 'review', 'reviewed_by', 'reviewed_at', 'review_why'])
    .where('id', '=', linkId)
    .executeTakeFirst();
}

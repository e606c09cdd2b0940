import type { Ctx } from '../context.ts';

export interface EngagementClaimRow {
  article_id: string;
  engagement: unknown;
  confidence: number;
  published: string | null;
  near_duplicate_of: string | null;
  ingested_at: string;
}

/** Every claim linked to one engagement, with the facts about its article that fusion weighs. */
export async function claimsOfEngagement(ctx: Ctx, engagementId: string): Promise<EngagementClaimRow[]> {
  return ctx.db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.article_id', 'claims.engagement', 'claims.confidence', 'articles.published', 'articles.near_duplicate_of', 'articles.ingested_at'])
    .where('claims.engagement_id', '=', engagementId)
    .execute();
}

/** The people the claims of one engagement name, with the role each claim gives them. */
export async function claimActorsOfEngagement(ctx: Ctx, engagementId: string): Promise<{ actor_id: string; role: string | null }[]> {
  return ctx.db
    .selectFrom('claim_actors')
    .innerJoin('claims', 'claims.id', 'claim_actors.claim_id')
    .select(['claim_actors.actor_id', 'claim_actors.role'])
    .where('claims.engagement_id', '=', engagementId)
    .orderBy('claim_actors.actor_id')
    .execute();
}

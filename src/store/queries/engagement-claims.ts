import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface EngagementClaimRow {
  article_id: string;
  engagement: unknown;
  confidence: number;
  published: string | null;
  near_duplicate_of: string | null;
  ingested_at: string;
}

const claims = prepared<EngagementClaimRow>('claimsOfEngagement', (db, p) =>
  db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.article_id', 'claims.engagement', 'claims.confidence', 'articles.published', 'articles.near_duplicate_of', 'articles.ingested_at'])
    .where('claims.engagement_id', '=', p('id')),
);
const claimActors = prepared<{ actor_id: string; role: string | null }>('claimActorsOfEngagement', (db, p) =>
  db
    .selectFrom('claim_actors')
    .innerJoin('claims', 'claims.id', 'claim_actors.claim_id')
    .select(['claim_actors.actor_id', 'claim_actors.role'])
    .where('claims.engagement_id', '=', p('id'))
    .orderBy('claim_actors.actor_id'),
);

/** Every claim linked to one engagement, with the facts about its article that fusion weighs. */
export async function claimsOfEngagement(ctx: Ctx, engagementId: string): Promise<EngagementClaimRow[]> {
  return claims(ctx, { id: engagementId });
}

/** The people the claims of one engagement name, with the role each claim gives them. */
export async function claimActorsOfEngagement(ctx: Ctx, engagementId: string): Promise<{ actor_id: string; role: string | null }[]> {
  return claimActors(ctx, { id: engagementId });
}

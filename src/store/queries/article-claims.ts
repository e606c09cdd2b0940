import type { Ctx } from '../context.ts';

export interface ArticleClaims {
  claimIds: string[];
  engagementIds: string[];
  actorIds: string[];
}

/** The claims one article holds now, the engagements they feed and the people they name. */
export async function claimsOfArticle(ctx: Ctx, articleId: string): Promise<ArticleClaims> {
  const claims = await ctx.db.selectFrom('claims').select(['id', 'engagement_id']).where('article_id', '=', articleId).execute();
  const actors = claims.length
    ? await ctx.db.selectFrom('claim_actors').select('actor_id').where('claim_id', 'in', claims.map((c) => c.id)).execute()
    : [];
  return {
    claimIds: claims.map((c) => c.id),
    engagementIds: [...new Set(claims.map((c) => c.engagement_id).filter((x): x is string => !!x))],
    actorIds: actors.map((a) => a.actor_id),
  };
}

import type { Ctx } from '../context.ts';

/** Drops what one article says; its claim_actors rows go with it (cascade). */
export async function deleteArticleClaims(ctx: Ctx, articleId: string): Promise<void> {
  await ctx.db.deleteFrom('claims').where('article_id', '=', articleId).execute();
}

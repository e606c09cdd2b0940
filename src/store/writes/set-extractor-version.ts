import type { Ctx } from '../context.ts';

/** Marks which extractor produced an article's current claims, so a reprocess run can tell what is stale. */
export async function setExtractorVersion(ctx: Ctx, articleId: string, version: string | null): Promise<void> {
  await ctx.db.updateTable('articles').set({ extractor_version: version }).where('id', '=', articleId).execute();
}

import type { Ctx } from '../context.ts';

export interface CommitmentSourceRow {
  article_id: string;
  published: string | null;
  near_duplicate_of: string | null;
  text: string;
  /** The claim as the extractor wrote it, outcome spans included. */
  engagement: unknown;
}

/** The claims behind one engagement with their articles' text, originals first, then oldest first. */
export async function commitmentSources(ctx: Ctx, engagementId: string): Promise<CommitmentSourceRow[]> {
  const rows = await ctx.db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.article_id', 'articles.published', 'articles.near_duplicate_of', 'articles.text', 'claims.engagement', 'articles.ingested_at'])
    .where('claims.engagement_id', '=', engagementId)
    .execute();
  return rows
    .sort((a, b) => Number(!!a.near_duplicate_of) - Number(!!b.near_duplicate_of)
      || (a.published ?? '9999').localeCompare(b.published ?? '9999')
      || a.ingested_at.localeCompare(b.ingested_at))
    .map(({ ingested_at: _ignored, ...r }) => r);
}

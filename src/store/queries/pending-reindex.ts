import type { Ctx } from '../context.ts';

export interface PendingArticle {
  id: string;
  text: string;
}

export interface PendingActor {
  id: string;
  name: string;
  aliases: unknown;
}

/** Up to `limit` stored articles whose near-duplicate bands must be rebuilt. */
export async function pendingArticles(ctx: Ctx, limit: number): Promise<PendingArticle[]> {
  return ctx.db
    .selectFrom('store_reindex')
    .innerJoin('articles', 'articles.id', 'store_reindex.id')
    .select(['articles.id', 'articles.text'])
    .where('store_reindex.kind', '=', 'article')
    .orderBy('store_reindex.id')
    .limit(limit)
    .execute();
}

/** Up to `limit` stored actors whose name keys must be rebuilt. */
export async function pendingActors(ctx: Ctx, limit: number): Promise<PendingActor[]> {
  return ctx.db
    .selectFrom('store_reindex')
    .innerJoin('actors', 'actors.id', 'store_reindex.id')
    .select(['actors.id', 'actors.name', 'actors.aliases'])
    .where('store_reindex.kind', '=', 'actor')
    .orderBy('store_reindex.id')
    .limit(limit)
    .execute();
}

/** Whether anything is queued at all: one index probe, so every ingest can afford to ask. */
export async function hasPendingReindex(ctx: Ctx): Promise<boolean> {
  return !!(await ctx.db.selectFrom('store_reindex').select('id').limit(1).executeTakeFirst());
}

import type { Ctx } from '../context.ts';

/** Takes rebuilt rows off the reindex queue; rows whose article or actor is gone are dropped with them. */
export async function doneReindex(ctx: Ctx, kind: 'article' | 'actor', ids: string[]): Promise<void> {
  if (ids.length) await ctx.db.deleteFrom('store_reindex').where('kind', '=', kind).where('id', 'in', ids).execute();
}

/** Drops queue rows pointing at nothing (deleted since they were queued), so the queue always drains. */
export async function dropOrphanReindex(ctx: Ctx): Promise<void> {
  await ctx.db
    .deleteFrom('store_reindex')
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'article'), eb.not(eb.exists(eb.selectFrom('articles').select('articles.id').whereRef('articles.id', '=', 'store_reindex.id')))]),
        eb.and([eb('kind', '=', 'actor'), eb.not(eb.exists(eb.selectFrom('actors').select('actors.id').whereRef('actors.id', '=', 'store_reindex.id')))]),
      ]),
    )
    .execute();
}

import type { Ctx } from '../context.ts';
import type { BandKey } from '../queries/band-candidates.ts';

export async function insertBands(ctx: Ctx, articleId: string, bands: BandKey[]): Promise<void> {
  if (!bands.length) return;
  await ctx.db
    .insertInto('article_minhash_bands')
    .values(bands.map((b) => ({ band: b.band, key: b.key, article_id: articleId })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

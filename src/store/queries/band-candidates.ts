import type { Ctx } from '../context.ts';

export interface BandKey {
  band: number;
  key: string;
}

export interface CandidateText {
  id: string;
  text: string;
  near_duplicate_of: string | null;
  ingested_at: string;
}

/** Stored articles sharing LSH bands with a new one, those sharing the most first, at most `limit`. */
export async function articlesSharingBands(ctx: Ctx, bands: BandKey[], limit: number): Promise<CandidateText[]> {
  if (!bands.length) return [];
  const candidates = await ctx.db
    .selectFrom('article_minhash_bands')
    .select((eb) => ['article_id', eb.fn.countAll().as('n')])
    .where((eb) => eb.or(bands.map((b) => eb.and([eb('band', '=', b.band), eb('key', '=', b.key)]))))
    .groupBy('article_id')
    .orderBy('n', 'desc')
    .orderBy('article_id')
    .limit(limit)
    .execute();
  if (!candidates.length) return [];
  return ctx.db
    .selectFrom('articles')
    .select(['id', 'text', 'near_duplicate_of', 'ingested_at'])
    .where('id', 'in', candidates.map((c) => c.article_id))
    .execute();
}

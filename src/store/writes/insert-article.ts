import { nowIso, type Ctx } from '../context.ts';

export interface NewArticle {
  id: string;
  url: string | null;
  canonical_url: string | null;
  content_hash: string;
  near_duplicate_of: string | null;
  near_duplicate_score: number | null;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  text: string;
  extractor_version: string | null;
}

export async function insertArticle(ctx: Ctx, a: NewArticle): Promise<void> {
  await ctx.db.insertInto('articles').values({ ...a, ingested_at: nowIso() }).execute();
}

import type { Ctx } from '../context.ts';

export interface ArticleIdentity {
  id: string;
  canonical_url: string | null;
  content_hash: string;
}

/** The stored article with this canonical URL or this content hash, earliest first; undefined if none. */
export async function findArticle(ctx: Ctx, canonical: string | null, hash: string): Promise<ArticleIdentity | undefined> {
  return ctx.db
    .selectFrom('articles')
    .select(['id', 'canonical_url', 'content_hash'])
    .where((eb) => (canonical ? eb.or([eb('content_hash', '=', hash), eb('canonical_url', '=', canonical)]) : eb('content_hash', '=', hash)))
    .orderBy('ingested_at')
    .executeTakeFirst();
}

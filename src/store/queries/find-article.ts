import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface ArticleIdentity {
  id: string;
  canonical_url: string | null;
  content_hash: string;
}

const byHashOrUrl = prepared<ArticleIdentity>('findArticle.hashOrUrl', (db, p) =>
  db.selectFrom('articles').select(['id', 'canonical_url', 'content_hash']).where((eb) => eb.or([eb('content_hash', '=', p('hash')), eb('canonical_url', '=', p('canonical'))])).orderBy('ingested_at').limit(1),
);
const byHash = prepared<ArticleIdentity>('findArticle.hash', (db, p) =>
  db.selectFrom('articles').select(['id', 'canonical_url', 'content_hash']).where('content_hash', '=', p('hash')).orderBy('ingested_at').limit(1),
);

/** The stored article with this canonical URL or this content hash, earliest first; undefined if none. */
export async function findArticle(ctx: Ctx, canonical: string | null, hash: string): Promise<ArticleIdentity | undefined> {
  const rows = canonical ? await byHashOrUrl(ctx, { hash, canonical }) : await byHash(ctx, { hash });
  return rows[0];
}

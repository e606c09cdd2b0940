import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface ArticleIdentity {
  id: string;
  canonical_url: string | null;
  content_hash: string;
}

// Both columns are unique, so at most two rows match: they are ordered here rather than in SQL,
// where the ORDER BY would cost a temporary B-tree on every lookup, and ingest makes one per article.
const byHashOrUrl = prepared<ArticleIdentity & { ingested_at: string }>('findArticle.hashOrUrl', (db, p) =>
  db.selectFrom('articles').select(['id', 'canonical_url', 'content_hash', 'ingested_at']).where((eb) => eb.or([eb('content_hash', '=', p('hash')), eb('canonical_url', '=', p('canonical'))])),
);
const byHash = prepared<ArticleIdentity>('findArticle.hash', (db, p) =>
  db.selectFrom('articles').select(['id', 'canonical_url', 'content_hash']).where('content_hash', '=', p('hash')).orderBy('ingested_at').limit(1),
);

/** The stored article with this canonical URL or this content hash, earliest first; undefined if none. */
export async function findArticle(ctx: Ctx, canonical: string | null, hash: string): Promise<ArticleIdentity | undefined> {
  if (!canonical) return (await byHash(ctx, { hash }))[0];
  const rows = await byHashOrUrl(ctx, { hash, canonical });
  if (rows.length > 1) rows.sort((a, b) => (a.ingested_at < b.ingested_at ? -1 : a.ingested_at > b.ingested_at ? 1 : 0));
  const first = rows[0];
  return first && { id: first.id, canonical_url: first.canonical_url, content_hash: first.content_hash };
}

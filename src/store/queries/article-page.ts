import type { Store } from '../db.ts';

export interface StoredArticle {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  source: string | null;
  text: string;
  ingested_at: string;
  near_duplicate_of: string | null;
}

export interface PageCursor {
  at: string;
  id: string;
}

/** Stored articles in ingest order, `limit` at a time after `after`: a keyset page, so large stores stream. */
export async function articlesPage(store: Store, after: PageCursor | null, limit: number): Promise<StoredArticle[]> {
  let q = store.db
    .selectFrom('articles')
    .select(['id', 'url', 'title', 'published', 'language', 'source', 'text', 'ingested_at', 'near_duplicate_of'])
    .orderBy('ingested_at')
    .orderBy('id')
    .limit(limit);
  if (after) q = q.where((eb) => eb.or([eb('ingested_at', '>', after.at), eb.and([eb('ingested_at', '=', after.at), eb('id', '>', after.id)])]));
  return q.execute();
}

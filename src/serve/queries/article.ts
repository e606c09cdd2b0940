import type { EngagementRecord } from '../../model/engagement.ts';
import { claimHighlights, type Highlight } from './highlights.ts';
import type { Store } from './store.ts';

export interface ArticleClaim {
  idx: number;
  engagement_id: string | null;
  kind: string;
  date: string | null;
  confidence: number;
  highlights: Highlight[];
}

export interface ArticleDetail {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
  ingested_at: string;
  near_duplicate_of: string | null;
  /** Other URLs the same text was seen under. */
  duplicates: { url: string | null; seen_at: string }[];
  text: string;
  claims: ArticleClaim[];
}

export async function getArticle(store: Store, id: string): Promise<ArticleDetail | null> {
  const a = await store.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const claims = await store.db.selectFrom('claims').select(['idx', 'engagement_id', 'engagement', 'confidence']).where('article_id', '=', id).orderBy('idx').execute();
  const dups = await store.db.selectFrom('article_duplicates').select(['url', 'canonical_url', 'seen_at']).where('article_id', '=', id).orderBy('seen_at').execute();
  return {
    id: a.id,
    url: a.url ?? a.canonical_url,
    title: a.title,
    published: a.published,
    source: a.source,
    language: a.language,
    ingested_at: a.ingested_at,
    near_duplicate_of: a.near_duplicate_of,
    duplicates: dups.map((d) => ({ url: d.url ?? d.canonical_url, seen_at: d.seen_at })),
    text: a.text,
    claims: claims.map((c) => {
      const rec = store.json.read<EngagementRecord>(c.engagement);
      return { idx: Number(c.idx), engagement_id: c.engagement_id, kind: rec.kind, date: rec.date, confidence: Number(c.confidence), highlights: claimHighlights(a.text, rec) };
    }),
  };
}

/** The stored article with this exact text, if any (how a POST finds what it just ingested). */
export async function articleIdByHash(store: Store, hash: string): Promise<string | null> {
  const r = await store.db.selectFrom('articles').select('id').where('content_hash', '=', hash).executeTakeFirst();
  return r?.id ?? null;
}

import { nowIso, type Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

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

const COLUMNS = ['id', 'url', 'canonical_url', 'content_hash', 'near_duplicate_of', 'near_duplicate_score', 'title', 'published', 'source', 'language', 'text', 'ingested_at', 'extractor_version'] as const;

const insert = prepared('insertArticle', (db, p) =>
  db.insertInto('articles').values(Object.fromEntries(COLUMNS.map((c) => [c, p(c)])) as never),
);

/** Stores a new article; returns the time it is recorded as ingested at. */
export async function insertArticle(ctx: Ctx, a: NewArticle): Promise<string> {
  const ingested_at = nowIso();
  await insert(ctx, { ...a, ingested_at });
  return ingested_at;
}

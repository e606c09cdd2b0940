import type { Article } from '../model/article.ts';

/** What a queued job carries: the whole article, so a worker needs nothing but the database. */
export interface ArticleJob {
  article: Article;
}

const OPTIONAL_TEXT = ['title', 'published', 'url', 'language', 'source'] as const;

/** The article in a job's payload, or why the payload is not one (a job written by something else). */
export function readArticleJob(payload: unknown): { article: Article } | { problem: string } {
  const a = (payload as { article?: unknown } | null)?.article as Record<string, unknown> | undefined;
  if (!a || typeof a !== 'object') return { problem: 'the job payload has no article object' };
  if (typeof a.text !== 'string') return { problem: 'the queued article has no text' };
  for (const f of OPTIONAL_TEXT) {
    if (a[f] !== undefined && a[f] !== null && typeof a[f] !== 'string') return { problem: `the queued article's ${f} is not text` };
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return { article: { text: a.text, title: str(a.title), published: str(a.published), url: str(a.url), language: str(a.language), source: str(a.source) } };
}

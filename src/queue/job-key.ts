import type { Article } from '../model/article.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';

/**
 * The queue key of an article: the identity the store dedupes on (canonical URL, else normalised
 * text), so enqueueing the same article again updates its waiting job instead of adding one.
 */
export function articleJobKey(article: Pick<Article, 'url' | 'text'>): string {
  const canonical = tryCanonicalizeUrl(article.url);
  return canonical ? `article:url:${canonical}` : `article:text:${contentHash(article.text)}`;
}

/** The rows of article_keys an article would occupy: both identities, either of which marks it stored. */
export function storeKeys(article: Pick<Article, 'url' | 'text'>): string[] {
  const canonical = tryCanonicalizeUrl(article.url);
  const keys = [`h:${contentHash(article.text)}`];
  if (canonical) keys.push(`u:${canonical}`);
  return keys;
}

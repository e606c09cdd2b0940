import type { Article } from '../../model/article.ts';
import { cleanText } from '../clean-text.ts';
import { htmlToArticle } from '../html.ts';
import { parseFeed } from './feed.ts';
import { sourceFailure, type SourceItem } from './types.ts';
import { MIN_FEED_TEXT_CHARS } from './walk.ts';

/** Fetches an item's link and returns its articles; supplied by the caller so feeds stay testable offline. */
export type LinkReader = (url: string) => Promise<Article[]>;

const MAX_TITLE_CHARS = 1000;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * The articles of a feed. An item whose own content is a whole article is used as it is; a teaser
 * (too short to report a meeting) is replaced by the page its link points to.
 */
export async function* feedArticles(xml: string, name: string, readLink: LinkReader | null): AsyncGenerator<SourceItem> {
  const feed = parseFeed(xml, name);
  for (const [i, item] of feed.items.entries()) {
    const where = `${name} item ${i + 1}${item.title ? ` ("${item.title.slice(0, 60)}")` : ''}`;
    let text = '';
    if (item.content) {
      text = /<[a-z][\s\S]*>/i.test(item.content) ? htmlToArticle(item.content, { url: item.link, name: where }).text : cleanText(item.content);
    }
    if (text.length >= MIN_FEED_TEXT_CHARS || (text && !item.link)) {
      // A headline is a line; a title of thousands of characters is padding or an attack, not news.
      const title = item.title ? cleanText(item.title.slice(0, MAX_TITLE_CHARS)) : null;
      yield { text: title && !text.startsWith(title) ? `${title}\n${text}` : text, title, published: item.published, url: item.link, language: null, source: where };
      continue;
    }
    if (!item.link) {
      yield sourceFailure(where, 'the item has neither enough text nor a link to its article');
      continue;
    }
    if (!readLink) {
      yield sourceFailure(where, `the item's text is too short and its link ${item.link} cannot be fetched here`);
      continue;
    }
    try {
      for (const a of await readLink(item.link)) {
        // The feed's own date and title are what the publisher declared; the page may omit them.
        yield { ...a, published: a.published ?? item.published, title: a.title ?? item.title, source: a.source ?? item.link };
      }
    } catch (err) {
      yield sourceFailure(where, describe(err));
    }
  }
}

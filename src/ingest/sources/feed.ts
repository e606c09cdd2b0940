import { XMLParser } from 'fast-xml-parser';
import { UserError } from '../../model/errors.ts';
import { normaliseMetaDate } from '../dates.ts';

export interface FeedItem {
  title: string | null;
  link: string | null;
  published: string | null;
  /** The item's body as the feed gives it (usually HTML), or null. */
  content: string | null;
}

export interface Feed {
  format: 'rss' | 'atom';
  title: string | null;
  items: FeedItem[];
}

// Entity expansion is off: a DOCTYPE's entities (the "billion laughs") are never expanded, and the
// five predefined entities and character references are decoded by hand below.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link'].includes(name),
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML's predefined entities and numeric character references; anything else stays as written. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[name.toLowerCase()] ?? whole;
  });
}

/** Text of a parsed node: a string, or an element with text and attributes ({"#text": ...}). */
function text(node: unknown): string | null {
  if (node === null || node === undefined) return null;
  if (typeof node === 'string' || typeof node === 'number') {
    const s = decodeXmlEntities(String(node)).trim();
    return s === '' ? null : s;
  }
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === 'object') return text((node as Record<string, unknown>)['#text']);
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const list = links as Record<string, unknown>[];
  // The alternate link is the article itself; other rels point at comments, enclosures or the feed.
  const alt = list.find((l) => l && typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate'));
  return alt ? text(alt['@_href']) : null;
}

/** Whether bytes read from a file look like an RSS or Atom document rather than an HTML page. */
export function looksLikeFeed(head: string): boolean {
  const start = head.slice(0, 2048).replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^(?:<!DOCTYPE[^>]*>\s*)?<(?:rss|feed|rdf:RDF)[\s>]/i.test(start);
}

/** Real news feeds carry tens or hundreds of items; far more is an abuse or a dump, not a feed to read. */
export const MAX_FEED_ITEMS = 5000;

const ITEM_TAG = /<(?:item|entry)[\s>/]/g;

function countItemTags(xml: string): number {
  ITEM_TAG.lastIndex = 0;
  let n = 0;
  while (ITEM_TAG.exec(xml)) n++;
  return n;
}

/** A GUID repeated within one feed names one item: keep its first appearance. */
function dedupeGuids<T>(items: T[], key: (it: T) => string | null): T[] {
  const seen = new Set<string>();
  return items.filter((it) => {
    const k = key(it);
    if (!k) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The items of an RSS 2.0 or Atom feed; `name` (a path or URL) labels errors. */
export function parseFeed(xml: string, name: string): Feed {
  // Counting the item tags first refuses a 100,000-item dump in milliseconds instead of after seconds of parsing.
  const tags = countItemTags(xml);
  if (tags > MAX_FEED_ITEMS) {
    throw new UserError('too-many-items', `${name}: the feed holds ${tags} items (limit ${MAX_FEED_ITEMS})`, 'split it into smaller feeds, or save the articles as a .jsonl file');
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new UserError('bad-feed', `${name}: not a well-formed XML feed (${err instanceof Error ? err.message : String(err)})`, 'check that the file or URL is an RSS 2.0 or Atom feed');
  }
  const rss = doc.rss as Record<string, unknown> | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Record<string, unknown>;
    const items = dedupeGuids((Array.isArray(channel.item) ? channel.item : []) as Record<string, unknown>[], (it) => text(it.guid) ?? text(it.link));
    return {
      format: 'rss',
      title: text(channel.title),
      items: items.map((it) => ({
        title: text(it.title),
        link: text(Array.isArray(it.link) ? it.link[0] : it.link) ?? (/^https?:/i.test(text(it.guid) ?? '') ? text(it.guid) : null),
        published: normaliseMetaDate(text(it.pubDate) ?? text(it['dc:date'])),
        content: text(it['content:encoded']) ?? text(it.description),
      })),
    };
  }
  const feed = doc.feed as Record<string, unknown> | undefined;
  if (feed && typeof feed === 'object') {
    const entries = dedupeGuids((Array.isArray(feed.entry) ? feed.entry : []) as Record<string, unknown>[], (e) => text(e.id));
    return {
      format: 'atom',
      title: text(feed.title),
      items: entries.map((e) => ({
        title: text(e.title),
        link: atomLink(e.link),
        published: normaliseMetaDate(text(e.published) ?? text(e.updated)),
        content: text(e.content) ?? text(e.summary),
      })),
    };
  }
  throw new UserError('bad-feed', `${name}: XML, but neither an RSS 2.0 <rss> nor an Atom <feed> document`, 'give an RSS 2.0 or Atom feed, or an article file');
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_FEED_ITEMS, parseFeed } from '../../../src/ingest/sources/feed.ts';
import { feedArticles } from '../../../src/ingest/sources/feed-articles.ts';
import { UserError } from '../../../src/model/errors.ts';
import type { SourceItem } from '../../../src/ingest/sources/types.ts';

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
const BODY = 'Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday and the two leaders discussed trade, transit and energy.';

test('a feed of more items than the limit is refused before it is parsed', () => {
  const xml = rss('<item><title>x</title><link>https://example.org/a</link></item>'.repeat(MAX_FEED_ITEMS + 1));
  const t0 = performance.now();
  assert.throws(() => parseFeed(xml, 'big.xml'), (err: unknown) => err instanceof UserError && err.code === 'too-many-items' && /big\.xml/.test(err.message));
  // The count alone, not the XML parser: far below what parsing this many items takes.
  assert.ok(performance.now() - t0 < 1000);
});

test('a feed at the limit, and tag names that only start like an item, are read', () => {
  const atLimit = rss('<item><guid>g</guid><title>x</title></item>'.repeat(MAX_FEED_ITEMS));
  assert.equal(parseFeed(atLimit, 'ok.xml').items.length, 1, 'one GUID, one item');
  const lookalikes = rss(`<itemlist/>${'<entryPoint/>'.repeat(MAX_FEED_ITEMS + 1)}<item><title>one</title></item>`);
  assert.equal(parseFeed(lookalikes, 'ok.xml').items.length, 1);
});

test('an item title of thousands of characters is cut to a headline\'s length', async () => {
  const xml = rss(`<item><title>${'K&amp;'.repeat(50_000)}</title><description>${BODY}</description></item>`);
  const out: SourceItem[] = [];
  for await (const x of feedArticles(xml, 'feed.xml', null)) out.push(x);
  assert.equal(out.length, 1);
  const a = out[0] as { title: string; text: string };
  assert.ok(a.title.length <= 1000, `title of ${a.title.length} characters`);
  assert.ok(a.text.endsWith(BODY));
  assert.ok(a.text.length < 1000 + BODY.length + 2);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { contentHash, tryCanonicalizeUrl } from '../../src/ingest/sources/identity.ts';
import { findArticle } from '../../src/store/queries/find-article.ts';
import { article, prose, tableExtractor, targets } from './helpers.ts';

for (const target of targets()) {
  test(`an article found by both its URL and another's text is the one ingested first (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const a = article({ title: 'a', url: 'https://news.example/a', text: prose(71) });
      const b = article({ title: 'b', url: 'https://news.example/b', text: prose(72) });
      await ingestArticles(store, [a, b], tableExtractor({}));
      const ctx = { db: store.db, json: store.json };
      const urlB = tryCanonicalizeUrl(b.url), urlA = tryCanonicalizeUrl(a.url);
      const stored = await store.db.selectFrom('articles').select(['id', 'canonical_url']).execute();
      const idOf = (url: string | null) => stored.find((r) => r.canonical_url === url)!.id;

      // b, stored second, is made the earlier: the row order SQLite returns no longer says which came first.
      await store.db.updateTable('articles').set({ ingested_at: '2000-01-01T00:00:00.000Z' }).where('id', '=', idOf(urlB)).execute();
      assert.equal((await findArticle(ctx, urlB, contentHash(a.text)))?.id, idOf(urlB));
      assert.equal((await findArticle(ctx, urlA, contentHash(b.text)))?.id, idOf(urlB));
      assert.deepEqual(await findArticle(ctx, urlA, contentHash(a.text)), { id: idOf(urlA), canonical_url: urlA, content_hash: contentHash(a.text) });
      assert.equal(await findArticle(ctx, 'https://news.example/none', contentHash('nothing like it')), undefined);
      assert.equal((await findArticle(ctx, null, contentHash(b.text)))?.id, idOf(urlB));
    } finally {
      await cleanup();
    }
  });
}

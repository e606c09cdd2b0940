import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import type { Ctx } from '../store/context.ts';
import type { Store } from '../store/db.ts';
import { claimsOfArticle } from '../store/queries/article-claims.ts';
import { articlesPage, type PageCursor } from '../store/queries/article-page.ts';
import { deleteArticleClaims } from '../store/writes/delete-article-claims.ts';
import { pruneActors } from '../store/writes/prune-actors.ts';
import { refreshActorRoles } from '../store/writes/refresh-actor-roles.ts';
import { setExtractorVersion } from '../store/writes/set-extractor-version.ts';
import { rebuildPendingLookups } from './reindex.ts';
import { refuseEngagement } from './refuse-engagement.ts';
import { storeClaims } from './store-claims.ts';
import { resultProblem } from './validate.ts';

export interface ReprocessSummary {
  articles: number;
  failed: number;
  failures: { article_id: string; reason: string }[];
  claims: number;
  newEngagements: number;
  removedEngagements: number;
  interrupted: boolean;
}

// Articles are read a page at a time so a large store is never held in memory at once.
const PAGE = 200;

/**
 * Re-runs the extractor over every stored article (oldest first, the order they were fused in) and
 * replaces each one's claims. An article's old engagements stay in place while its new claims are
 * matched, so an event the new extractor still finds keeps its id, and with it its corrections.
 * An article the extractor now fails on keeps its old claims.
 */
export async function reprocessArticles(
  store: Store,
  extract: (article: Article) => ExtractionResult | Promise<ExtractionResult>,
  opts: { onProgress?: (p: { done: number; failed: number }) => void; signal?: AbortSignal } = {},
): Promise<ReprocessSummary> {
  const s: ReprocessSummary = { articles: 0, failed: 0, failures: [], claims: 0, newEngagements: 0, removedEngagements: 0, interrupted: false };
  // Actors are matched through their name keys, so keys an upgrade left to rebuild come first.
  await rebuildPendingLookups(store);
  let after: PageCursor | null = null;
  for (;;) {
    const page = await articlesPage(store, after, PAGE);
    if (!page.length) break;
    for (const row of page) {
      if (opts.signal?.aborted) {
        s.interrupted = true;
        return s;
      }
      s.articles++;
      const article: Article = { text: row.text, title: row.title, published: row.published, url: row.url, language: row.language, source: row.source };
      let result: ExtractionResult;
      try {
        result = await extract(article);
      } catch (err) {
        s.failed++;
        s.failures.push({ article_id: row.id, reason: `the extractor failed: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
      const bad = resultProblem(result);
      if (bad) {
        s.failed++;
        s.failures.push({ article_id: row.id, reason: bad });
        continue;
      }
      await store.db.transaction().execute(async (trx) => {
        const tx: Ctx = { db: trx, json: store.json };
        const old = await claimsOfArticle(tx, row.id);
        await deleteArticleClaims(tx, row.id);
        const stored = await storeClaims(tx, { id: row.id, published: row.published, nearDuplicateOf: row.near_duplicate_of }, result);
        for (const id of old.engagementIds) {
          if (stored.engagementIds.includes(id)) continue;
          if ((await refuseEngagement(tx, id)) === 'deleted') s.removedEngagements++;
        }
        await refreshActorRoles(tx, [...old.actorIds, ...stored.actorIds]);
        await pruneActors(tx, old.actorIds);
        await setExtractorVersion(tx, row.id, result.extractor?.version ?? null);
        s.claims += stored.claims;
        s.newEngagements += stored.createdEngagements;
      });
      opts.onProgress?.({ done: s.articles, failed: s.failed });
    }
    const last = page[page.length - 1];
    after = { at: last.ingested_at, id: last.id };
  }
  return s;
}

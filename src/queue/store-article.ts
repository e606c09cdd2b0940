import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { ingestArticles, type Extractor } from '../fuse/ingest.ts';
import { articleProblem, resultProblem } from '../fuse/validate.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';
import { findArticle } from '../store/queries/find-article.ts';
import type { Store } from '../store/db.ts';
import { lockParties, partyLockKeys, unlockParties } from './party-locks.ts';

export type QueuedOutcome =
  | { status: 'stored'; engagements: number; newEngagements: number; tries: number }
  | { status: 'duplicate'; tries: number }
  /** The article or its extraction can never be stored: retrying would only fail the same way. */
  | { status: 'rejected'; reason: string };

/** A store failure that outlived the quick retries; the job fails and the queue retries it later. */
export class StoreRetryError extends Error {
  override name = 'StoreRetryError';
}

export interface StoreQueuedOptions {
  /** Immediate tries before the job is handed back to the queue's backoff (default 4). */
  tries?: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(err: unknown): string {
  return err instanceof Error ? err.message || err.name : String(err);
}

/**
 * Extracts, fuses and stores one queued article, exactly once however many workers race on it.
 * Extraction runs unlocked (it is the costly part and touches no rows); then the worker locks the
 * sides the article touches and only then opens its transaction, which is SERIALIZABLE, so it
 * reads everything a worker it waited for committed. A conflict the locks did not foresee rolls the
 * article back whole, and the next try finds it stored or fuses it into what the other worker made.
 */
export async function storeQueuedArticle(store: Store, article: Article, extract: Extractor, opts: StoreQueuedOptions = {}): Promise<QueuedOutcome> {
  const tries = opts.tries ?? 4;
  const problem = articleProblem(article);
  if (problem) return { status: 'rejected', reason: problem };

  let result: ExtractionResult | null = null;
  const ctx = { db: store.db, json: store.json };
  // Stored already (a re-run, or a copy under another key): ingest records where else it was seen.
  if (!(await findArticle(ctx, tryCanonicalizeUrl(article.url), contentHash(article.text)))) {
    try {
      result = await extract(article);
    } catch (err) {
      return { status: 'rejected', reason: `the extractor failed: ${describe(err)}` };
    }
    const bad = resultProblem(result);
    if (bad) return { status: 'rejected', reason: bad };
  }

  let lastReason = '';
  for (let attempt = 1; attempt <= tries; attempt++) {
    const summary = await store.db.connection().execute(async (conn) => {
      try {
        if (result) await lockParties(conn, partyLockKeys(result));
        return await ingestArticles(store, [article], async (a) => result ?? extract(a));
      } finally {
        await unlockParties(conn);
      }
    });
    if (summary.new === 1) return { status: 'stored', engagements: summary.engagements, newEngagements: summary.newEngagements, tries: attempt };
    if (summary.duplicates === 1) return { status: 'duplicate', tries: attempt };
    lastReason = summary.failures[0]?.reason ?? 'unknown failure';
    await pause(5 + Math.floor(Math.random() * 20 * attempt));
  }
  throw new StoreRetryError(lastReason);
}

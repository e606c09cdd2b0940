import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { ingestArticles, type Extractor } from '../fuse/ingest.ts';
import { resultProblem } from '../fuse/validate.ts';
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

/**
 * Extracts, fuses and stores one queued article, exactly once however many workers race on it.
 * Extraction runs unlocked (it is the costly part and touches no rows); before its transaction
 * the worker locks the sides the article touches, and the transaction itself is SERIALIZABLE.
 * A conflict or a lost race rolls the article back whole, and the next try sees the winner's rows:
 * it then finds the article stored, or fuses into what the other worker made.
 */
export async function storeQueuedArticle(store: Store, article: Article, extract: Extractor, opts: StoreQueuedOptions = {}): Promise<QueuedOutcome> {
  const tries = opts.tries ?? 4;
  // Kept across tries: a retry repeats only the transaction, never the extraction.
  const memo: { result: ExtractionResult | null } = { result: null };
  let lastReason = '';
  for (let attempt = 1; attempt <= tries; attempt++) {
    const summary = await store.db.connection().execute(async (conn) => {
      try {
        return await ingestArticles(store, [article], async (a) => {
          memo.result ??= await extract(a);
          if (!resultProblem(memo.result)) await lockParties(conn, partyLockKeys(memo.result));
          return memo.result;
        });
      } finally {
        await unlockParties(conn);
      }
    });
    if (summary.new === 1) return { status: 'stored', engagements: summary.engagements, newEngagements: summary.newEngagements, tries: attempt };
    if (summary.duplicates === 1) return { status: 'duplicate', tries: attempt };
    lastReason = summary.failures[0]?.reason ?? 'unknown failure';
    // Everything before the transaction (the article's fields, the extractor, its output) fails the
    // same way every time; only the transaction can succeed on another try.
    if (!memo.result || resultProblem(memo.result)) return { status: 'rejected', reason: lastReason };
    await pause(5 + Math.floor(Math.random() * 20 * attempt));
  }
  throw new StoreRetryError(lastReason);
}

import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import type { Extractor } from '../fuse/ingest.ts';
import type { ShingleCache } from '../fuse/find-near-duplicate.ts';
import { articleProblem, resultProblem } from '../fuse/validate.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';
import { findArticle } from '../store/queries/find-article.ts';
import type { Store } from '../store/db.ts';
import { storeOneArticle } from './store-one.ts';

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
  /** Shingles of stored articles this worker has read, kept across its jobs. */
  shingles?: ShingleCache;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function describe(err: unknown): string {
  return err instanceof Error ? err.message || err.name : String(err);
}

/**
 * Extracts, fuses and stores one queued article, exactly once however many workers race on it.
 * Extraction runs unlocked (it touches no rows); then one READ COMMITTED transaction locks what the
 * article's decisions depend on (see storeLockKeys) and stores it. A failure (a deadlock, a copy
 * stored under another identity a moment ago, a lost connection) rolls the article back whole, and
 * the next try finds it stored or fuses it into what the other worker made.
 */
export async function storeQueuedArticle(store: Store, article: Article, extract: Extractor, opts: StoreQueuedOptions = {}): Promise<QueuedOutcome> {
  const tries = opts.tries ?? 4;
  const problem = articleProblem(article);
  if (problem) return { status: 'rejected', reason: problem };

  let result: ExtractionResult | null = null;
  const extractOnce = async (): Promise<string | null> => {
    try {
      result = await extract(article);
    } catch (err) {
      return `the extractor failed: ${describe(err)}`;
    }
    return resultProblem(result);
  };
  const ctx = { db: store.db, json: store.json };
  // Hashing the text is the costly part of an article's identity: worked out once for every try.
  const identity = { canonical: tryCanonicalizeUrl(article.url), hash: contentHash(article.text) };
  // Stored already (a re-run, or a copy under another key): only where else it was seen is recorded.
  if (!(await findArticle(ctx, identity.canonical, identity.hash))) {
    const bad = await extractOnce();
    if (bad) return { status: 'rejected', reason: bad };
  }

  let lastReason = '';
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      const r = await storeOneArticle(store, article, result, { shingles: opts.shingles, identity });
      if (r.status === 'duplicate') return { status: 'duplicate', tries: attempt };
      if (r.status === 'stored') return { status: 'stored', engagements: r.engagements, newEngagements: r.newEngagements, tries: attempt };
      // Seen stored before, gone now (deleted meanwhile): extract it after all and store it.
      const bad = await extractOnce();
      if (bad) return { status: 'rejected', reason: bad };
      continue;
    } catch (err) {
      lastReason = `storing failed: ${describe(err)}`;
    }
    await pause(5 + Math.floor(Math.random() * 20 * attempt));
  }
  throw new StoreRetryError(lastReason);
}

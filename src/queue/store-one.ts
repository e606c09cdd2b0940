import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { articleId } from '../fuse/ingest.ts';
import { ActorCandidates } from '../fuse/actor-candidates.ts';
import type { ShingleCache } from '../fuse/find-near-duplicate.ts';
import { writeNewArticle, type WrittenArticle } from '../fuse/write-article.ts';
import { extrasFor, textPrint } from '../fuse/worker-extras.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';
import type { Ctx } from '../store/context.ts';
import type { Store } from '../store/db.ts';
import { actorsWithKeys } from '../store/queries/party-actors.ts';
import { findArticle } from '../store/queries/find-article.ts';
import { takeAdvisoryLocks } from '../store/writes/advisory-locks.ts';
import { recordDuplicate } from '../store/writes/record-duplicate.ts';
import { knownSpellings, lockIds, personKeys, storeLockKeys } from './store-locks.ts';

export type StoredOne =
  | { status: 'stored'; engagements: number; newEngagements: number }
  | { status: 'duplicate' }
  /** Not stored, and no extraction was given to store it with: nothing was written. */
  | { status: 'absent' };

export interface StoreOneOptions {
  /** Stored articles' shingles a worker keeps across jobs. */
  shingles?: ShingleCache;
  /** The article's canonical URL and content hash, when the caller has them already. */
  identity?: { canonical: string | null; hash: string };
}

/**
 * Stores one extracted article the way ingest's storeOne does, in one READ COMMITTED transaction on
 * PostgreSQL. It first takes the advisory locks of every decision it will make (storeLockKeys), so
 * an article whose decisions another worker's open transaction could change waits for that
 * transaction to commit, and then, each statement reading the latest commits, sees its rows. Articles
 * that share no lock run side by side. Without an extraction (the caller saw the article stored) it
 * only records the duplicate. Throws on any failure; nothing of the article is then stored.
 */
export async function storeOneArticle(store: Store, article: Article, result: ExtractionResult | null, opts: StoreOneOptions = {}): Promise<StoredOne> {
  const { shingles } = opts;
  const canonical = opts.identity ? opts.identity.canonical : tryCanonicalizeUrl(article.url);
  const hash = opts.identity?.hash ?? contentHash(article.text);
  const extras = result ? extrasFor(result, article.text) : undefined;
  const print = extras?.print ?? (result ? textPrint(article.text) : { shingles: new Uint32Array(), bands: [] });
  const id = articleId(hash);
  const [out, written] = await store.db.transaction().execute(async (trx): Promise<[StoredOne, WrittenArticle?]> => {
    const tx: Ctx = { db: trx, json: store.json };
    const known = result ? knownSpellings(await actorsWithKeys(tx, personKeys(result))) : undefined;
    await takeAdvisoryLocks(tx, lockIds(storeLockKeys({ article, canonical, hash, bands: print.bands, result, known })));
    const seen = await findArticle(tx, canonical, hash);
    if (seen) {
      await recordDuplicate(tx, seen, article.url ?? null, canonical, hash);
      return [{ status: 'duplicate' }];
    }
    if (!result) return [{ status: 'absent' }];
    // Read-through only: an entry is added once its article has committed (below).
    const w = await writeNewArticle(tx, { id, article, canonical, hash, print, result, extras, shingles, actors: new ActorCandidates() });
    return [{ status: 'stored', engagements: w.stored.claims, newEngagements: w.stored.createdEngagements }, w];
  });
  if (written) shingles?.set(id, { shingles: print.shingles, near_duplicate_of: written.near?.articleId ?? null, ingested_at: written.ingestedAt });
  return out;
}

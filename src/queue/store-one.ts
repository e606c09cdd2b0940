import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { articleId } from '../fuse/ingest.ts';
import { ActorCandidates } from '../fuse/actor-candidates.ts';
import { findNearDuplicate, ShingleCache } from '../fuse/find-near-duplicate.ts';
import { storeClaims } from '../fuse/store-claims.ts';
import { extrasFor, textPrint } from '../fuse/worker-extras.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';
import type { Ctx } from '../store/context.ts';
import type { Store } from '../store/db.ts';
import { actorsWithKeys } from '../store/queries/actors-with-keys.ts';
import { findArticle } from '../store/queries/find-article.ts';
import { takeAdvisoryLocks } from '../store/writes/advisory-locks.ts';
import { extendActorRoles } from '../store/writes/extend-actor-roles.ts';
import { insertArticle } from '../store/writes/insert-article.ts';
import { insertBands } from '../store/writes/insert-bands.ts';
import { recordDuplicate } from '../store/writes/record-duplicate.ts';
import { knownSpellings, lockIds, personKeys, storeLockKeys } from './store-locks.ts';

export type StoredOne =
  | { status: 'stored'; engagements: number; newEngagements: number }
  | { status: 'duplicate' }
  /** Not stored, and no extraction was given to store it with: nothing was written. */
  | { status: 'absent' };

/**
 * Stores one extracted article the way ingest's storeOne does, in one READ COMMITTED transaction on
 * PostgreSQL. It first takes the advisory locks of every decision it will make (storeLockKeys), so
 * an article whose decisions another worker's open transaction could change waits for that
 * transaction to commit, and then, each statement reading the latest commits, sees its rows. Articles
 * that share no lock run side by side. Without an extraction (the caller saw the article stored) it
 * only records the duplicate. Throws on any failure; nothing of the article is then stored.
 */
export async function storeOneArticle(store: Store, article: Article, result: ExtractionResult | null, shingles?: ShingleCache): Promise<StoredOne> {
  const canonical = tryCanonicalizeUrl(article.url);
  const hash = contentHash(article.text);
  const extras = result ? extrasFor(result, article.text) : undefined;
  const print = extras?.print ?? (result ? textPrint(article.text) : { shingles: new Uint32Array(), bands: [] });
  const id = articleId(hash);
  let remember: (() => void) | null = null;
  const out = await store.db.transaction().execute(async (trx): Promise<StoredOne> => {
    const tx: Ctx = { db: trx, json: store.json };
    const known = result ? knownSpellings(await actorsWithKeys(tx, personKeys(result))) : undefined;
    await takeAdvisoryLocks(tx, lockIds(storeLockKeys({ article, canonical, hash, bands: print.bands, result, known })));
    const seen = await findArticle(tx, canonical, hash);
    if (seen) {
      await recordDuplicate(tx, seen, article.url ?? null, canonical, hash);
      return { status: 'duplicate' };
    }
    if (!result) return { status: 'absent' };
    // Read-through only: an entry is added once its article has committed (below).
    const near = await findNearDuplicate(tx, print.shingles, print.bands, shingles);
    const ingestedAt = await insertArticle(tx, {
      id,
      url: article.url ?? null,
      canonical_url: canonical,
      content_hash: hash,
      near_duplicate_of: near?.articleId ?? null,
      near_duplicate_score: near?.score ?? null,
      title: article.title ?? null,
      published: article.published ?? null,
      source: article.source ?? null,
      language: article.language ?? null,
      text: article.text,
      extractor_version: result.extractor?.version ?? null,
    });
    await insertBands(tx, id, print.bands);
    const stored = await storeClaims(tx, { id, published: article.published ?? null, nearDuplicateOf: near?.articleId ?? null }, result, {
      actors: new ActorCandidates(),
      engagementsJson: extras?.engagementsJson,
      engagementsDigest: extras?.engagementsDigest,
    });
    await extendActorRoles(tx, stored.links);
    remember = () => shingles?.set(id, { shingles: print.shingles, near_duplicate_of: near?.articleId ?? null, ingested_at: ingestedAt });
    return { status: 'stored', engagements: stored.claims, newEngagements: stored.createdEngagements };
  });
  (remember as (() => void) | null)?.();
  return out;
}

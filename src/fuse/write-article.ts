import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import type { Ctx } from '../store/context.ts';
import { extendActorRoles } from '../store/writes/extend-actor-roles.ts';
import { insertArticle } from '../store/writes/insert-article.ts';
import { insertBands } from '../store/writes/insert-bands.ts';
import type { ActorCandidates } from './actor-candidates.ts';
import { findNearDuplicate, type NearDuplicate, type ReadBuckets, type ShingleCache } from './find-near-duplicate.ts';
import type { PendingBands } from './pending-bands.ts';
import { storeClaims, type StoredClaims } from './store-claims.ts';
import type { TextPrint, WorkerExtras } from './worker-extras.ts';

export interface NewArticleWrite {
  id: string;
  article: Article;
  canonical: string | null;
  hash: string;
  print: TextPrint;
  result: ExtractionResult;
  extras: WorkerExtras | undefined;
  /** Stored articles' shingles read lately; consulted, not added to (the caller adds once it commits). */
  shingles: ShingleCache | undefined;
  actors: ActorCandidates;
  /** Where the bands go when the caller writes them at its commit instead (ingest); absent, they are written here. */
  pendingBands?: PendingBands;
  /** The article's buckets as an extraction worker read them, with what was committed since (ingest). */
  buckets?: ReadBuckets;
}

export interface WrittenArticle {
  near: NearDuplicate | null;
  ingestedAt: string;
  stored: StoredClaims;
}

/**
 * The writes of an article found new, shared by ingest and the queue's workers: whether it is a
 * near-copy, its row, its MinHash bands, its claims fused into engagements, and its people's roles.
 * The caller has settled that it is not stored yet and holds the transaction.
 */
export async function writeNewArticle(tx: Ctx, w: NewArticleWrite): Promise<WrittenArticle> {
  const { id, article, result, print } = w;
  const near = await findNearDuplicate(tx, print.shingles, print.bands, w.shingles, w.pendingBands, w.buckets);
  const ingestedAt = await insertArticle(tx, {
    id,
    url: article.url ?? null,
    canonical_url: w.canonical,
    content_hash: w.hash,
    near_duplicate_of: near?.articleId ?? null,
    near_duplicate_score: near?.score ?? null,
    title: article.title ?? null,
    published: article.published ?? null,
    source: article.source ?? null,
    language: article.language ?? null,
    text: article.text,
    extractor_version: result.extractor?.version ?? null,
  });
  if (!w.pendingBands) await insertBands(tx, id, print.bands);
  const stored = await storeClaims(tx, { id, published: article.published ?? null, nearDuplicateOf: near?.articleId ?? null }, result, {
    actors: w.actors,
    engagementsJson: w.extras?.engagementsJson,
    engagementsDigest: w.extras?.engagementsDigest,
    engagementsScores: w.extras?.engagementsScores,
  });
  await extendActorRoles(tx, stored.links);
  // Last, so that an article whose writes failed is never held back to be written at the commit.
  w.pendingBands?.add(id, print.bands);
  return { near, ingestedAt, stored };
}

import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { contentHash, tryCanonicalizeUrl } from '../ingest/sources/identity.ts';
import { isSourceFailure, type SourceItem } from '../ingest/sources/types.ts';
import type { Ctx } from '../store/context.ts';
import type { Store } from '../store/db.ts';
import { findArticle } from '../store/queries/find-article.ts';
import { insertArticle } from '../store/writes/insert-article.ts';
import { insertBands } from '../store/writes/insert-bands.ts';
import { recordDuplicate } from '../store/writes/record-duplicate.ts';
import { refreshActorRoles } from '../store/writes/refresh-actor-roles.ts';
import { findNearDuplicate } from './find-near-duplicate.ts';
import { bandKeys, shingles, signature } from './near-duplicate.ts';
import { storeClaims } from './store-claims.ts';
import { articleProblem, resultProblem } from './validate.ts';

export type Extractor = (article: Article) => ExtractionResult | Promise<ExtractionResult>;

export interface IngestProgress {
  read: number;
  new: number;
  /** Articles skipped because the store already holds them (same canonical URL or same text). */
  duplicates: number;
  /** New articles stored as copies of an earlier one; their claims add no independent evidence. */
  nearDuplicates: number;
  failed: number;
  /** Engagements extracted from the new articles (before fusion). */
  engagements: number;
}

export interface IngestFailure {
  /** Position in the input, from 0. */
  index: number;
  url: string | null;
  title: string | null;
  /** The file, URL or feed item it came from, when known. */
  source: string | null;
  reason: string;
}

export interface IngestSummary extends IngestProgress {
  /** Fused engagements created by this run (the rest of `engagements` joined existing ones). */
  newEngagements: number;
  failures: IngestFailure[];
  /** True when the signal stopped the run before the input ended. */
  interrupted: boolean;
}

export interface IngestOptions {
  onProgress?: (p: IngestProgress) => void;
  /** Checked between articles: the article being stored finishes its transaction, then the run stops. */
  signal?: AbortSignal;
}

export function articleId(hash: string): string {
  return `a_${hash.slice(0, 24)}`;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/**
 * Stores articles, their claims and the fused engagements. Each article is one transaction, so a
 * process killed at any point leaves a consistent store, and running the same input again resumes:
 * stored articles are recognised by canonical URL or content hash and skipped before extraction.
 */
export async function ingestArticles(
  store: Store,
  articles: AsyncIterable<SourceItem> | Iterable<SourceItem>,
  extract: Extractor,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const s: IngestSummary = { read: 0, new: 0, duplicates: 0, nearDuplicates: 0, failed: 0, engagements: 0, newEngagements: 0, failures: [], interrupted: false };
  const ctx: Ctx = { db: store.db, json: store.json };
  const report = () => opts.onProgress?.({ read: s.read, new: s.new, duplicates: s.duplicates, nearDuplicates: s.nearDuplicates, failed: s.failed, engagements: s.engagements });
  const fail = (index: number, a: Article | null, source: string | null, reason: string) => {
    s.failed++;
    s.failures.push({ index, url: a?.url ?? null, title: a?.title ?? null, source: source ?? a?.source ?? null, reason });
  };

  for await (const item of articles) {
    if (opts.signal?.aborted) {
      s.interrupted = true;
      break;
    }
    const index = s.read++;
    if (isSourceFailure(item)) {
      fail(index, null, item.source, item.reason);
      report();
      continue;
    }
    const article = item;
    const problem = articleProblem(article);
    if (problem) {
      fail(index, article && typeof article === 'object' ? article : null, null, problem);
      report();
      continue;
    }
    const canonical = tryCanonicalizeUrl(article.url);
    const hash = contentHash(article.text);
    const seen = await findArticle(ctx, canonical, hash);
    if (seen) {
      await recordDuplicate(ctx, seen, article.url ?? null, canonical, hash);
      s.duplicates++;
      report();
      continue;
    }

    let result: ExtractionResult;
    try {
      result = await extract(article);
    } catch (err) {
      fail(index, article, null, `the extractor failed: ${describe(err)}`);
      report();
      continue;
    }
    const bad = resultProblem(result);
    if (bad) {
      fail(index, article, null, bad);
      report();
      continue;
    }

    const sh = shingles(article.text);
    const bands = bandKeys(signature(sh));
    const id = articleId(hash);
    let outcome: { near: boolean; claims: number; created: number } | null;
    try {
      outcome = await store.db.transaction().execute(async (trx) => {
        const tx: Ctx = { db: trx, json: store.json };
        // Checked again inside the transaction: another writer may have stored it meanwhile.
        if (await findArticle(tx, canonical, hash)) return null;
        const near = await findNearDuplicate(tx, sh, bands);
        await insertArticle(tx, {
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
        await insertBands(tx, id, bands);
        const stored = await storeClaims(tx, { id, published: article.published ?? null }, result);
        await refreshActorRoles(tx, stored.actorIds);
        return { near: !!near, claims: stored.claims, created: stored.createdEngagements };
      });
    } catch (err) {
      // The transaction rolled back, so nothing of this article is stored; the rest of the run goes on.
      fail(index, article, null, `storing failed: ${describe(err)}`);
      report();
      continue;
    }
    if (!outcome) {
      s.duplicates++;
    } else {
      s.new++;
      if (outcome.near) s.nearDuplicates++;
      s.engagements += outcome.claims;
      s.newEngagements += outcome.created;
    }
    report();
  }
  return s;
}

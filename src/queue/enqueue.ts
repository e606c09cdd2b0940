import { sql } from 'kysely';
import { makeWorkerUtils, Logger, type AddJobsJobSpec, type WorkerUtils } from 'graphile-worker';
import type { Article } from '../model/article.ts';
import { articleProblem } from '../fuse/validate.ts';
import { isSourceFailure, type SourceItem } from '../ingest/sources/types.ts';
import { openStore, type Store } from '../store/db.ts';
import { ARTICLE_TASK, queueDatabase, queueSchema } from './config.ts';
import { articleJobKey, storeKeys } from './job-key.ts';
import { queuePool } from './pool.ts';
import { ensureMonthPartitions } from './partitions.ts';
import type { ArticleJob } from './payload.ts';

export interface EnqueueOptions {
  db: string;
  queueSchema?: string;
  /** Jobs sent per round trip (default 500). */
  batchSize?: number;
  signal?: AbortSignal;
  onProgress?: (p: EnqueueProgress) => void;
}

export interface EnqueueProgress {
  read: number;
  queued: number;
  /** Already in the store (same canonical URL or text): nothing to do. */
  stored: number;
  /** Repeated within this run: folded into the job already queued for that article. */
  repeated: number;
  failed: number;
}

export interface EnqueueSummary extends EnqueueProgress {
  failures: { index: number; source: string | null; url: string | null; reason: string }[];
  interrupted: boolean;
}

interface Pending {
  key: string;
  article: Article;
  storeKeys: string[];
}

/**
 * Puts articles on the queue for `readout worker`. Each job's key is the article's identity, so
 * enqueueing an article again updates its waiting job rather than adding one (graphile-worker's
 * preserve_run_at mode: it keeps its place in line); an article already stored is not queued at
 * all. Keys are distinct within each batch, as add_jobs requires.
 */
export async function enqueueArticles(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, opts: EnqueueOptions): Promise<EnqueueSummary> {
  const db = queueDatabase(opts.db);
  const schema = queueSchema(opts.queueSchema);
  const batchSize = opts.batchSize ?? 500;
  const s: EnqueueSummary = { read: 0, queued: 0, stored: 0, repeated: 0, failed: 0, failures: [], interrupted: false };
  const store = await openStore(db);
  let utils: WorkerUtils | null = null;
  const pool = queuePool(db, 2);
  try {
    utils = await makeWorkerUtils({ pgPool: pool, schema, logger: new Logger(() => () => {}) });
    await utils.migrate();
    await ensureMonthPartitions(store);
    const batch = new Map<string, Pending>();
    const report = () => opts.onProgress?.({ read: s.read, queued: s.queued, stored: s.stored, repeated: s.repeated, failed: s.failed });
    const flush = async () => {
      if (!batch.size) return;
      const pending = [...batch.values()];
      batch.clear();
      const known = await storedKeys(store, pending.flatMap((p) => p.storeKeys));
      const specs: AddJobsJobSpec[] = [];
      for (const p of pending) {
        if (p.storeKeys.some((k) => known.has(k))) s.stored++;
        else specs.push({ identifier: ARTICLE_TASK, payload: { article: p.article } satisfies ArticleJob, jobKey: p.key });
      }
      if (specs.length) await utils!.addJobs(specs, true);
      s.queued += specs.length;
      report();
    };

    for await (const item of items) {
      if (opts.signal?.aborted) {
        s.interrupted = true;
        break;
      }
      const index = s.read++;
      if (isSourceFailure(item)) {
        s.failed++;
        s.failures.push({ index, source: item.source, url: null, reason: item.reason });
        continue;
      }
      const problem = articleProblem(item);
      if (problem) {
        s.failed++;
        s.failures.push({ index, source: item?.source ?? null, url: item?.url ?? null, reason: problem });
        continue;
      }
      const article: Article = { text: item.text, title: item.title ?? null, published: item.published ?? null, url: item.url ?? null, language: item.language ?? null, source: item.source ?? null };
      const key = articleJobKey(article);
      if (batch.has(key)) s.repeated++;
      // The later copy wins, as it would replace the waiting job if it came in the next batch.
      batch.set(key, { key, article, storeKeys: storeKeys(article) });
      if (batch.size >= batchSize) await flush();
    }
    await flush();
    report();
    return s;
  } finally {
    await utils?.release();
    await pool.end();
    await store.close();
  }
}

async function storedKeys(store: Store, keys: string[]): Promise<Set<string>> {
  if (!keys.length) return new Set();
  const r = await sql<{ key: string }>`select key from article_keys where key = any(${keys}::text[])`.execute(store.db);
  return new Set(r.rows.map((x) => x.key));
}

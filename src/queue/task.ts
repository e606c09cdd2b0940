import { sql } from 'kysely';
import type { Task } from 'graphile-worker';
import type { Extractor } from '../fuse/ingest.ts';
import { ShingleCache } from '../fuse/find-near-duplicate.ts';
import type { Store } from '../store/db.ts';
import { readArticleJob } from './payload.ts';
import { storeQueuedArticle, type QueuedOutcome } from './store-article.ts';

export interface JobReport {
  key: string | null;
  outcome: QueuedOutcome;
  /** From when the job became runnable to when this worker started it. */
  waitedMs: number;
  ms: number;
}

async function reject(store: Store, key: string, url: string | null, title: string | null, reason: string): Promise<void> {
  await sql`insert into queue_rejects (job_key, url, title, reason) values (${key}, ${url}, ${title}, ${reason})
    on conflict (job_key) do update set url = excluded.url, title = excluded.title, reason = excluded.reason, rejected_at = now()`.execute(store.db);
}

/**
 * The graphile-worker task for one article. A rejected article completes its job (and is listed in
 * queue_rejects) because retrying cannot change the answer; a store failure throws, so the queue
 * retries it with its exponential backoff.
 */
export function articleTask(store: Store, extract: Extractor, onJob?: (r: JobReport) => void): Task {
  // Stored articles' shingles never change: what one job read, the next copy of that story reuses.
  const shingles = new ShingleCache();
  return async (payload, helpers) => {
    const started = Date.now();
    const runAt = new Date(helpers.job.run_at).getTime();
    const key = helpers.job.key ?? null;
    const job = readArticleJob(payload);
    let outcome: QueuedOutcome;
    if ('problem' in job) {
      outcome = { status: 'rejected', reason: job.problem };
      await reject(store, key ?? `job:${helpers.job.id}`, null, null, job.problem);
    } else {
      outcome = await storeQueuedArticle(store, job.article, extract, { shingles });
      if (outcome.status === 'rejected') await reject(store, key ?? `job:${helpers.job.id}`, job.article.url, job.article.title, outcome.reason);
    }
    onJob?.({ key, outcome, waitedMs: Math.max(0, started - runAt), ms: Date.now() - started });
  };
}

/**
 * The job queue: runs the ingest → extract → fuse → store pipeline across worker processes and
 * machines. It comes after fuse in the stage order (ingest → nlp → extract → store → fuse →
 * queue → serve) and uses the stages before it; nothing before it knows it exists. The queue is
 * graphile-worker in the PostgreSQL store, so it needs nothing but a database every worker reaches.
 */
export { ARTICLE_TASK, DEFAULT_QUEUE_SCHEMA, queueDatabase, queueSchema } from './config.ts';
export { articleJobKey, storeKeys } from './job-key.ts';
export { enqueueArticles, type EnqueueOptions, type EnqueueProgress, type EnqueueSummary } from './enqueue.ts';
export { runWorker, pendingJobs, type WorkerOptions, type WorkerSummary } from './run-worker.ts';
export { superviseWorkers, type SuperviseOptions } from './supervise.ts';
export { storeQueuedArticle, StoreRetryError, type QueuedOutcome } from './store-article.ts';
export { storeLockKeys, lockIds } from './store-locks.ts';
export { storeOneArticle, type StoredOne } from './store-one.ts';
export { ensureMonthPartitions } from './partitions.ts';
export { Heartbeat, type HeartbeatOptions } from './heartbeat.ts';
export type { JobReport } from './task.ts';
export { readArticleJob, type ArticleJob } from './payload.ts';

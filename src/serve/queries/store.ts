// The one place the server reaches into the store, fusion and ingest stages, so their reorganisation touches a single file.
export { openStore, stats, storeTarget, DEFAULT_STORE, type Store, type StoreStats, type Readings } from '../../store/index.ts';
export { ingestArticles, articleId, type IngestSummary } from '../../fuse/index.ts';
export { contentHash } from '../../ingest/sources/identity.ts';

export { ingestArticles, articleId, type Extractor, type IngestSummary, type IngestProgress, type IngestFailure, type IngestOptions } from './ingest.ts';
export { ExtractPool, type ExtractPoolOptions } from './extract-pool.ts';
export { reprocessArticles, type ReprocessSummary } from './reprocess.ts';
export { fuseClaims, asEngagement, type ClaimInput, type FusedEngagement } from './fuse-engagement.ts';
export { samePerson, fullerName } from './person-name.ts';

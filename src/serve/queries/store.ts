// The one place the server reaches into the store, fusion and ingest stages, so their reorganisation touches a single file.
export { openStore, stats, storeTarget, DEFAULT_STORE, type Store, type StoreStats, type Readings } from '../../store/index.ts';
export { claimCodes } from '../../store/queries/claim-codes.ts';
export { facetCounts } from '../../store/queries/facet-counts.ts';
export { pairTotals } from '../../store/queries/pair-totals.ts';
export { countryTotals } from '../../store/queries/country-totals.ts';
export { periodPairCounts } from '../../store/queries/period-pair-counts.ts';
export { periodCountryCounts } from '../../store/queries/period-country-counts.ts';
export { ingestArticles, articleId, type IngestSummary } from '../../fuse/index.ts';
export { contentHash } from '../../ingest/sources/identity.ts';

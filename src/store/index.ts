export { openStore, integrityCheck, type Store } from './db.ts';
export type { Ctx } from './context.ts';
export type { Reading, Readings } from './readings.ts';
export { listEngagements, type EngagementFilters, type StoredEngagement, type EngagementSource } from './queries/list-engagements.ts';
export { listActors, type StoredActor, type ActorRole } from './queries/list-actors.ts';
export { stats, type StoreStats } from './queries/stats.ts';
export { hasCanonicalUrl } from './queries/known-urls.ts';
export { storeTarget, DEFAULT_STORE } from './target.ts';

import type { EngagementSpans } from '../../model/engagement.ts';
import type { Store } from '../../store/index.ts';

/** What one article's claim says of an engagement, with where in the article it says it. */
export interface ClaimSpans {
  article_id: string;
  confidence: number;
  evidence: string;
  spans: EngagementSpans | null;
}

/**
 * The claims behind a page of engagements, keyed by engagement id. The store's public queries do not
 * yet expose claims, so this reads the claims table directly, read-only; it is the one place the
 * exports depend on the store's schema.
 */
export async function claimSpans(store: Store, engagementIds: string[]): Promise<Map<string, ClaimSpans[]>> {
  const out = new Map<string, ClaimSpans[]>();
  if (!engagementIds.length) return out;
  const rows = await store.db
    .selectFrom('claims')
    .select(['engagement_id', 'article_id', 'confidence', 'engagement', 'idx'])
    .where('engagement_id', 'in', engagementIds)
    .orderBy('article_id')
    .orderBy('idx')
    .execute();
  for (const r of rows) {
    if (!r.engagement_id) continue;
    const rec = store.json.read<{ evidence?: string; spans?: EngagementSpans }>(r.engagement);
    const list = out.get(r.engagement_id) ?? [];
    list.push({ article_id: r.article_id, confidence: Number(r.confidence), evidence: rec?.evidence ?? '', spans: rec?.spans ?? null });
    out.set(r.engagement_id, list);
  }
  return out;
}

import type { Ctx } from '../store/context.ts';
import { activeCorrections } from '../store/queries/active-corrections.ts';
import type { Engagement } from '../model/engagement.ts';
import { claimActorsOfEngagement, claimBodies, claimsOfEngagement } from '../store/queries/engagement-claims.ts';
import { deleteEngagement } from '../store/writes/delete-engagement.ts';
import { lockEngagement } from '../store/writes/lock-engagement.ts';
import { saveEngagement, type EngagementRow } from '../store/writes/save-engagement.ts';
import { applyCorrections } from './apply-corrections.ts';
import { claimEngagement, knownClaim } from './claim-texts.ts';
import { fuseClaims, type ClaimInput, type FusedEngagement } from './fuse-engagement.ts';
import { countriesOf } from './match.ts';

/** One link per person; a claim that names their role beats one that does not. */
export function engagementActors(links: { actor_id: string; role: string | null }[]): { actor_id: string; role: string | null }[] {
  const byActor = new Map<string, string | null>();
  const sorted = [...links].sort((a, b) => (a.actor_id < b.actor_id ? -1 : a.actor_id > b.actor_id ? 1 : 0));
  for (const a of sorted) if (!byActor.has(a.actor_id) || (a.role && !byActor.get(a.actor_id))) byActor.set(a.actor_id, a.role);
  return [...byActor].map(([actor_id, role]) => ({ actor_id, role }));
}

export function engagementRow(f: FusedEngagement, actors: { actor_id: string; role: string | null }[]): EngagementRow {
  return {
    kind: f.kind,
    date: f.date,
    place: f.place,
    country: f.country,
    occasion: f.occasion,
    participants: f.participants,
    topics: f.topics,
    outcomes: f.outcomes,
    evidence: f.evidence,
    readings: f.readings,
    fingerprint: f.fingerprint,
    confidence: f.confidence,
    num_sources: f.numSources,
    num_copies: f.numCopies,
    num_articles: f.numArticles,
    first_reported: f.firstReported,
    last_reported: f.lastReported,
    countries: countriesOf(f.participants),
    actors: engagementActors(actors),
  };
}

/**
 * Recomputes one fused engagement from every claim linked to it, then lays analysts' corrections on
 * top. An engagement no claim supports any more is deleted.
 */
export async function refuseEngagement(ctx: Ctx, id: string): Promise<'updated' | 'created' | 'deleted'> {
  await lockEngagement(ctx, id);
  const rows = await claimsOfEngagement(ctx, id);
  if (!rows.length) {
    await deleteEngagement(ctx, id);
    return 'deleted';
  }
  const known = new Map<string, Engagement>();
  for (const r of rows) {
    const e = knownClaim(r.digest);
    if (e) known.set(r.id, e);
  }
  const unread = rows.filter((r) => !known.has(r.id)).map((r) => r.id);
  if (unread.length) {
    const texts = await claimBodies(ctx, id, unread);
    for (const r of rows) if (!known.has(r.id) && texts.has(r.id)) known.set(r.id, claimEngagement(ctx.json, texts.get(r.id), r.digest));
  }
  const inputs: ClaimInput[] = rows.filter((r) => known.has(r.id)).map((r) => ({
    articleId: r.article_id,
    rootArticleId: r.near_duplicate_of ?? r.article_id,
    isCopy: r.near_duplicate_of !== null,
    published: r.published,
    order: `${r.ingested_at}|${r.article_id}`,
    confidence: Number(r.confidence),
    engagement: known.get(r.id)!,
  }));
  const f = applyCorrections(fuseClaims(inputs), await activeCorrections(ctx, 'engagement', id));
  // Claims point at it, so the row is there.
  return saveEngagement(ctx, id, engagementRow(f, await claimActorsOfEngagement(ctx, id)), 'existing');
}

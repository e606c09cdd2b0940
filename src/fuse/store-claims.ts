import type { ExtractionResult } from '../model/result.ts';
import type { Ctx } from '../store/context.ts';
import { createEngagement } from '../store/writes/create-engagement.ts';
import { insertClaim, type ClaimActorLink } from '../store/writes/insert-claim.ts';
import { findMatchingEngagement } from './find-engagement.ts';
import { refuseEngagement } from './refuse-engagement.ts';
import { aliasesFromResult, resolveActor } from './resolve-actor.ts';

export interface StoredClaims {
  claims: number;
  createdEngagements: number;
  /** Engagements the claims were linked to, already re-fused. */
  engagementIds: string[];
  actorIds: string[];
}

/**
 * Stores what one article says and folds each engagement into the fused record: matched to an
 * existing engagement when the parties, date and kind agree, otherwise a new one.
 */
export async function storeClaims(ctx: Ctx, article: { id: string; published: string | null }, result: ExtractionResult): Promise<StoredClaims> {
  const version = result.extractor?.version ?? null;
  const linked = new Set<string>();
  const actorIds: string[] = [];
  let created = 0;
  for (const [idx, rec] of result.engagements.entries()) {
    // The extractor keeps distinct events of one article apart; two of its claims never fuse together.
    let engagementId = await findMatchingEngagement(ctx, rec, article.published, linked);
    if (!engagementId) {
      engagementId = await createEngagement(ctx, rec.kind, rec.date);
      created++;
    }
    linked.add(engagementId);
    const links: ClaimActorLink[] = [];
    for (const [pi, p] of rec.participants.entries()) {
      const actorId = await resolveActor(ctx, p, aliasesFromResult(p, result.actors));
      if (!actorId) continue;
      actorIds.push(actorId);
      links.push({ participant_idx: pi, actor_id: actorId, role: p.role ?? null, country: p.country ? p.country.toUpperCase() : null, published: article.published });
    }
    await insertClaim(ctx, {
      id: `${article.id}:${idx}`,
      article_id: article.id,
      idx,
      engagement: rec,
      confidence: Number.isFinite(rec.confidence) ? rec.confidence : 0,
      extractor_version: version,
      engagement_id: engagementId,
    }, links);
    await refuseEngagement(ctx, engagementId);
  }
  return { claims: result.engagements.length, createdEngagements: created, engagementIds: [...linked], actorIds };
}

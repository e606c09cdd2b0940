import type { ExtractionResult } from '../model/result.ts';
import type { Ctx } from '../store/context.ts';
import { insertClaim, type ClaimActorLink } from '../store/writes/insert-claim.ts';
import { saveEngagement } from '../store/writes/save-engagement.ts';
import type { ActorCandidates } from './actor-candidates.ts';
import { claimDigest, rememberClaim } from './claim-texts.ts';
import { claimScores, type ClaimScores } from './claim-scores.ts';
import { newEngagementId } from './engagement-id.ts';
import { findMatchingEngagement } from './find-engagement.ts';
import { fuseClaims } from './fuse-engagement.ts';
import { engagementRow, refuseEngagement } from './refuse-engagement.ts';
import { aliasesFromResult, resolveActor } from './resolve-actor.ts';

export interface StoredClaims {
  claims: number;
  createdEngagements: number;
  /** Engagements the claims were linked to, already re-fused. */
  engagementIds: string[];
  actorIds: string[];
  /** Who the claims name in which role, and when: what actor roles are dated by. */
  links: ClaimActorLink[];
}

export interface ClaimArticle {
  id: string;
  published: string | null;
  /** The original this article copies, or null: decides whether its claims count as a source. */
  nearDuplicateOf: string | null;
}

/**
 * Stores what one article says and folds each engagement into the fused record: matched to an
 * existing engagement when the parties, date and kind agree, otherwise a new one.
 */
/** What the caller already has that saves storeClaims work. */
export interface ClaimHelp {
  /** The people names could be, for the open transaction. */
  actors?: ActorCandidates;
  /** Each engagement of the result as JSON text, serialised elsewhere (an extraction worker). */
  engagementsJson?: readonly string[];
  /** The digest of each of those texts, computed where they were. */
  engagementsDigest?: readonly string[];
  /** Each engagement's code scores, computed where its JSON was. */
  engagementsScores?: readonly ClaimScores[];
}

export async function storeClaims(ctx: Ctx, article: ClaimArticle, result: ExtractionResult, help: ClaimHelp = {}): Promise<StoredClaims> {
  const version = result.extractor?.version ?? null;
  const linked = new Set<string>();
  const actorIds: string[] = [];
  const allLinks: ClaimActorLink[] = [];
  let created = 0;
  for (const [idx, rec] of result.engagements.entries()) {
    // The extractor keeps distinct events of one article apart; two of its claims never fuse together.
    const matched = await findMatchingEngagement(ctx, rec, article.published, linked);
    const links: ClaimActorLink[] = [];
    for (const [pi, p] of rec.participants.entries()) {
      const actorId = await resolveActor(ctx, p, aliasesFromResult(p, result.actors), help.actors);
      if (!actorId) continue;
      actorIds.push(actorId);
      links.push({ participant_idx: pi, actor_id: actorId, role: p.role ?? null, country: p.country ? p.country.toUpperCase() : null, published: article.published });
    }
    allLinks.push(...links);
    const confidence = Number.isFinite(rec.confidence) ? rec.confidence : 0;
    const claimId = `${article.id}:${idx}`;
    const engagementId = matched ?? (await newEngagementId(ctx, claimId));
    if (!matched) {
      // A new event has this one claim and no corrections yet, so it is fused from what is at hand,
      // and written before the claim that references it.
      const fused = fuseClaims([{
        articleId: article.id,
        rootArticleId: article.nearDuplicateOf ?? article.id,
        isCopy: article.nearDuplicateOf !== null,
        published: article.published,
        order: article.id,
        confidence,
        engagement: rec,
      }]);
      await saveEngagement(ctx, engagementId, engagementRow(fused, links), 'new');
      created++;
    }
    linked.add(engagementId);
    const given = help.engagementsJson?.[idx];
    const json = given ?? JSON.stringify(rec);
    const digest = (given !== undefined ? help.engagementsDigest?.[idx] : undefined) ?? claimDigest(json);
    const scores = (given !== undefined ? help.engagementsScores?.[idx] : undefined) ?? claimScores(rec.codes);
    await insertClaim(ctx, {
      id: claimId,
      article_id: article.id,
      idx,
      engagement: rec,
      engagementJson: json,
      confidence,
      extractor_version: version,
      engagement_id: engagementId,
      digest,
      ...scores,
    }, links);
    rememberClaim(digest, rec);
    if (matched) await refuseEngagement(ctx, engagementId);
  }
  return { claims: result.engagements.length, createdEngagements: created, engagementIds: [...linked], actorIds, links: allLinks };
}

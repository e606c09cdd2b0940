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

/**
 * One link per person, with the role most of the claims naming them give; a claim that names no role
 * counts only where none does, and a tie goes to the alphabetically first. The result does not
 * depend on the order of `links`, which the store hands back sorted by person only: before, a person
 * two claims gave different roles took whichever came first, so the same claims could give either.
 * A link stands for `n` claims (default one): the store hands them back counted.
 */
export function engagementActors(links: { actor_id: string; role: string | null; n?: number }[]): { actor_id: string; role: string | null }[] {
  const votes = new Map<string, Map<string, number>>();
  for (const l of links) {
    let roles = votes.get(l.actor_id);
    if (!roles) votes.set(l.actor_id, (roles = new Map()));
    if (l.role) roles.set(l.role, (roles.get(l.role) ?? 0) + (l.n ?? 1));
  }
  return [...votes.keys()].sort().map((actor_id) => {
    let role: string | null = null;
    let most = 0;
    for (const [r, n] of votes.get(actor_id)!) if (n > most || (n === most && role !== null && r < role)) [role, most] = [r, n];
    return { actor_id, role };
  });
}

export function engagementRow(f: FusedEngagement, actors: { actor_id: string; role: string | null; n?: number }[]): EngagementRow {
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

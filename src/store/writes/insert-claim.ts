import type { Ctx } from '../context.ts';

export interface NewClaim {
  id: string;
  article_id: string;
  idx: number;
  engagement: unknown;
  confidence: number;
  extractor_version: string | null;
  engagement_id: string;
}

export interface ClaimActorLink {
  participant_idx: number;
  actor_id: string;
  role: string | null;
  country: string | null;
  published: string | null;
}

/** One claim and the stored people its participants are. */
export async function insertClaim(ctx: Ctx, claim: NewClaim, actors: ClaimActorLink[]): Promise<void> {
  await ctx.db.insertInto('claims').values({ ...claim, engagement: ctx.json.write(claim.engagement) }).execute();
  if (actors.length) await ctx.db.insertInto('claim_actors').values(actors.map((a) => ({ claim_id: claim.id, ...a }))).execute();
}

import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface NewClaim {
  id: string;
  article_id: string;
  idx: number;
  engagement: unknown;
  /** `engagement` already serialised, when the caller has it: stored as given. */
  engagementJson?: string;
  confidence: number;
  extractor_version: string | null;
  engagement_id: string;
  /** A digest of the stored JSON text: the same text always has the same digest. */
  digest: string | null;
  /** The codes' Goldstein sum and count and PLOVER event, as the claim_codes summary keeps them. */
  goldstein_sum: number;
  goldstein_n: number;
  plover: string | null;
}

export interface ClaimActorLink {
  participant_idx: number;
  actor_id: string;
  role: string | null;
  country: string | null;
  published: string | null;
}

const CLAIM = ['id', 'article_id', 'idx', 'engagement', 'confidence', 'extractor_version', 'engagement_id', 'digest', 'goldstein_sum', 'goldstein_n', 'plover'] as const;
const LINK = ['participant_idx', 'actor_id', 'role', 'country', 'published'] as const;

const insertOne = prepared('insertClaim', (db, p) => db.insertInto('claims').values(Object.fromEntries(CLAIM.map((c) => [c, p(c)])) as never));
const insertLinks = prepared('insertClaimActors', (db, p) => {
  const cols = Object.fromEntries(LINK.map((c) => [c, p.list(c)]));
  return db.insertInto('claim_actors').values(cols.actor_id.map((_, i) => ({ claim_id: p('claim'), ...Object.fromEntries(LINK.map((c) => [c, cols[c][i]])) })) as never);
});

/** One claim and the stored people its participants are. */
export async function insertClaim(ctx: Ctx, claim: NewClaim, actors: ClaimActorLink[]): Promise<void> {
  const { engagementJson, ...row } = claim;
  await insertOne(ctx, { ...row, engagement: engagementJson ?? ctx.json.write(claim.engagement) });
  if (!actors.length) return;
  await insertLinks(ctx, { claim: claim.id, ...Object.fromEntries(LINK.map((c) => [c, actors.map((a) => a[c])])) });
}

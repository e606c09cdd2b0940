import { sql } from 'kysely';
import type { Store } from '../db.ts';

export interface ClaimCode {
  engagement_id: string;
  claim_id: string;
  article_id: string;
  /** 1 when the claim's article is a near-copy of another. */
  copy: number;
  published: string | null;
  /** The sum and the count of the claim's Goldstein values (its CAMEO events and its outcomes'). */
  goldstein_sum: number | null;
  goldstein_n: number;
  /** The claim's PLOVER event type. */
  plover: string | null;
}

/** What the claims of these engagements say of their codes, from the summary migrations 0007 and 0010 keep. */
export async function claimCodes(store: Store, engagementIds: string[]): Promise<ClaimCode[]> {
  if (!engagementIds.length) return [];
  const r = await sql<ClaimCode>`
    select engagement_id, claim_id, article_id, copy, published, goldstein_sum, goldstein_n, plover from claim_codes
    where engagement_id in (${sql.join(engagementIds)})`.execute(store.db);
  return r.rows;
}

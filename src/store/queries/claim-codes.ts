import { sql } from 'kysely';
import type { Store } from '../db.ts';

export interface ClaimCode {
  engagement_id: string;
  claim_id: string;
  article_id: string;
  /** 1 when the claim's article is a near-copy of another. */
  copy: number;
  published: string | null;
  /** The claim's codes object as JSON text, or null when it has none. */
  codes: string | null;
}

/** What the claims of these engagements say of their codes, from the copy migration 0007 keeps. */
export async function claimCodes(store: Store, engagementIds: string[]): Promise<ClaimCode[]> {
  if (!engagementIds.length) return [];
  const r = await sql<ClaimCode>`
    select engagement_id, claim_id, article_id, copy, published, codes from claim_codes
    where engagement_id in (${sql.join(engagementIds)})`.execute(store.db);
  return r.rows;
}

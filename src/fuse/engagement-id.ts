import { hexDigest } from '../model/digest.ts';
import type { Ctx } from '../store/context.ts';
import { engagementExists } from '../store/queries/engagement-exists.ts';

/**
 * The id of the engagement a claim creates, derived from the claim's id (its article's content hash
 * and its place in the article): the same input ingested again gets the same ids, so fusion, which
 * settles ties between equally good candidates by id, makes the same choices on every run and on
 * either database. Random ids made the same 20,000 articles fuse differently from run to run.
 * Shaped like a UUID (version 8, "custom"), as the random ids before were.
 */
export function engagementIdFor(claimId: string, attempt = 0): string {
  const h = hexDigest('sha256', attempt ? `${claimId}#${attempt}` : claimId);
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * A free id for the engagement claim `claimId` creates: the derived one, or when that is taken (a
 * reprocessed article whose claim made an engagement that still stands), the next derived one.
 */
export async function newEngagementId(ctx: Ctx, claimId: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const id = engagementIdFor(claimId, attempt);
    if (!(await engagementExists(ctx, id))) return id;
  }
}

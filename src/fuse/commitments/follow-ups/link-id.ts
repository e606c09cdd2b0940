import { shortHash } from '../outcome-key.ts';
import type { LinkRelation } from '../types.ts';

/** Deterministic, so a person's verdict on a link finds it again after re-derivation. */
export function linkId(commitmentId: string, engagementId: string, relation: LinkRelation): string {
  return `cl_${shortHash(commitmentId, engagementId, relation)}`;
}

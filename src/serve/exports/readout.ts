import type { Codes } from '../../model/engagement.ts';
import type { StoredEngagement } from '../../store/index.ts';
import { codeEngagement } from '../../extract/codes/index.ts';
import type { ClaimSpans } from './claim-spans.ts';

/** Readout's own layout: the fused record as stored, its codes, and each claim with its spans. */
export interface ReadoutRecord extends StoredEngagement {
  codes: Codes;
  claims: ClaimSpans[];
}

export function readoutRecord(e: StoredEngagement, claims: ClaimSpans[]): ReadoutRecord {
  return { ...e, codes: codeEngagement(e), claims };
}

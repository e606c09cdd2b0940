import type { Codes } from '../model/engagement.ts';

export interface ClaimScores {
  goldstein_sum: number;
  goldstein_n: number;
  plover: string | null;
}

/**
 * What the pair page reads of a claim's codes: the sum and count of its Goldstein values (its
 * engagement's CAMEO events, then each outcome's) and its PLOVER event type. Stored with the claim,
 * so the database need not read them back out of its JSON; migration 0010 reads them the same way
 * for claims stored without them, and the two must agree.
 */
export function claimScores(codes: Partial<Codes> | null | undefined): ClaimScores {
  let sum = 0;
  let n = 0;
  const add = (events: unknown) => {
    if (!Array.isArray(events)) return;
    for (const e of events) {
      const g = (e as { goldstein?: unknown } | null)?.goldstein;
      if (typeof g === 'number' && Number.isFinite(g)) {
        sum += g;
        n++;
      }
    }
  };
  add(codes?.cameo);
  if (Array.isArray(codes?.outcomes)) for (const o of codes.outcomes) if (o && typeof o === 'object') add((o as { cameo?: unknown }).cameo);
  const event = codes?.plover?.event;
  return { goldstein_sum: sum, goldstein_n: n, plover: typeof event === 'string' ? event : null };
}

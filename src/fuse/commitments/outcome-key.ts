import { hexDigest } from '../../model/digest.ts';
import type { Outcome } from '../../model/engagement.ts';

/**
 * The identity fusion gives an outcome (kind, sides and amount): unique within one fused engagement,
 * and stable when the extractor rewords its summary, so a commitment keeps its id across reprocessing.
 */
export function outcomeKey(o: Outcome): string {
  return [o.kind, o.by ?? '', o.to ?? '', o.quantity ? `${o.quantity.value} ${o.quantity.unit}` : ''].join('|');
}

export function shortHash(...parts: string[]): string {
  return hexDigest('sha1', parts.join('\u0000')).slice(0, 16);
}

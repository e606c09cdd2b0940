import { createHash } from 'node:crypto';

/**
 * GDELT event ids are integers. Readout's are strings, so each (engagement, event) pair gets a
 * stable 48-bit number from a hash: the same store exported twice gives the same ids, and a
 * spreadsheet or a 64-bit integer column holds it without loss.
 */
export function globalEventId(engagementId: string, index: number): string {
  const hex = createHash('sha256').update(`${engagementId}#${index}`).digest('hex').slice(0, 12);
  return String(parseInt(hex, 16));
}

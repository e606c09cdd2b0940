import type { Ctx } from '../store/context.ts';
import { articlesSharingBands, type BandKey } from '../store/queries/band-candidates.ts';
import { jaccard, NEAR_DUPLICATE_THRESHOLD, shingles } from './near-duplicate.ts';

export interface NearDuplicate {
  /** The original: a copy of a copy links to the first article, never to a link in a chain. */
  articleId: string;
  score: number;
}

// Articles sharing the most bands are the likeliest copies; checking more than this is wasted work.
const MAX_CANDIDATES = 20;

/** The stored article a new text copies (Jaccard of shingles over the threshold), or null. */
export async function findNearDuplicate(ctx: Ctx, sh: Set<string>, bands: BandKey[]): Promise<NearDuplicate | null> {
  if (!bands.length || sh.size === 0) return null;
  const rows = await articlesSharingBands(ctx, bands, MAX_CANDIDATES);
  let best: { row: (typeof rows)[number]; score: number } | null = null;
  for (const row of rows) {
    const score = jaccard(sh, shingles(row.text));
    if (score < NEAR_DUPLICATE_THRESHOLD) continue;
    if (!best || score > best.score || (score === best.score && row.ingested_at < best.row.ingested_at)) best = { row, score };
  }
  if (!best) return null;
  return { articleId: best.row.near_duplicate_of ?? best.row.id, score: Math.round(best.score * 1000) / 1000 };
}

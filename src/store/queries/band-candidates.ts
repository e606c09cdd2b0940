import type { Ctx } from '../context.ts';

export interface BandCandidate {
  article_id: string;
  /** How many of the asked bands this article shares. */
  shared: number;
}

export interface CandidateText {
  id: string;
  text: string;
  near_duplicate_of: string | null;
  ingested_at: string;
}

export async function candidateTexts(ctx: Ctx, ids: string[]): Promise<CandidateText[]> {
  if (!ids.length) return [];
  return ctx.db.selectFrom('articles').select(['id', 'text', 'near_duplicate_of', 'ingested_at']).where('id', 'in', ids).execute();
}

import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface BandKey {
  band: number;
  key: string;
}

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

/**
 * Stored articles sharing LSH bands with a new one, those sharing the most first. Each band bucket
 * gives at most `perBand` articles: a story syndicated thousands of times fills its buckets with
 * copies that all link to one original, and reading every one of them would make each new copy
 * cost more than the last.
 */
const sharingBands = prepared<{ article_id: string }>('articlesSharingBands', (db, p) => {
  const bands = p.list<number>('band');
  const keys = p.list('key');
  const bucket = (i: number) =>
    db.selectFrom('article_minhash_bands').select('article_id').where('band', '=', bands[i]).where('key', '=', keys[i]).orderBy('article_id').limit(p<number>('perBand'));
  let q = db.selectFrom(bucket(0).as('b')).select('article_id');
  for (let i = 1; i < bands.length; i++) q = q.unionAll(db.selectFrom(bucket(i).as('b')).select('article_id'));
  return q;
});

export async function articlesSharingBands(ctx: Ctx, bands: BandKey[], perBand: number): Promise<BandCandidate[]> {
  if (!bands.length) return [];
  const rows = await sharingBands(ctx, { band: bands.map((b) => b.band), key: bands.map((b) => b.key), perBand });
  const shared = new Map<string, number>();
  for (const r of rows) shared.set(r.article_id, (shared.get(r.article_id) ?? 0) + 1);
  return [...shared]
    .map(([article_id, n]) => ({ article_id, shared: n }))
    .sort((a, b) => b.shared - a.shared || (a.article_id < b.article_id ? -1 : a.article_id > b.article_id ? 1 : 0));
}

export async function candidateTexts(ctx: Ctx, ids: string[]): Promise<CandidateText[]> {
  if (!ids.length) return [];
  return ctx.db.selectFrom('articles').select(['id', 'text', 'near_duplicate_of', 'ingested_at']).where('id', 'in', ids).execute();
}

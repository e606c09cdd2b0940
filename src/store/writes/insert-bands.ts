import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';
import type { BandKey } from '../queries/band-candidates.ts';

const insert = prepared('insertBands', (db, p) => {
  const bands = p.list<number>('band');
  const keys = p.list('key');
  return db
    .insertInto('article_minhash_bands')
    .values(bands.map((band, i) => ({ band, key: keys[i], article_id: p<string>('article') })))
    .onConflict((oc) => oc.doNothing());
});

export async function insertBands(ctx: Ctx, articleId: string, bands: BandKey[]): Promise<void> {
  if (!bands.length) return;
  await insert(ctx, { band: bands.map((b) => b.band), key: bands.map((b) => b.key), article: articleId });
}

import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';
import { bandColumn, checkBandKeys, type BandKey } from '../band-key.ts';

// One row an article, its bucket of each band in that band's column: one table entry and an index
// entry per band, where a row per band also needed an index by article to delete an article's rows.
const insert = prepared('insertBands', (db, p) => {
  const row: Record<string, unknown> = { article_id: p<string>('article') };
  p.list<number>('keys').forEach((k, band) => (row[bandColumn(band)] = k));
  return db
    .insertInto('article_minhash_bands')
    .values(row as never)
    .onConflict((oc) => oc.doNothing());
});

/** Stores an article's band keys: all of them (bandKeys of its signature), or none. */
export async function insertBands(ctx: Ctx, articleId: string, keys: BandKey[]): Promise<void> {
  if (!keys.length) return;
  checkBandKeys(keys);
  await insert(ctx, { keys, article: articleId });
}

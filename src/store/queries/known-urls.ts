import type { Store } from '../db.ts';

/** Whether an article with this canonical URL is stored: lets sources skip fetching a page again. */
export async function hasCanonicalUrl(store: Store, canonical: string): Promise<boolean> {
  const row = await store.db.selectFrom('articles').select('id').where('canonical_url', '=', canonical).executeTakeFirst();
  return !!row;
}

import type { Store } from '../store/db.ts';
import type { Ctx } from '../store/context.ts';
import { hasPendingReindex, pendingActors, pendingArticles } from '../store/queries/pending-reindex.ts';
import { setActorNameKeys } from '../store/writes/actor-name-keys.ts';
import { doneReindex, dropOrphanReindex } from '../store/writes/done-reindex.ts';
import { insertBands } from '../store/writes/insert-bands.ts';
import { bandKeys, shingleHashes, signature } from './near-duplicate.ts';
import { spellingKeys } from './resolve-actor.ts';

const PAGE = 500;

/**
 * Rebuilds the lookup rows a schema upgrade queued (bands of articles stored before Readout's own
 * MinHash, name keys of actors stored before they were indexed). A page per transaction, so an
 * interrupted rebuild keeps what it did and the next run carries on.
 */
export async function rebuildPendingLookups(store: Store): Promise<void> {
  const ctx: Ctx = { db: store.db, json: store.json };
  if (!(await hasPendingReindex(ctx))) return;
  await dropOrphanReindex(ctx);
  for (;;) {
    const done = await store.db.transaction().execute(async (trx) => {
      const tx: Ctx = { db: trx, json: store.json };
      const articles = await pendingArticles(tx, PAGE);
      for (const a of articles) await insertBands(tx, a.id, bandKeys(signature(shingleHashes(a.text))));
      await doneReindex(tx, 'article', articles.map((a) => a.id));
      const actors = await pendingActors(tx, PAGE);
      for (const a of actors) await setActorNameKeys(tx, a.id, spellingKeys([a.name, ...(store.json.read<string[]>(a.aliases) ?? [])]), true);
      await doneReindex(tx, 'actor', actors.map((a) => a.id));
      return articles.length + actors.length;
    });
    if (!done) return;
  }
}

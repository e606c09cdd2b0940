import { createHash } from 'node:crypto';
import { nowIso, type Ctx } from '../context.ts';
import type { ArticleIdentity } from '../queries/find-article.ts';

/**
 * Remembers an exact copy under another URL (or a changed text under a known URL) without storing
 * it again; keyed by what was seen, so re-running the same input adds nothing.
 */
export async function recordDuplicate(ctx: Ctx, existing: ArticleIdentity, url: string | null, canonical: string | null, hash: string): Promise<void> {
  if (existing.content_hash === hash && (canonical === null || canonical === existing.canonical_url)) return;
  const id = createHash('sha256').update(`${canonical ?? ''}\n${hash}`).digest('hex').slice(0, 32);
  await ctx.db
    .insertInto('article_duplicates')
    .values({ id, article_id: existing.id, url, canonical_url: canonical, content_hash: hash, seen_at: nowIso() })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

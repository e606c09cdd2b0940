import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export interface EngagementClaimRow {
  id: string;
  article_id: string;
  digest: string | null;
  confidence: number;
  published: string | null;
  near_duplicate_of: string | null;
  ingested_at: string;
}

const claims = prepared<EngagementClaimRow>('claimsOfEngagement', (db, p, dialect) => {
  if (dialect === 'sqlite') {
    // SQLite would look each article up by its primary key and read the row, text and all; the
    // index made for this read (migration 0012) holds every column asked for, but the planner
    // prefers the unique key unless told.
    const q = sql<EngagementClaimRow>`select c.id, c.article_id, c.digest, c.confidence, a.published, a.near_duplicate_of, a.ingested_at
      from claims c join articles a indexed by articles_fusion on a.id = c.article_id where c.engagement_id = ${p('id')}`;
    return { compile: () => q.compile(db) };
  }
  return db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.id', 'claims.article_id', 'claims.digest', 'claims.confidence', 'articles.published', 'articles.near_duplicate_of', 'articles.ingested_at'])
    .where('claims.engagement_id', '=', p('id'));
});
const bodies = prepared<{ id: string; engagement: unknown }>('claimBodies', (db, p, dialect) => {
  const q = db.selectFrom('claims').where('engagement_id', '=', p('engagement')).where('id', 'in', p.list('ids'));
  // A claim's spans and codes are most of its JSON and fusion reads neither: SQLite's JSON functions
  // drop them faster than JSON.parse reads them (4,000 claims of a 30,000-article store: 42 against
  // 61 µs a claim read and parsed).
  if (dialect === 'sqlite') return q.select(['id', sql<string>`json_remove(engagement, '$.spans', '$.codes')`.as('engagement')]);
  return q.select(['id', 'engagement']);
});
// Counted in the query: a well-reported engagement has thousands of links but a few people and roles.
const claimActors = prepared<{ actor_id: string; role: string | null; n: number | string }>('claimActorsOfEngagement', (db, p) =>
  db
    .selectFrom('claim_actors')
    .innerJoin('claims', 'claims.id', 'claim_actors.claim_id')
    .select(['claim_actors.actor_id', 'claim_actors.role'])
    .select((eb) => eb.fn.countAll().as('n'))
    .where('claims.engagement_id', '=', p('id'))
    .groupBy(['claim_actors.actor_id', 'claim_actors.role'])
    .orderBy('claim_actors.actor_id'),
);

/** Every claim linked to one engagement, with the facts about its article that fusion weighs; not its text, which `claimBodies` reads. */
export async function claimsOfEngagement(ctx: Ctx, engagementId: string): Promise<EngagementClaimRow[]> {
  return claims(ctx, { id: engagementId });
}

/** The engagement text of some claims of one engagement, by claim id; on SQLite without the claims' spans and codes, which fusion does not read. */
export async function claimBodies(ctx: Ctx, engagementId: string, claimIds: string[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  // In lists of a few fixed lengths: each length is a statement of its own to prepare.
  for (let i = 0; i < claimIds.length; i += 64) {
    const ids = claimIds.slice(i, i + 64);
    const size = ids.length <= 4 ? ids.length : 2 ** Math.ceil(Math.log2(ids.length));
    const padded = [...ids, ...new Array<string>(size - ids.length).fill(ids[0])];
    for (const r of await bodies(ctx, { engagement: engagementId, ids: padded })) out.set(r.id, r.engagement);
  }
  return out;
}

/** The people the claims of one engagement name, with each role they are given and by how many claims (`n`). */
export async function claimActorsOfEngagement(ctx: Ctx, engagementId: string): Promise<{ actor_id: string; role: string | null; n: number }[]> {
  // PostgreSQL's count is a bigint, which pg hands over as text.
  return (await claimActors(ctx, { id: engagementId })).map((r) => ({ actor_id: r.actor_id, role: r.role, n: Number(r.n) }));
}

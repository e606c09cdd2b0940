import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import { commitmentDb } from './commitment-tables.ts';

/**
 * A fingerprint of everything commitments are derived from: the fused engagements and every
 * correction (a link verdict is one). Equal fingerprints mean the stored commitments are current.
 */
export async function commitmentSourceState(ctx: Ctx): Promise<string> {
  const e = await ctx.db.selectFrom('engagements')
    .select([sql<number>`count(*)`.as('n'), sql<string | null>`max(updated_at)`.as('at')])
    .executeTakeFirstOrThrow();
  const c = await ctx.db.selectFrom('corrections')
    .select([sql<number>`count(*)`.as('n'), sql<string | null>`max(at)`.as('at'), sql<number>`count(reverted_at)`.as('r'), sql<string | null>`max(reverted_at)`.as('rat')])
    .executeTakeFirstOrThrow();
  return [Number(e.n), e.at ?? '', Number(c.n), c.at ?? '', Number(c.r), c.rat ?? ''].join('|');
}

export async function commitmentMeta(ctx: Ctx, key: string): Promise<string | null> {
  const r = await commitmentDb(ctx).selectFrom('commitment_meta').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value ?? null;
}

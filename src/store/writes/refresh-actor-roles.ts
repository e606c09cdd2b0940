import { sql } from 'kysely';
import type { Ctx } from '../context.ts';

/** Rebuilds the dated roles of some actors from every claim naming them. */
export async function refreshActorRoles(ctx: Ctx, actorIds: string[]): Promise<void> {
  const ids = [...new Set(actorIds)];
  if (!ids.length) return;
  await ctx.db.deleteFrom('actor_roles').where('actor_id', 'in', ids).execute();
  await ctx.db
    .insertInto('actor_roles')
    .columns(['actor_id', 'role', 'country', 'first_seen', 'last_seen'])
    .expression(
      ctx.db
        .selectFrom('claim_actors')
        .select((eb) => [
          'actor_id',
          'role',
          sql<string>`coalesce(country, '')`.as('country'),
          eb.fn.min('published').as('first_seen'),
          eb.fn.max('published').as('last_seen'),
        ])
        .where('actor_id', 'in', ids)
        .where('role', 'is not', null)
        .groupBy(['actor_id', 'role', sql`coalesce(country, '')`]),
    )
    .execute();
}

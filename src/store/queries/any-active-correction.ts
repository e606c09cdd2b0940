import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

const anyActive = prepared<{ one: number }>('anyActiveCorrection', (db) =>
  db.selectFrom('corrections').select((eb) => eb.lit(1).as('one')).where('reverted_at', 'is', null).limit(1),
);

/** Whether any analyst correction is in force: most stores have none, and ingest can then skip asking per entity. */
export async function anyActiveCorrection(ctx: Ctx): Promise<boolean> {
  return (await anyActive(ctx, {})).length > 0;
}

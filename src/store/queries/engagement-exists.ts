import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

const exists = prepared<{ id: string }>('engagementExists', (db, p) => db.selectFrom('engagements').select('id').where('id', '=', p('id')));

/** Whether an engagement with this id is stored. */
export async function engagementExists(ctx: Ctx, id: string): Promise<boolean> {
  return (await exists(ctx, { id })).length > 0;
}

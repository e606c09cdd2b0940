import { nowIso, type Ctx } from '../context.ts';
import { commitmentDb } from '../queries/commitment-tables.ts';

/** Takes a correction out of force; the row stays, so the audit log keeps both the change and its undoing. */
export async function revertCorrection(ctx: Ctx, id: string, who: string, why: string | null): Promise<string> {
  const at = nowIso();
  await commitmentDb(ctx).updateTable('corrections').set({ reverted_at: at, reverted_by: who, revert_why: why }).where('id', '=', id).execute();
  return at;
}

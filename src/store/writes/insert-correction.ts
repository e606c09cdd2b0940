import { randomBytes } from 'node:crypto';
import { nowIso, type Ctx } from '../context.ts';
import { commitmentDb } from '../queries/commitment-tables.ts';

export interface NewCorrection {
  entity: string;
  entityId: string;
  field: string;
  before: unknown;
  after: unknown;
  who: string;
  why: string | null;
}

let seq = 0;

/** Ids sort in the order corrections were made, so "the latest one" is well defined within a millisecond. */
function correctionId(): string {
  seq = (seq + 1) % 1296;
  return `k_${Date.now().toString(36).padStart(9, '0')}${seq.toString(36).padStart(2, '0')}${randomBytes(4).toString('hex')}`;
}

export async function insertCorrection(ctx: Ctx, c: NewCorrection): Promise<{ id: string; at: string }> {
  const id = correctionId();
  const at = nowIso();
  await commitmentDb(ctx).insertInto('corrections').values({
    id, entity: c.entity, entity_id: c.entityId, field: c.field,
    before: ctx.json.write(c.before), after: ctx.json.write(c.after),
    who: c.who, why: c.why, at, reverted_at: null, reverted_by: null, revert_why: null,
  }).execute();
  return { id, at };
}

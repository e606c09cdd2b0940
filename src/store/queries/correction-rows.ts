import type { Ctx } from '../context.ts';
import { commitmentDb } from './commitment-tables.ts';
import type { CorrectionsTable } from '../schema.ts';

/** A row of the audit log, as the corrections table holds it. */
export type CorrectionRow = CorrectionsTable;

export interface CorrectionFilters {
  entity?: string;
  entityId?: string;
  who?: string;
  /** Only corrections still in force (true) or only reverted ones (false). */
  active?: boolean;
  limit?: number;
  offset?: number;
}

const COLUMNS = ['id', 'entity', 'entity_id', 'field', 'before', 'after', 'who', 'why', 'at', 'reverted_at', 'reverted_by', 'revert_why'] as const;

function decode(ctx: Ctx, r: CorrectionRow): CorrectionRow {
  return { ...r, before: ctx.json.read(r.before), after: ctx.json.read(r.after) };
}

/** The audit log, newest first, with before and after decoded. */
export async function listCorrections(ctx: Ctx, f: CorrectionFilters = {}): Promise<CorrectionRow[]> {
  let q = commitmentDb(ctx).selectFrom('corrections').select([...COLUMNS]);
  if (f.entity !== undefined) q = q.where('entity', '=', f.entity);
  if (f.entityId !== undefined) q = q.where('entity_id', '=', f.entityId);
  if (f.who !== undefined) q = q.where('who', '=', f.who);
  if (f.active === true) q = q.where('reverted_at', 'is', null);
  if (f.active === false) q = q.where('reverted_at', 'is not', null);
  const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit ?? 100).offset(f.offset ?? 0).execute();
  return rows.map((r) => decode(ctx, r));
}

export async function findCorrection(ctx: Ctx, id: string): Promise<CorrectionRow | undefined> {
  const r = await commitmentDb(ctx).selectFrom('corrections').select([...COLUMNS]).where('id', '=', id).executeTakeFirst();
  return r ? decode(ctx, r) : undefined;
}

/** Corrections in force for some entities, oldest first, so the last one per field is the one that holds. */
export async function activeCorrectionRows(ctx: Ctx, entity: string, ids?: string[]): Promise<CorrectionRow[]> {
  if (ids && !ids.length) return [];
  let q = commitmentDb(ctx).selectFrom('corrections').select([...COLUMNS]).where('entity', '=', entity).where('reverted_at', 'is', null);
  if (ids) q = q.where('entity_id', 'in', ids);
  const rows = await q.orderBy('at').orderBy('id').execute();
  return rows.map((r) => decode(ctx, r));
}

/**
 * The fields analysts corrected, per entity id, for marking them verified in API output and exports.
 * An outcome edit shows as "outcomes"; use the correction's before and after for the element.
 */
export async function verifiedFields(ctx: Ctx, entity: string, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of await activeCorrectionRows(ctx, entity, ids.slice(i, i + 500))) {
      const list = out.get(r.entity_id) ?? [];
      if (!list.includes(r.field)) list.push(r.field);
      out.set(r.entity_id, list);
    }
  }
  return out;
}

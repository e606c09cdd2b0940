import type { Ctx } from '../context.ts';
import { prepared } from '../prepared.ts';

export type CorrectionEntity = 'engagement' | 'actor';

const active = prepared<{ field: string; after: unknown }>('activeCorrections', (db, p) =>
  db
    .selectFrom('corrections')
    .select(['field', 'after', 'at', 'id'])
    .where('entity', '=', p('entity'))
    .where('entity_id', '=', p('id'))
    .where('reverted_at', 'is', null)
    .orderBy('at')
    .orderBy('id'),
);

/**
 * The analyst's value for each corrected field of one entity: the latest correction that was not
 * reverted. Fusion applies these last, so re-running the extractor can never undo them.
 */
export async function activeCorrections(ctx: Ctx, entity: CorrectionEntity, id: string): Promise<Map<string, unknown>> {
  if (ctx.noCorrections) return new Map();
  const rows = await active(ctx, { entity, id });
  const out = new Map<string, unknown>();
  for (const r of rows) out.set(r.field, ctx.json.read(r.after));
  return out;
}

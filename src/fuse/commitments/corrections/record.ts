import { UserError } from '../../../model/errors.ts';
import type { Ctx } from '../../../store/context.ts';
import type { Store } from '../../../store/db.ts';
import { findCorrection, listCorrections, type CorrectionRow } from '../../../store/queries/correction-rows.ts';
import {
  actorFieldsForCorrection, commitmentFieldsForCorrection, engagementFieldsForCorrection, linkFieldsForCorrection,
} from '../../../store/queries/correction-targets.ts';
import { applyActorCorrection, type ActorField } from '../../../store/writes/apply-actor-correction.ts';
import { insertCorrection } from '../../../store/writes/insert-correction.ts';
import { revertCorrection } from '../../../store/writes/revert-correction.ts';
import { refuseEngagement } from '../../refuse-engagement.ts';
import { refreshCommitments } from '../refresh.ts';
import { ACTOR_FIELDS, checkField, COMMITMENT_FIELDS, CORRECTION_ENTITIES, engagementChange, LINK_FIELDS, type CorrectionTarget } from './fields.ts';

export interface CorrectionRequest {
  entity: CorrectionTarget;
  /** An engagement, actor, link or commitment id; for an outcome, "<engagement id>:<index from 0>". */
  id: string;
  field: string;
  value: unknown;
  who: string;
  why?: string | null;
}

export class NotFoundError extends UserError {
  constructor(what: string, id: string, hint: string) {
    super('not-found', `no ${what} with id "${id.slice(0, 200)}"`, hint);
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function person(who: unknown): string {
  if (typeof who !== 'string' || !who.trim()) throw new UserError('bad-correction', 'a correction needs the name of who makes it', 'Give --who "Your Name" (API: "who")');
  return who.trim().slice(0, 200);
}

/** Stored row names: an outcome is corrected through its engagement's outcomes list. */
function target(req: CorrectionRequest): { entity: 'engagement' | 'actor' | 'link' | 'commitment'; id: string; field: string } {
  if (!(CORRECTION_ENTITIES as readonly string[]).includes(req.entity)) {
    throw new UserError('bad-correction', `"${String(req.entity)}" is not something that can be corrected`, `Use one of: ${CORRECTION_ENTITIES.join(', ')}`);
  }
  if (typeof req.id !== 'string' || !req.id.trim()) throw new UserError('bad-correction', `a correction of ${req.entity === 'outcome' ? 'an' : 'a'} ${req.entity} needs its id`, 'Give the id shown by readout engagements/commitments --format json');
  if (typeof req.field !== 'string' || !req.field.trim()) throw new UserError('bad-correction', 'a correction needs the field to change', 'e.g. --field date');
  if (req.entity !== 'outcome') return { entity: req.entity, id: req.id.trim(), field: req.field.trim() };
  const m = /^(.+):(\d+)$/.exec(req.id.trim());
  if (!m) throw new UserError('bad-correction', `the outcome id "${req.id}" is not "<engagement id>:<index>"`, 'e.g. 0e39aa58-…:6 for the seventh outcome (numbered from 0)');
  return { entity: 'engagement', id: m[1], field: `outcomes[${m[2]}]${req.field.trim() === '*' ? '' : `.${req.field.trim()}`}` };
}

async function currentFields(ctx: Ctx, entity: string, id: string): Promise<Record<string, unknown>> {
  const found = entity === 'engagement' ? await engagementFieldsForCorrection(ctx, id)
    : entity === 'actor' ? await actorFieldsForCorrection(ctx, id)
      : entity === 'link' ? await linkFieldsForCorrection(ctx, id)
        : await commitmentFieldsForCorrection(ctx, id);
  if (!found) {
    const list = entity === 'engagement' ? 'readout engagements --format json' : entity === 'actor' ? 'readout actors' : 'readout commitments --format json';
    throw new NotFoundError(entity, id, `List them with ${list}`);
  }
  return found;
}

/** Makes what the stored record shows agree with the corrections in force for one entity. */
async function reapply(ctx: Ctx, entity: string, id: string, field: string, value: unknown): Promise<void> {
  if (entity === 'engagement') await refuseEngagement(ctx, id);
  else if (entity === 'actor') await applyActorCorrection(ctx, id, field as ActorField, value);
}

/**
 * Records an analyst's correction in the audit log and applies it: an engagement is fused again with
 * the correction on top (so reprocessing keeps it), a person's record is rewritten, and commitments
 * are derived again for a link or commitment verdict.
 */
export async function recordCorrection(store: Store, req: CorrectionRequest): Promise<CorrectionRow> {
  const who = person(req.who);
  const why = typeof req.why === 'string' && req.why.trim() ? req.why.trim().slice(0, 2000) : null;
  const t = target(req);
  if (t.entity === 'link' || t.entity === 'commitment') await refreshCommitments(store);
  const id = await store.db.transaction().execute(async (trx) => {
    const ctx: Ctx = { db: trx, json: store.json };
    const now = await currentFields(ctx, t.entity, t.id);
    let field = t.field;
    let after: unknown;
    if (t.entity === 'engagement') {
      const change = engagementChange(t.field, req.value, (top) => now[top]);
      field = change.top;
      after = change.after;
    } else {
      const table = t.entity === 'actor' ? ACTOR_FIELDS : t.entity === 'link' ? LINK_FIELDS : COMMITMENT_FIELDS;
      after = checkField(table, t.entity, t.field, req.value);
    }
    const before = now[field] ?? null;
    if (same(before, after)) throw new UserError('no-change', `${t.entity} ${t.id} already has ${field} = ${JSON.stringify(after)?.slice(0, 120)}`, 'Nothing to correct');
    const made = await insertCorrection(ctx, { entity: t.entity, entityId: t.id, field, before, after, who, why });
    await reapply(ctx, t.entity, t.id, field, after);
    return made.id;
  });
  if (t.entity !== 'actor') await refreshCommitments(store);
  return (await findCorrection({ db: store.db, json: store.json }, id))!;
}

/**
 * Takes a correction back: the field returns to what the sources say (or to the correction before it).
 * Only the latest correction of a field can be reverted, so undoing never resurrects a stale value.
 */
export async function revertCorrectionById(store: Store, correctionId: string, who: string, why?: string | null): Promise<CorrectionRow> {
  const by = person(who);
  const reason = typeof why === 'string' && why.trim() ? why.trim().slice(0, 2000) : null;
  await store.db.transaction().execute(async (trx) => {
    const ctx: Ctx = { db: trx, json: store.json };
    const c = await findCorrection(ctx, correctionId);
    if (!c) throw new NotFoundError('correction', correctionId, 'List corrections with readout correct log (API: GET /api/corrections)');
    if (c.reverted_at) throw new UserError('already-reverted', `correction ${c.id} was already reverted on ${c.reverted_at} by ${c.reverted_by ?? 'someone'}`, 'Nothing to revert');
    const newer = (await listCorrections(ctx, { entity: c.entity, entityId: c.entity_id, active: true, limit: 1000 }))
      .filter((x) => x.field === c.field && (x.at > c.at || (x.at === c.at && x.id > c.id)));
    if (newer.length) {
      throw new UserError('superseded', `correction ${c.id} of ${c.field} was overtaken by the later correction ${newer[newer.length - 1].id}`, `Revert ${newer[newer.length - 1].id} first`);
    }
    await revertCorrection(ctx, c.id, by, reason);
    await reapply(ctx, c.entity, c.entity_id, c.field, c.before);
  });
  await refreshCommitments(store);
  return (await findCorrection({ db: store.db, json: store.json }, correctionId))!;
}

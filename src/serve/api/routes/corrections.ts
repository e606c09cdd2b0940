import { z } from 'zod';
import 'zod-openapi';
import { UserError } from '../../../model/errors.ts';
import { changes } from '../../../fuse/commitments/corrections/diff.ts';
import { CORRECTION_ENTITIES } from '../../../fuse/commitments/corrections/fields.ts';
import { NotFoundError, recordCorrection, revertCorrectionById } from '../../../fuse/commitments/corrections/record.ts';
import { listCorrections, type CorrectionRow } from '../../../store/queries/correction-rows.ts';
import { HttpError } from '../errors.ts';
import { route } from '../route.ts';

const nstr = z.string().nullable();

export const correctionBodyMeta = { description: 'Who acts, and why; both are kept in the audit log' };

export const CorrectionEntry = z.object({
  id: z.string(),
  entity: z.string(),
  entity_id: z.string(),
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  changes: z.array(z.object({ path: z.string(), before: z.unknown(), after: z.unknown() }))
    .meta({ description: 'Where before and after differ, e.g. outcomes[6].by' }),
  who: z.string(), why: nstr, at: z.string(),
  reverted_at: nstr, reverted_by: nstr, revert_why: nstr,
}).meta({ id: 'Correction' });

export function toEntry(c: CorrectionRow): z.output<typeof CorrectionEntry> {
  return {
    id: c.id, entity: c.entity, entity_id: c.entity_id, field: c.field, before: c.before, after: c.after,
    changes: changes(c.before, c.after, c.field), who: c.who, why: c.why, at: c.at,
    reverted_at: c.reverted_at, reverted_by: c.reverted_by, revert_why: c.revert_why,
  };
}

const correctionBody = z.object({
  entity: z.enum(CORRECTION_ENTITIES, { error: `must be one of: ${CORRECTION_ENTITIES.join(', ')}` }),
  id: z.string().min(1).max(300).meta({ description: 'The engagement, actor, link or commitment id; for an outcome "<engagement id>:<index from 0>"' }),
  field: z.string().min(1).max(100).meta({ description: 'e.g. date, location.country, participants[1].country, participants[+], outcomes[2].by, retracted; for an outcome: by, to, kind, summary, quantity' }),
  value: z.unknown().meta({ description: 'The right value (null clears it, or removes a list element)' }),
  who: z.string().trim().min(1, { error: 'must name who makes the correction' }).max(200),
  why: z.string().max(2000).optional(),
}).strict().refine((b) => b.value !== undefined, { error: 'give the corrected value (null to clear it)', path: ['value'] });

const logQuery = z.object({
  entity: z.enum(['engagement', 'actor', 'link', 'commitment'], { error: 'must be one of: engagement, actor, link, commitment' }).optional(),
  id: z.string().min(1).max(300).optional().meta({ description: 'Only corrections of this engagement, actor, link or commitment' }),
  who: z.string().min(1).max(200).optional(),
  limit: z.coerce.number({ error: 'must be a whole number from 1 to 500' }).int({ error: 'must be a whole number from 1 to 500' })
    .min(1, { error: 'must be a whole number from 1 to 500' }).max(500, { error: 'must be at most 500' }).default(100),
  offset: z.coerce.number({ error: 'must be a whole number, 0 or more' }).int({ error: 'must be a whole number, 0 or more' }).min(0, { error: 'must be 0 or more' }).default(0),
}).strict();

const revertBody = z.object({
  who: z.string().trim().min(1, { error: 'must name who reverts it' }).max(200),
  why: z.string().max(2000).optional(),
}).strict();

/** A missing target is a 404, not a bad request. */
function asHttp(err: unknown): never {
  if (err instanceof NotFoundError) throw new HttpError(404, 'not-found', err.message, err.hint);
  if (err instanceof UserError && (err.code === 'superseded' || err.code === 'already-reverted')) throw new HttpError(409, err.code, err.message, err.hint);
  throw err;
}

export const correctionRoutes = [
  route({
    method: 'post',
    path: '/api/corrections',
    summary: 'Correct the record',
    description: 'Sets one field of an engagement, outcome, actor, commitment link or commitment. The field is then marked verified, and reprocessing never overwrites it. Needs Authorization: Bearer <token>.',
    tag: 'corrections',
    body: correctionBody,
    response: CorrectionEntry,
    status: 201,
    errors: [400, 401, 403, 404, 429],
    auth: true,
    handler: async ({ body, reply }, ctx) => {
      const c = await recordCorrection(ctx.store, { entity: body.entity, id: body.id, field: body.field, value: body.value, who: body.who, why: body.why ?? null }).catch(asHttp);
      ctx.cache.clear();
      reply.code(201);
      return toEntry(c);
    },
  }),
  route({
    method: 'get',
    path: '/api/corrections',
    summary: 'The audit log',
    description: 'Every correction, newest first: who, when, before, after, why, and whether and by whom it was reverted.',
    tag: 'corrections',
    query: logQuery,
    response: z.object({ items: z.array(CorrectionEntry) }).meta({ id: 'CorrectionLog' }),
    errors: [400, 429],
    handler: async ({ query }, { store }) => {
      const rows = await listCorrections({ db: store.db, json: store.json }, { entity: query.entity, entityId: query.id, who: query.who, limit: query.limit, offset: query.offset });
      return { items: rows.map(toEntry) };
    },
  }),
  route({
    method: 'post',
    path: '/api/corrections/{id}/revert',
    summary: 'Revert a correction',
    description: 'The field returns to what the sources say (or to the correction before it). Only the latest correction of a field can be reverted (409 otherwise). Needs Authorization: Bearer <token>.',
    tag: 'corrections',
    params: z.object({ id: z.string().min(1).max(200).meta({ description: 'Correction id' }) }),
    body: revertBody,
    response: CorrectionEntry,
    errors: [400, 401, 403, 404, 409, 429],
    auth: true,
    handler: async ({ params, body }, ctx) => {
      const c = await revertCorrectionById(ctx.store, params.id, body.who, body.why ?? null).catch(asHttp);
      ctx.cache.clear();
      return toEntry(c);
    },
  }),
];

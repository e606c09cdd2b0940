import { z } from 'zod';
import 'zod-openapi';
import { UserError } from '../../../model/errors.ts';
import { recordCorrection } from '../../../fuse/commitments/corrections/record.ts';
import { refreshCommitments } from '../../../fuse/commitments/refresh.ts';
import { COMMITMENT_STATUS_NAMES, listCommitments } from '../../../store/queries/list-commitments.ts';
import { notFound } from '../errors.ts';
import { iso3 } from '../params.ts';
import { route, type ApiContext } from '../route.ts';
import { correctionBodyMeta, CorrectionEntry, toEntry } from './corrections.ts';

const nstr = z.string().nullable();
const Quantity = z.object({ value: z.number(), unit: z.string() });
const EngagementRef = { engagement_id: z.string(), date: nstr, kind: z.string(), place: nstr, country: nstr };

export const CommitmentLink = z.object({
  id: z.string(),
  relation: z.enum(['fulfils', 'updates', 'restates', 'accepts', 'agrees']).meta({ description: 'What the later report does for the commitment' }),
  ...EngagementRef,
  reason: z.string().meta({ description: 'Why the rule linked it, in words' }),
  confidence: z.number(),
  auto: z.boolean().meta({ description: 'Proposed by a rule (true) or added by a person' }),
  review: z.enum(['confirmed', 'rejected']).nullable().meta({ description: 'A person\'s verdict; a rejected link never changes the status' }),
  reviewed_by: nstr, reviewed_at: nstr, review_why: nstr,
  detail: z.record(z.string(), z.unknown()),
}).meta({ id: 'CommitmentLink' });

export const Commitment = z.object({
  id: z.string(),
  kind: z.string().meta({ description: 'The outcome it came from: proposal, target, agreement, invitation or signing' }),
  subject: z.enum(['visit', 'event', 'trade_volume', 'body', 'other']),
  status: z.enum(COMMITMENT_STATUS_NAMES),
  status_date: nstr,
  by: nstr, to: nstr,
  owed_by: z.array(z.string()).meta({ description: 'Who owes it: the invitee of an invitation, the side that proposed or promised, or both' }),
  owed_to: z.array(z.string()),
  summary: z.string(),
  quantity: Quantity.nullable(),
  deadline: nstr, deadline_text: nstr,
  origin: z.object({ ...EngagementRef, participants: z.array(z.object({ name: nstr, role: nstr, country: nstr, org: nstr })), evidence: z.string() }),
  sources: z.array(z.object({ article_id: z.string(), url: nstr, title: nstr, published: nstr, source: nstr, role: z.enum(['original', 'copy']) })),
  fulfilled_by: z.array(z.object({ ...EngagementRef, link_id: z.string(), confidence: z.number(), reason: z.string(), review: nstr })),
  links: z.array(CommitmentLink),
  history: z.array(z.object({ status: z.string(), date: nstr, reason: z.string(), engagement_id: nstr, link_id: nstr }))
    .meta({ description: 'Each change of status with the report that caused it, oldest first' }),
  verified: z.array(z.string()).meta({ description: 'Fields an analyst corrected or confirmed' }),
  detail: z.record(z.string(), z.unknown()),
}).meta({ id: 'Commitment' });

const CommitmentList = z.object({ items: z.array(Commitment) }).meta({ id: 'CommitmentList' });

const commitmentQuery = z.object({
  country: iso3.optional(),
  pair: z.string().regex(/^[A-Za-z]{3},[A-Za-z]{3}$/, { error: 'must be two ISO alpha-3 codes separated by a comma, e.g. KAZ,MNG' })
    .transform((s) => s.toUpperCase().split(',') as [string, string]).optional().meta({ description: 'Made at an engagement of both countries', example: 'KAZ,MNG' }),
  status: z.enum(COMMITMENT_STATUS_NAMES, { error: `must be one of: ${COMMITMENT_STATUS_NAMES.join(', ')}` }).optional(),
  engagement: z.string().min(1).max(200).optional().meta({ description: 'Made at, or followed up by, this engagement' }),
  limit: z.coerce.number({ error: 'must be a whole number from 1 to 500' }).int({ error: 'must be a whole number from 1 to 500' })
    .min(1, { error: 'must be a whole number from 1 to 500' }).max(500, { error: 'must be at most 500' }).default(200),
  offset: z.coerce.number({ error: 'must be a whole number, 0 or more' }).int({ error: 'must be a whole number, 0 or more' }).min(0, { error: 'must be 0 or more' }).default(0),
}).strict();

const idParams = z.object({ id: z.string().min(1).max(200).meta({ description: 'Commitment id' }) });
const linkParams = z.object({ id: z.string().min(1).max(200), linkId: z.string().min(1).max(200).meta({ description: 'Follow-up link id' }) });
const verdictBody = z.object({
  who: z.string().trim().min(1, { error: 'must name who gives the verdict' }).max(200),
  why: z.string().max(2000).optional(),
}).strict().meta(correctionBodyMeta);

async function one(ctx: ApiContext, id: string) {
  await refreshCommitments(ctx.store);
  const [c] = await listCommitments({ db: ctx.store.db, json: ctx.store.json }, { id });
  if (!c) throw notFound('commitment', id, 'List commitments with GET /api/commitments');
  return c;
}

function verdict(review: 'confirmed' | 'rejected') {
  return route({
    method: 'post',
    path: `/api/commitments/{id}/links/{linkId}/${review === 'confirmed' ? 'confirm' : 'reject'}`,
    summary: `${review === 'confirmed' ? 'Confirm' : 'Reject'} a follow-up link`,
    description: `Records a person's verdict on a link a rule proposed (kept in the corrections log and through re-derivation). ${review === 'rejected' ? 'A rejected link no longer counts, and the rule may propose the next candidate.' : 'A confirmed link counts whatever its confidence.'} Needs Authorization: Bearer <token>.`,
    tag: 'commitments',
    params: linkParams,
    body: verdictBody,
    response: z.object({ correction: CorrectionEntry, commitment: Commitment }),
    errors: [400, 401, 403, 404, 429],
    auth: true,
    handler: async ({ params, body }, ctx) => {
      const c = await one(ctx, params.id);
      if (!c.links.some((l) => l.id === params.linkId)) throw notFound('link of this commitment', params.linkId, `GET /api/commitments/${params.id} lists its links`);
      let correction;
      try {
        correction = await recordCorrection(ctx.store, { entity: 'link', id: params.linkId, field: 'review', value: review, who: body.who, why: body.why ?? null });
      } catch (err) {
        if (err instanceof UserError && err.code === 'no-change') throw new UserError('no-change', `the link is already ${review}`, 'Nothing to do');
        throw err;
      }
      ctx.cache.clear();
      return { correction: toEntry(correction), commitment: await one(ctx, params.id) };
    },
  });
}

export const commitmentRoutes = [
  route({
    method: 'get',
    path: '/api/commitments',
    summary: 'List commitments',
    description: 'Promises made at engagements (invitations, proposals, targets, agreements, signings with obligations), oldest first, each with its status history and the later reports that follow it up.',
    tag: 'commitments',
    query: commitmentQuery,
    response: CommitmentList,
    errors: [400, 429],
    handler: async ({ query }, ctx) => {
      await refreshCommitments(ctx.store);
      const items = await listCommitments({ db: ctx.store.db, json: ctx.store.json }, {
        country: query.country, pair: query.pair, status: query.status, engagement: query.engagement, limit: query.limit, offset: query.offset,
      });
      return { items };
    },
  }),
  route({
    method: 'get',
    path: '/api/commitments/{id}',
    summary: 'One commitment',
    description: 'Who owes what to whom, from which engagement and sources, and every follow-up with its reason and confidence.',
    tag: 'commitments',
    params: idParams,
    response: Commitment,
    errors: [404, 429],
    handler: async ({ params }, ctx) => one(ctx, params.id),
  }),
  verdict('confirmed'),
  verdict('rejected'),
];

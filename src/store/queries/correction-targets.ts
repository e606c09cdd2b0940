import type { Ctx } from '../context.ts';
import { commitmentDb } from './commitment-tables.ts';

/** The current value of every correctable field of one engagement, or undefined when there is none. */
export async function engagementFieldsForCorrection(ctx: Ctx, id: string): Promise<Record<string, unknown> | undefined> {
  const r = await ctx.db.selectFrom('engagements')
    .select(['kind', 'date', 'place', 'country', 'occasion', 'evidence', 'topics', 'participants', 'outcomes'])
    .where('id', '=', id).executeTakeFirst();
  if (!r) return undefined;
  const retracted = await ctx.db.selectFrom('corrections').select('after')
    .where('entity', '=', 'engagement').where('entity_id', '=', id).where('field', '=', 'retracted').where('reverted_at', 'is', null)
    .orderBy('at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return {
    kind: r.kind, date: r.date, 'location.place': r.place, 'location.country': r.country, occasion: r.occasion, evidence: r.evidence,
    topics: ctx.json.read(r.topics), participants: ctx.json.read(r.participants), outcomes: ctx.json.read(r.outcomes),
    retracted: retracted ? ctx.json.read<boolean>(retracted.after) === true : false,
  };
}

export async function actorFieldsForCorrection(ctx: Ctx, id: string): Promise<Record<string, unknown> | undefined> {
  const r = await ctx.db.selectFrom('actors').select(['name', 'country', 'org', 'aliases']).where('id', '=', id).executeTakeFirst();
  return r ? { name: r.name, country: r.country, org: r.org, aliases: ctx.json.read(r.aliases) } : undefined;
}

export async function commitmentFieldsForCorrection(ctx: Ctx, id: string): Promise<Record<string, unknown> | undefined> {
  const r = await commitmentDb(ctx).selectFrom('commitments').select(['status', 'deadline', 'summary', 'quantity']).where('id', '=', id).executeTakeFirst();
  return r ? { status: r.status, deadline: r.deadline, summary: r.summary, quantity: ctx.json.read(r.quantity) } : undefined;
}

export async function linkFieldsForCorrection(ctx: Ctx, id: string): Promise<Record<string, unknown> | undefined> {
  const r = await commitmentDb(ctx).selectFrom('commitment_links').select(['review', 'relation']).where('id', '=', id).executeTakeFirst();
  return r ? { review: r.review, relation: r.relation } : undefined;
}

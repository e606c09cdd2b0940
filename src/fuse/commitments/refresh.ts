import type { Outcome, Quantity } from '../../model/engagement.ts';
import type { Ctx } from '../../store/context.ts';
import type { Store } from '../../store/db.ts';
import { commitmentLinks } from '../../store/queries/commitment-links.ts';
import { commitmentMeta, commitmentSourceState } from '../../store/queries/commitment-watermark.ts';
import { activeCorrectionRows } from '../../store/queries/correction-rows.ts';
import { saveCommitments, type CommitmentSet } from '../../store/writes/save-commitments.ts';
import { today } from './calendar.ts';
import { correctedOutcomeFields } from './corrections/diff.ts';
import { deriveCommitments, type FieldCorrection } from './derive.ts';
import { storeFacts } from './store-facts.ts';
import { DEFAULT_HORIZON_MONTHS, type DeriveOptions, type LinkRelation, type StoredLink } from './types.ts';

export interface RefreshSummary {
  /** False when the stored commitments were already current. */
  derived: boolean;
  commitments: number;
  links: number;
}

async function fieldCorrections(ctx: Ctx, entity: string): Promise<Map<string, Map<string, FieldCorrection>>> {
  const out = new Map<string, Map<string, FieldCorrection>>();
  for (const r of await activeCorrectionRows(ctx, entity)) {
    const m = out.get(r.entity_id) ?? new Map<string, FieldCorrection>();
    m.set(r.field, { value: r.after, who: r.who, why: r.why, at: r.at });
    out.set(r.entity_id, m);
  }
  return out;
}

async function outcomeVerified(ctx: Ctx): Promise<Map<string, Map<string, string[]>>> {
  const out = new Map<string, Map<string, string[]>>();
  for (const r of await activeCorrectionRows(ctx, 'engagement')) {
    if (r.field !== 'outcomes') continue;
    const m = out.get(r.entity_id) ?? new Map<string, string[]>();
    for (const [key, fields] of correctedOutcomeFields(r.before as Outcome[] | null, r.after as Outcome[] | null)) {
      m.set(key, [...new Set([...(m.get(key) ?? []), ...fields])]);
    }
    out.set(r.entity_id, m);
  }
  return out;
}

function toStored(ctx: Ctx, rows: Awaited<ReturnType<typeof commitmentLinks>>): StoredLink[] {
  return rows.map((r) => ({
    id: r.id, commitmentId: r.commitment_id, engagementId: r.engagement_id, relation: r.relation as LinkRelation,
    reason: r.reason, confidence: Number(r.confidence), detail: ctx.json.read<StoredLink['detail']>(r.detail) ?? {},
    auto: Number(r.auto) === 1, review: r.review as StoredLink['review'], reviewedBy: r.reviewed_by, reviewedAt: r.reviewed_at, reviewWhy: r.review_why,
  }));
}

// Two requests asking at once must not both rewrite the tables; within a process they take turns.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Brings the stored commitments up to date with the engagements and corrections they come from,
 * deriving them again only when those changed (or the day or horizon they are judged by did).
 */
export function refreshCommitments(store: Store, opts: DeriveOptions & { force?: boolean } = {}): Promise<RefreshSummary> {
  const run = queue.then(() => refreshNow(store, opts));
  queue = run.catch(() => {});
  return run;
}

async function refreshNow(store: Store, opts: DeriveOptions & { force?: boolean }): Promise<RefreshSummary> {
  const ctx: Ctx = { db: store.db, json: store.json };
  const asOf = opts.asOf ?? today();
  const horizon = opts.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const state = `${await commitmentSourceState(ctx)}|${asOf}|${horizon}`;
  if (!opts.force && (await commitmentMeta(ctx, 'derived_from')) === state) return { derived: false, commitments: -1, links: -1 };

  const derived = await deriveCommitments({
    facts: await storeFacts(ctx),
    previousLinks: toStored(ctx, await commitmentLinks(ctx)),
    linkCorrections: await fieldCorrections(ctx, 'link'),
    commitmentCorrections: await fieldCorrections(ctx, 'commitment'),
    outcomeVerified: await outcomeVerified(ctx),
  }, { asOf, horizonMonths: horizon });

  const set: CommitmentSet = { commitments: [], links: [], events: [], state };
  for (const d of derived) {
    const c = d.draft;
    set.commitments.push({
      id: c.id, engagement_id: c.engagementId, outcome_key: c.outcomeKey, kind: c.kind, subject: c.subject,
      by_country: c.by, to_country: c.to, owed_by: store.json.write(c.owedBy), owed_to: store.json.write(c.owedTo),
      summary: c.summary, quantity: store.json.write(c.quantity as Quantity | null), deadline: c.deadline, deadline_text: c.deadlineText,
      origin_date: c.originDate, status: d.history.status, status_date: d.history.date,
      detail: store.json.write({ ...c.detail, accepted_at_origin: c.acceptedAtOrigin }), verified: store.json.write(d.verified),
    });
    for (const l of d.links) {
      set.links.push({
        id: l.id, commitment_id: c.id, engagement_id: l.engagementId, relation: l.relation, reason: l.reason, confidence: l.confidence,
        detail: store.json.write(l.detail), auto: l.auto ? 1 : 0, review: l.review, reviewed_by: l.reviewedBy, reviewed_at: l.reviewedAt, review_why: l.reviewWhy,
      });
    }
    d.history.events.forEach((e, seq) => set.events.push({
      commitment_id: c.id, seq, status: e.status, date: e.date, engagement_id: e.engagementId, link_id: e.linkId, reason: e.reason,
    }));
  }
  await store.db.transaction().execute(async (trx) => saveCommitments({ db: trx, json: store.json }, set));
  return { derived: true, commitments: set.commitments.length, links: set.links.length };
}

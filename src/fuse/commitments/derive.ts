import type { Quantity } from '../../model/engagement.ts';
import { commitmentsOf } from './candidates.ts';
import { today } from './calendar.ts';
import { followUps } from './follow-ups/index.ts';
import { statusHistory, type StatusOverride, type StatusResult } from './status.ts';
import {
  DEFAULT_HORIZON_MONTHS, type CommitmentDraft, type CommitmentStatus, type DeriveOptions, type EngagementFacts, type FactSource,
  type LinkRelation, type LinkReview, type StoredLink,
} from './types.ts';

/** An analyst's value for one field, with who set it. */
export interface FieldCorrection {
  value: unknown;
  who: string;
  why: string | null;
  at: string;
}

export interface DeriveInput {
  facts: FactSource;
  /** Links as last stored: a link a person confirmed survives even when its rule no longer fires. */
  previousLinks: StoredLink[];
  /** Per link id: the analyst's review and relation. */
  linkCorrections: Map<string, Map<string, FieldCorrection>>;
  /** Per commitment id: status, deadline, summary or quantity as an analyst set them. */
  commitmentCorrections: Map<string, Map<string, FieldCorrection>>;
  /** Per engagement id and outcome key: the outcome fields an analyst corrected. */
  outcomeVerified: Map<string, Map<string, string[]>>;
}

export interface DerivedCommitment {
  draft: CommitmentDraft;
  links: StoredLink[];
  history: StatusResult;
  verified: string[];
}

function applyFieldCorrections(d: CommitmentDraft, fields: Map<string, FieldCorrection> | undefined): CommitmentDraft {
  if (!fields) return d;
  const out = { ...d };
  for (const [field, c] of fields) {
    if (field === 'deadline') { out.deadline = c.value as string | null; out.deadlineText = c.value ? `by ${c.value} (set by ${c.who})` : null; }
    if (field === 'summary') out.summary = String(c.value);
    if (field === 'quantity') out.quantity = c.value as Quantity | null;
  }
  return out;
}

function withReview(l: StoredLink, fields: Map<string, FieldCorrection> | undefined): StoredLink {
  const review = fields?.get('review');
  const relation = fields?.get('relation');
  return {
    ...l,
    relation: relation ? (relation.value as LinkRelation) : l.relation,
    review: review ? (review.value as LinkReview | null) : null,
    reviewedBy: review?.value ? review.who : null,
    reviewedAt: review?.value ? review.at : null,
    reviewWhy: review?.value ? review.why : null,
  };
}

/**
 * Reads every forward-looking outcome as a commitment, links later reports to it by the rules for
 * its subject, lays people's verdicts over the links, and works out its status history.
 */
export async function deriveCommitments(input: DeriveInput, opts: DeriveOptions = {}): Promise<DerivedCommitment[]> {
  const asOf = opts.asOf ?? today();
  const horizon = opts.horizonMonths ?? DEFAULT_HORIZON_MONTHS;
  const all = input.facts.engagements();
  const known = new Set(all.map((e) => e.id));
  const byTime = all.filter((e) => e.when).sort((a, b) => a.when!.localeCompare(b.when!) || a.id.localeCompare(b.id));
  const previous = new Map<string, StoredLink[]>();
  for (const l of input.previousLinks) previous.set(l.commitmentId, [...(previous.get(l.commitmentId) ?? []), l]);

  const out: DerivedCommitment[] = [];
  const seen = new Set<string>();
  // An outcome that names an earlier promise again is a follow-up of it, not a promise of its own.
  const restated = new Set<string>();
  for (const e of [...byTime, ...all.filter((x) => !x.when)]) {
    if (!e.outcomes.length) continue;
    const drafts = commitmentsOf(e, await input.facts.outcomeSentences(e.id));
    for (const raw of drafts) {
      if (seen.has(raw.id) || restated.has(`${e.id}|${raw.outcomeKey}`)) continue;
      seen.add(raw.id);
      const fields = input.commitmentCorrections.get(raw.id);
      const draft = applyFieldCorrections(raw, fields);
      const later: EngagementFacts[] = draft.originDate ? byTime.filter((x) => x.when! > draft.originDate! && x.id !== e.id) : [];
      const rejected = new Set<string>();
      for (const [id, f] of input.linkCorrections) if (f.get('review')?.value === 'rejected') rejected.add(id);
      const auto = await followUps({ c: draft, origin: e, later, facts: input.facts, rejected });
      const links = new Map<string, StoredLink>();
      for (const l of auto) links.set(l.id, withReview({ ...l, auto: true, review: null, reviewedBy: null, reviewedAt: null, reviewWhy: null }, input.linkCorrections.get(l.id)));
      // A person's verdict outlives the rule that proposed the link, as long as the report still exists.
      for (const l of previous.get(draft.id) ?? []) {
        if (links.has(l.id) || !known.has(l.engagementId)) continue;
        const reviewed = withReview(l, input.linkCorrections.get(l.id));
        if (reviewed.review) links.set(l.id, reviewed);
      }
      const status = fields?.get('status');
      const override: StatusOverride | null = status?.value ? { status: status.value as CommitmentStatus, who: status.who, why: status.why, at: status.at } : null;
      const linkList = [...links.values()].sort((a, b) => (a.detail.date ?? '').localeCompare(b.detail.date ?? '') || a.id.localeCompare(b.id));
      for (const l of linkList) if (l.relation === 'restates' && l.review !== 'rejected' && l.detail.outcomeKey) restated.add(`${l.engagementId}|${l.detail.outcomeKey}`);
      const history = statusHistory(draft, linkList, asOf, horizon, override);
      const verified = new Set<string>(fields ? [...fields.keys()] : []);
      for (const f of input.outcomeVerified.get(e.id)?.get(draft.outcomeKey) ?? []) verified.add(f);
      out.push({ draft, links: linkList, history, verified: [...verified].sort() });
    }
  }
  return out;
}

import type { Kysely } from 'kysely';
import type { Ctx } from '../context.ts';
import type { Database } from '../schema.ts';

// Type aliases, not interfaces: Kysely's withTables needs types with an implicit index signature.
/**
 * Row types of the tables migration 0003 adds. They extend the store's Database type through
 * Kysely's withTables, so the shared schema file needs no edit until the lead folds them in.
 */
export type CommitmentsTable = {
  id: string;
  engagement_id: string;
  outcome_key: string;
  kind: string;
  subject: string;
  by_country: string | null;
  to_country: string | null;
  owed_by: unknown;
  owed_to: unknown;
  summary: string;
  quantity: unknown;
  deadline: string | null;
  deadline_text: string | null;
  origin_date: string | null;
  status: string;
  status_date: string | null;
  detail: unknown;
  verified: unknown;
  updated_at: string;
};

export type CommitmentLinksTable = {
  id: string;
  commitment_id: string;
  engagement_id: string;
  relation: string;
  reason: string;
  confidence: number;
  detail: unknown;
  /** 1 when a rule proposed the link, 0 when a person added it. */
  auto: number;
  review: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_why: string | null;
  updated_at: string;
};

export type CommitmentEventsTable = {
  commitment_id: string;
  seq: number;
  status: string;
  date: string | null;
  engagement_id: string | null;
  link_id: string | null;
  reason: string;
};

export type CommitmentMetaTable = {
  key: string;
  value: string;
};

export type CommitmentTables = {
  commitments: CommitmentsTable;
  commitment_links: CommitmentLinksTable;
  commitment_events: CommitmentEventsTable;
  commitment_meta: CommitmentMetaTable;
};

export type CommitmentDb = Kysely<Database & CommitmentTables>;

/** The same connection or transaction, typed with the commitment tables. */
export function commitmentDb(ctx: Ctx): CommitmentDb {
  return ctx.db.withTables<CommitmentTables>() as unknown as CommitmentDb;
}

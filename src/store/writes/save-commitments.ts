import { nowIso, type Ctx } from '../context.ts';
import { commitmentDb, type CommitmentEventsTable, type CommitmentLinksTable, type CommitmentsTable } from '../queries/commitment-tables.ts';

export interface CommitmentSet {
  commitments: Omit<CommitmentsTable, 'updated_at'>[];
  links: Omit<CommitmentLinksTable, 'updated_at'>[];
  events: CommitmentEventsTable[];
  /** What the set was derived from (see commitmentSourceState). */
  state: string;
}

const CHUNK = 200;

/**
 * Replaces every derived commitment, link and status event at once. Call inside a transaction:
 * readers then see either the old set or the new one, never a mix.
 */
export async function saveCommitments(ctx: Ctx, set: CommitmentSet): Promise<void> {
  const db = commitmentDb(ctx);
  const at = nowIso();
  await db.deleteFrom('commitment_events').execute();
  await db.deleteFrom('commitment_links').execute();
  await db.deleteFrom('commitments').execute();
  for (let i = 0; i < set.commitments.length; i += CHUNK) {
    await db.insertInto('commitments').values(set.commitments.slice(i, i + CHUNK).map((c) => ({ ...c, updated_at: at }))).execute();
  }
  for (let i = 0; i < set.links.length; i += CHUNK) {
    await db.insertInto('commitment_links').values(set.links.slice(i, i + CHUNK).map((l) => ({ ...l, updated_at: at }))).execute();
  }
  for (let i = 0; i < set.events.length; i += CHUNK) {
    await db.insertInto('commitment_events').values(set.events.slice(i, i + CHUNK)).execute();
  }
  await db.deleteFrom('commitment_meta').where('key', '=', 'derived_from').execute();
  await db.insertInto('commitment_meta').values({ key: 'derived_from', value: set.state }).execute();
}

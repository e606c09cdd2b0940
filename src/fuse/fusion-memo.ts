import type { Ctx } from '../store/context.ts';
import { writeStamp } from '../store/queries/write-stamp.ts';
import type { ClaimInput } from './fuse-engagement.ts';

/**
 * A claim of an engagement as fusion weighs it, without what it says: that is found by its digest
 * (fuse/claim-texts.ts), or read back, when the engagement is re-fused.
 */
export interface ClaimFacts extends Omit<ClaimInput, 'engagement'> {
  /** The claim's id. */
  id: string;
  digest: string | null;
}

/** What re-fusing an engagement lists from the store: its claims, and the people they name. */
export interface FusionInputs {
  claims: ClaimFacts[];
  actors: { actor_id: string; role: string | null }[];
}

// Claims held across all engagements: a few hundred bytes each with their people, so 65,536 stay
// within about 20 MB however long the run. Holding each claim's parsed engagement as well took about
// 3 KB a claim, and bench:ingest's working set is tens of thousands of claims.
const MAX_CLAIMS = 65_536;

/**
 * The fusion inputs of engagements an ingest run has re-fused lately, so that a further report of
 * one adds its claim to what is held instead of reading every claim back. A widely reported event is
 * re-fused with each new report: read back, that costs more with every report (the reads grew from
 * 30 to 70 µs a claim between 40,000 and 100,000 articles in bench:ingest).
 *
 * Only valid while the holder's own writes are the only ones: the holder calls `noteOwnWrites` after
 * its last write of a transaction and `check` at the start of the next, which forgets everything if
 * anything else was written in between; and `clear` whenever its writes are rolled back. SQLite only:
 * in PostgreSQL another session's claim can arrive inside a transaction (fuse/refuse-engagement.ts
 * reads them under a row lock).
 */
export class FusionMemo {
  private readonly held = new Map<string, FusionInputs>();
  private claims = 0;
  private stamp: string | null = null;

  constructor(private readonly maxClaims = MAX_CLAIMS) {}

  get size(): number {
    return this.held.size;
  }

  /** An engagement's inputs, if held; the caller may append to them through `add`. */
  get(id: string): FusionInputs | undefined {
    const e = this.held.get(id);
    if (e) {
      // Kept in use order, so the engagements still being reported stay.
      this.held.delete(id);
      this.held.set(id, e);
    }
    return e;
  }

  /** Holds an engagement's complete inputs, as read from the store or as just written. */
  set(id: string, inputs: FusionInputs): void {
    this.drop(id);
    this.held.set(id, inputs);
    this.claims += inputs.claims.length;
    this.trim();
  }

  /** A claim just stored for a held engagement. */
  add(id: string, claim: ClaimFacts, actors: FusionInputs['actors']): void {
    const e = this.held.get(id);
    if (!e) return;
    e.claims.push(claim);
    e.actors.push(...actors);
    this.claims++;
    this.trim();
  }

  clear(): void {
    this.held.clear();
    this.claims = 0;
    this.stamp = null;
  }

  /** After the holder's last write of a transaction: what the store's write stamp is now. */
  async noteOwnWrites(ctx: Ctx): Promise<void> {
    this.stamp = await writeStamp(ctx);
  }

  /** At the start of a transaction: forgets everything unless the store is as the holder left it. */
  async check(ctx: Ctx): Promise<void> {
    const now = this.stamp === null ? null : await writeStamp(ctx);
    if (now === null || now !== this.stamp) this.clear();
  }

  private drop(id: string): void {
    const e = this.held.get(id);
    if (!e) return;
    this.claims -= e.claims.length;
    this.held.delete(id);
  }

  private trim(): void {
    // The engagement just touched is newest, so it is the last to go, and only when it alone is too big.
    while (this.claims > this.maxClaims && this.held.size) this.drop(this.held.keys().next().value!);
  }
}

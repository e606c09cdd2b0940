import type { Ctx } from '../store/context.ts';
import { writeStamp } from '../store/queries/write-stamp.ts';
import type { ClaimInput } from './fuse-engagement.ts';

/** What re-fusing an engagement reads: its claims as fusion weighs them, and the people they name. */
export interface FusionInputs {
  claims: ClaimInput[];
  actors: { actor_id: string; role: string | null }[];
}

// Claims held across all engagements. A claim input is small, but it keeps its parsed engagement
// alive; 32,768 of them stay within a few tens of megabytes, however long the run.
const MAX_CLAIMS = 32_768;

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
  add(id: string, claim: ClaimInput, actors: FusionInputs['actors']): void {
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

import type { Ctx } from '../store/context.ts';
import { actorsByNameKeys, type PartyActor } from '../store/queries/party-actors.ts';

/**
 * The people a name could be, remembered for one transaction: a batch names the same people over
 * and over, and while it writes, only its own writes change who is stored. Whoever adds or renames
 * someone must call `changed` for that side; whoever ends or rolls back the transaction, `clear`.
 */
export class ActorCandidates {
  private readonly found = new Map<string, PartyActor[]>();
  /** Participants already found to be a stored person who needed no respelling, by side, name and aliases. */
  private readonly settled = new Map<string, string>();

  async find(ctx: Ctx, keys: string[], country: string | null, org: string | null): Promise<PartyActor[]> {
    const k = `${side(country, org)}\u0000${[...keys].sort().join('\u0000')}`;
    let hit = this.found.get(k);
    if (!hit) {
      hit = await actorsByNameKeys(ctx, keys, country, org);
      this.found.set(k, hit);
    }
    return hit;
  }

  /**
   * The person a participant of this side, name and aliases was found to be earlier in the
   * transaction, when that resolution wrote nothing: with the same stored people (nobody of the side
   * added or renamed since) and no corrections, resolving it again gives that person again.
   */
  settledAs(country: string | null, org: string | null, name: string, aliases: readonly string[]): string | undefined {
    return this.settled.get(settledKey(country, org, name, aliases));
  }

  settle(country: string | null, org: string | null, name: string, aliases: readonly string[], actorId: string): void {
    this.settled.set(settledKey(country, org, name, aliases), actorId);
  }

  /** Someone of this side was added or renamed: what was found for it may be out of date. */
  changed(country: string | null, org: string | null): void {
    const prefix = `${side(country, org)}\u0000`;
    for (const k of this.found.keys()) if (k.startsWith(prefix)) this.found.delete(k);
    for (const k of this.settled.keys()) if (k.startsWith(prefix)) this.settled.delete(k);
  }

  clear(): void {
    this.found.clear();
    this.settled.clear();
  }
}

// The side first, as `changed` finds a side's entries; the rest as JSON, so no name can run into the next.
function settledKey(country: string | null, org: string | null, name: string, aliases: readonly string[]): string {
  return `${side(country, org)}\u0000${JSON.stringify([name, aliases])}`;
}

// The side a name is compared within, as actorsByNameKeys reads it: the country, else the organisation.
export function side(country: string | null, org: string | null): string {
  return country ? `c:${country}` : org ? `o:${org}` : '-';
}

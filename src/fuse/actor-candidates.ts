import type { Ctx } from '../store/context.ts';
import { actorsByNameKeys, type PartyActor } from '../store/queries/party-actors.ts';

/**
 * The people a name could be, remembered for one transaction: a batch names the same people over
 * and over, and while it writes, only its own writes change who is stored. Whoever adds or renames
 * someone must call `changed` for that side; whoever ends or rolls back the transaction, `clear`.
 */
export class ActorCandidates {
  private readonly found = new Map<string, PartyActor[]>();

  async find(ctx: Ctx, keys: string[], country: string | null, org: string | null): Promise<PartyActor[]> {
    const k = `${side(country, org)}\u0000${[...keys].sort().join('\u0000')}`;
    let hit = this.found.get(k);
    if (!hit) {
      hit = await actorsByNameKeys(ctx, keys, country, org);
      this.found.set(k, hit);
    }
    return hit;
  }

  /** Someone of this side was added or renamed: what was found for it may be out of date. */
  changed(country: string | null, org: string | null): void {
    const prefix = `${side(country, org)}\u0000`;
    for (const k of this.found.keys()) if (k.startsWith(prefix)) this.found.delete(k);
  }

  clear(): void {
    this.found.clear();
  }
}

// The side a name is compared within, as actorsByNameKeys reads it: the country, else the organisation.
export function side(country: string | null, org: string | null): string {
  return country ? `c:${country}` : org ? `o:${org}` : '-';
}

import type { Engagement } from '../../model/engagement.ts';

export interface EngagementSides {
  /** Distinct actor codes in participant order: ISO3 for states, the acronym for an organisation's people. */
  actors: string[];
  /** The participant country the engagement took place in, or null (a third country, or not known). */
  host: string | null;
}

/**
 * A participant stands for their country when they have one; only people with no country speak for
 * their organisation, so an ambassador seconded to the UN still counts for their state when the record
 * gives the state. Participants with neither are left out: they cannot be an actor.
 */
export function actorCode(p: { country: string | null; org: string | null }): string | null {
  if (p.country) return p.country;
  const org = p.org?.trim();
  return org ? org : null;
}

export function engagementSides(e: Engagement): EngagementSides {
  const actors: string[] = [];
  for (const p of e.participants) {
    const code = actorCode(p);
    if (code && !actors.includes(code)) actors.push(code);
  }
  // Only a participating country can host: a summit in a third country has no host among the parties,
  // and an organisation has no territory to receive anyone on.
  const where = e.location?.country ?? null;
  const countries = new Set(e.participants.map((p) => p.country).filter(Boolean));
  const host = where && countries.has(where) ? where : null;
  return { actors, host };
}

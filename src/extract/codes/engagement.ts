import type { CameoEvent, Engagement, PloverEvent } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import type { EngagementSides } from './actors.ts';
import { RULES } from './rules.ts';
import { cameoEvent } from './table.ts';

const R = RULES.engagement;

/** Whether the engagement happened at a distance, where hosting means nothing. */
export function isRemote(e: Engagement): boolean {
  return R.remote.kinds.includes(e.kind);
}

/**
 * One CAMEO event per ordered pair of distinct actors: CAMEO events are directed, and a meeting
 * is something each side does toward the other (A visits B while B hosts A). 046 negotiation is
 * deliberately never added: see data/codes/README.md.
 */
export function engagementDyads(e: Engagement, sides: EngagementSides): CameoEvent[] {
  const { actors } = sides;
  const host = isRemote(e) ? null : sides.host;
  const out: CameoEvent[] = [];
  for (const source of actors) {
    for (const target of actors) {
      if (source === target) continue;
      out.push(cameoEvent(dyadCode(e, host, source, target), source, target));
    }
  }
  return out;
}

function dyadCode(e: Engagement, host: string | null, source: string, target: string): string {
  if (isRemote(e)) return R.remote.cameo;
  if (host) {
    if (target === host) return R.hosted.guestToHost;
    if (source === host) return R.hosted.hostToGuest;
    // Two guests in the host's country: for them it is a third location.
    return R.hosted.guestToGuest;
  }
  if (e.kind === 'visit' && !e.location?.country) return R.unhosted.visitWithUnknownCountry.cameo;
  return R.unhosted.cameo;
}

/** PLOVER contexts for the engagement's topics, distinct, in topic order. */
export function topicContexts(topics: readonly Topic[]): string[] {
  const out: string[] = [];
  for (const t of topics) {
    for (const c of RULES.topicContexts.map[t] ?? []) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function ploverMode(e: Engagement, sides: EngagementSides): string {
  if (isRemote(e)) return R.remote.ploverMode;
  if (sides.actors.length >= R.multilateral.minActors) return R.multilateral.ploverMode;
  if (sides.host) return R.hosted.ploverMode;
  if (e.kind === 'visit' && !e.location?.country) return R.unhosted.visitWithUnknownCountry.ploverMode;
  return R.unhosted.ploverMode;
}

/**
 * The engagement as a single PLOVER CONSULT event. PLOVER codes the visitor as actor and the host as
 * recipient when one side hosts; when nobody does (calls, third locations) every party is an actor
 * and there is no recipient, which is how its manual treats reciprocal events.
 */
export function engagementPlover(e: Engagement, sides: EngagementSides): PloverEvent {
  const host = isRemote(e) ? null : sides.host;
  return {
    event: R.ploverEvent,
    mode: ploverMode(e, sides),
    context: topicContexts(e.topics ?? []),
    actors: host ? sides.actors.filter((a) => a !== host) : [...sides.actors],
    recipients: host ? [host] : [],
  };
}

import type { CameoEvent, Outcome, PloverEvent } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import { RULES, type TopicCodes } from './rules.ts';
import { cameo, cameoEvent } from './table.ts';

// Quantities carry money as an ISO 4217 code ("USD") and everything else as a lower-case noun
// ("documents"), so three capitals is enough to tell a sum of money from a count.
const CURRENCY = /^[A-Z]{3}$/;

export function isMoney(o: Outcome): boolean {
  return !!o.quantity && CURRENCY.test(o.quantity.unit);
}

/**
 * An outcome has no topic of its own, so the engagement's topics pick the 03x sub-code, and only when
 * they leave no doubt: all economic, all security, or a mix of just those two (material cooperation).
 * Anything else, including no topics, falls back to the general code rather than guessing.
 */
export function topicFamilyCode(codes: TopicCodes, topics: readonly Topic[]): string {
  if (topics.length === 0) return codes.other;
  const { economic, military } = RULES.topicFamilies;
  if (allIn(topics, economic, null)) return codes.economic;
  if (allIn(topics, military, null)) return codes.military;
  if (allIn(topics, economic, military)) return codes.material;
  return codes.other;
}

// A loop rather than predicates made per call: tsx wraps each named closure in a naming helper,
// which cost more than the test, once per outcome.
function allIn(topics: readonly Topic[], family: readonly Topic[], orFamily: readonly Topic[] | null): boolean {
  for (const t of topics) if (!family.includes(t) && !(orFamily !== null && orFamily.includes(t))) return false;
  return true;
}

export function outcomeCode(o: Outcome, topics: readonly Topic[]): string {
  const rule = RULES.outcomes[o.kind];
  if ('cameo' in rule) return rule.cameo;
  if ('byTopicFamily' in rule) return topicFamilyCode(rule.byTopicFamily, topics);
  return isMoney(o) ? rule.withMoney : rule.withoutMoney;
}

/**
 * Who acts on whom. A named `by` acts on the named `to`, or on every other party when `to` is null.
 * With no `by` the outcome is the sides' joint act (a signing, an agreement), so every party acts on
 * every other, or on `to` when only the recipient is named.
 */
function directions(o: Outcome, actors: readonly string[]): { sources: string[]; targets: string[] } {
  if (o.by) return { sources: [o.by], targets: o.to ? [o.to] : actors.filter((a) => a !== o.by) };
  if (o.to) return { sources: actors.filter((a) => a !== o.to), targets: [o.to] };
  return { sources: [...actors], targets: [...actors] };
}

export function codeOutcome(o: Outcome, actors: readonly string[], topics: readonly Topic[]): { cameo: CameoEvent[]; plover: PloverEvent | null } {
  const code = outcomeCode(o, topics);
  const { sources, targets } = directions(o, actors);
  const events: CameoEvent[] = [];
  for (const s of sources) for (const t of targets) if (s !== t) events.push(cameoEvent(code, s, t));

  // PLOVER dropped CAMEO's comments (01) and appeals (02): a condolence has no PLOVER event.
  const mapping = cameo(code)?.plover;
  if (!mapping || mapping.event === 'DROPPED') return { cameo: events, plover: null };
  const reciprocal = !o.by && !o.to;
  return {
    cameo: events,
    plover: {
      event: mapping.event,
      mode: mapping.mode,
      context: [...mapping.context],
      actors: sources,
      // PLOVER lists every party as actor and no recipient for a reciprocal act.
      recipients: reciprocal ? [] : targets.filter((t) => !sources.includes(t)),
    },
  };
}

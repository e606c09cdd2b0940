import type { Engagement, EngagementKind, Outcome, Participant } from '../../../src/model/engagement.ts';
import type { Topic } from '../../../src/model/topics.ts';

export function person(country: string | null, org: string | null = null, name = 'X'): Participant {
  return { name, role: null, country, org };
}

export function engagement(kind: EngagementKind, countries: (string | Participant)[], where: string | null,
  extra: { topics?: Topic[]; outcomes?: Outcome[] } = {}): Engagement {
  return {
    kind,
    date: null,
    location: { place: null, country: where },
    occasion: null,
    participants: countries.map((c) => (typeof c === 'string' ? person(c) : c)),
    topics: extra.topics ?? [],
    outcomes: extra.outcomes ?? [],
    evidence: '',
  };
}

export function outcome(kind: Outcome['kind'], by: string | null = null, to: string | null = null,
  quantity: Outcome['quantity'] = null): Outcome {
  return { kind, by, to, summary: kind, quantity };
}

import type { Span } from './span.ts';
import type { Topic } from './topics.ts';

export const ENGAGEMENT_KINDS = ['meeting', 'phone_call', 'video_call', 'visit'] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const OUTCOME_KINDS = [
  'proposal', 'agreement', 'invitation', 'acceptance', 'target', 'signing', 'support',
  'gratitude', 'congratulation', 'condolence',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** An amount; money carries its ISO 4217 code as unit ("USD"), counts and durations a noun ("documents", "months"). */
export interface Quantity {
  value: number;
  unit: string;
}

export interface Participant {
  name: string | null;
  role: string | null;
  /** ISO 3166-1 alpha-3 of the country represented, or null (e.g. an international organisation's official). */
  country: string | null;
  /** Acronym of the international organisation represented, or null. */
  org: string | null;
}

export interface Outcome {
  kind: OutcomeKind;
  by: string | null;
  to: string | null;
  summary: string;
  quantity: Quantity | null;
}

export interface Location {
  place: string | null;
  country: string | null;
}

/** The engagement record exactly as ../shared/eval/SCHEMA.md defines it. */
export interface Engagement {
  kind: EngagementKind;
  date: string | null;
  location: Location;
  occasion: string | null;
  participants: Participant[];
  topics: Topic[];
  outcomes: Outcome[];
  evidence: string;
}

export interface EngagementSpans {
  evidence: Span[];
  /** One list of mention spans per participant, in participant order. */
  participants: Span[][];
  date: Span | null;
  place: Span | null;
  occasion: Span | null;
  topics: { topic: Topic; span: Span }[];
  /** One span per outcome, in outcome order. */
  outcomes: Span[];
}

/** A CAMEO event for one directed dyad (source acts on target), with its Goldstein value. */
export interface CameoEvent {
  code: string;
  name: string;
  goldstein: number | null;
  quadClass: number | null;
  source: string | null;
  target: string | null;
}

/** A PLOVER event: one per engagement or outcome. */
export interface PloverEvent {
  event: string;
  mode: string | null;
  context: string[];
  actors: string[];
  recipients: string[];
}

export interface Codes {
  cameo: CameoEvent[];
  plover: PloverEvent;
  /** Codes for each outcome, in outcome order. */
  outcomes: { cameo: CameoEvent[]; plover: PloverEvent | null }[];
}

/** What `extract` prints per engagement: the SCHEMA record plus provenance. */
export interface EngagementRecord extends Engagement {
  id: string;
  confidence: number;
  spans: EngagementSpans;
  codes: Codes;
}

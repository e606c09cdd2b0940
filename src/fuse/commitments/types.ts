import type { EngagementKind, Outcome, OutcomeKind, Participant, Quantity } from '../../model/engagement.ts';

export const COMMITMENT_STATUSES = ['proposed', 'agreed', 'accepted', 'fulfilled', 'lapsed'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** What a commitment is about decides which later reports can follow it up. */
export type CommitmentSubject = 'visit' | 'event' | 'trade_volume' | 'body' | 'other';

export const LINK_RELATIONS = ['fulfils', 'updates', 'restates', 'accepts', 'agrees'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export type LinkReview = 'confirmed' | 'rejected';

/** A fused engagement as commitments see it: what happened, when, and who took part. */
export interface EngagementFacts {
  id: string;
  kind: EngagementKind;
  date: string | null;
  /** The date, or when it was first reported if the text gave none. */
  when: string | null;
  place: string | null;
  country: string | null;
  participants: Participant[];
  outcomes: Outcome[];
  countries: string[];
}

/** One sentence of an article that reports an engagement, with the article's date. */
export interface SourceSentence {
  article_id: string;
  published: string | null;
  text: string;
}

/** Where derivation reads the record from: the store in production, plain arrays in tests. */
export interface FactSource {
  engagements(): EngagementFacts[];
  /** The sentence stating each outcome of an engagement, keyed by the outcome's key. */
  outcomeSentences(engagementId: string): Promise<Map<string, SourceSentence>>;
  /** Every sentence of every article reporting an engagement. */
  sentences(engagementId: string): Promise<SourceSentence[]>;
}

/** A forward-looking outcome read as a promise, before any follow-up is known. */
export interface CommitmentDraft {
  id: string;
  engagementId: string;
  outcomeKey: string;
  kind: OutcomeKind;
  subject: CommitmentSubject;
  by: string | null;
  to: string | null;
  /** The sides that owe it (the invitee for an invitation; both sides when the text does not say). */
  owedBy: string[];
  owedTo: string[];
  summary: string;
  quantity: Quantity | null;
  deadline: string | null;
  deadlineText: string | null;
  originDate: string | null;
  /** True when the same engagement records the invitation's acceptance. */
  acceptedAtOrigin: boolean;
  /** Subject details the follow-up rules use: the destination of a visit, the body to be set up. */
  detail: CommitmentDetail;
}

export interface CommitmentDetail {
  destination?: string | null;
  invitee?: string | null;
  body?: string | null;
  metric?: string | null;
  sentence?: string | null;
}

export interface LinkDraft {
  id: string;
  commitmentId: string;
  engagementId: string;
  relation: LinkRelation;
  reason: string;
  confidence: number;
  /** date: of the linked report; outcomeKey: the outcome in it that restates this promise. */
  detail: { reached?: Quantity; year?: number | null; date?: string | null; outcomeKey?: string };
}

/** A link as stored: a rule's proposal or a person's addition, with the person's verdict if any. */
export interface StoredLink extends LinkDraft {
  auto: boolean;
  review: LinkReview | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewWhy: string | null;
}

export interface StatusEvent {
  status: CommitmentStatus;
  date: string | null;
  engagementId: string | null;
  linkId: string | null;
  reason: string;
}

export interface DeriveOptions {
  /** The day statuses are judged on; defaults to today. */
  asOf?: string;
  /** Months without a follow-up after which an unfulfilled commitment lapses. */
  horizonMonths?: number;
}

export const DEFAULT_HORIZON_MONTHS = 24;
/** Links below this confidence are shown but do not change a status until a person confirms them. */
export const STATUS_CONFIDENCE = 0.5;

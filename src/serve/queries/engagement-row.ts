import type { EngagementKind, Outcome, Participant } from '../../model/engagement.ts';
import type { Topic } from '../../model/topics.ts';
import type { Store } from './store.ts';

/** An engagement as lists show it: the fused record without its per-source detail. */
export interface EngagementSummary {
  id: string;
  kind: EngagementKind;
  date: string | null;
  location: { place: string | null; country: string | null };
  occasion: string | null;
  participants: Participant[];
  countries: string[];
  topics: Topic[];
  outcomes: Outcome[];
  evidence: string;
  confidence: number;
  num_sources: number;
  num_articles: number;
  first_reported: string | null;
  last_reported: string | null;
}

export const SUMMARY_COLUMNS = [
  'id', 'kind', 'date', 'place', 'country', 'occasion', 'participants', 'topics', 'outcomes', 'evidence',
  'confidence', 'num_sources', 'num_articles', 'first_reported', 'last_reported',
] as const;

export interface SummaryRow {
  id: string;
  kind: string;
  date: string | null;
  place: string | null;
  country: string | null;
  occasion: string | null;
  participants: unknown;
  topics: unknown;
  outcomes: unknown;
  evidence: string;
  confidence: number;
  num_sources: number;
  num_articles: number;
  first_reported: string | null;
  last_reported: string | null;
}

export function toSummary(store: Store, r: SummaryRow): EngagementSummary {
  const participants = store.json.read<Participant[]>(r.participants) ?? [];
  const countries = [...new Set(participants.map((p) => p.country?.toUpperCase()).filter((c): c is string => !!c))].sort();
  return {
    id: r.id,
    kind: r.kind as EngagementKind,
    date: r.date,
    location: { place: r.place, country: r.country },
    occasion: r.occasion,
    participants,
    countries,
    topics: store.json.read<Topic[]>(r.topics) ?? [],
    outcomes: store.json.read<Outcome[]>(r.outcomes) ?? [],
    evidence: r.evidence,
    confidence: Number(r.confidence),
    num_sources: Number(r.num_sources),
    num_articles: Number(r.num_articles),
    first_reported: r.first_reported,
    last_reported: r.last_reported,
  };
}

import type { Span } from '../../model/span.ts';

/** A person as the extractor knows them while reading one article. */
export interface Person {
  id: string;
  name: string;
  /** Folded name tokens, for matching later mentions ("Tokayev", "Xi", "Lula"). */
  tokens: string[];
  role: string | null;
  country: string | null;
  org: string | null;
  /** How the country was learned; text beats dictionaries only when the user's dictionary is silent. */
  source: 'text' | 'user-dictionary' | 'builtin-dictionary' | 'context';
  /** "his Chinese counterpart": take the role of the person they met. */
  counterpart: boolean;
  mentions: Span[];
  /** Sentence index of the first mention. */
  first: number;
}

export type MentionKind = 'person' | 'country' | 'org' | 'plural' | 'pronoun' | 'role';

/** Something in a sentence that can act or be acted on: a person, a country (or its capital), both sides... */
export interface ActorMention {
  start: number;
  end: number;
  kind: MentionKind;
  personId: string | null;
  iso3: string | null;
  org: string | null;
  /** A demonym used as an adjective ("Kazakh initiatives"): it names a country but rarely acts. */
  weak: boolean;
  /** For role-only mentions ("the foreign ministers of Kazakhstan and Kyrgyzstan"). */
  role: string | null;
}

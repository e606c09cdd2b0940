import type { Span } from './span.ts';

/** A person the article mentions, with what the text (or a dictionary) says of them. */
export interface Actor {
  id: string;
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  org: string | null;
  /** Where the role/country came from: the text itself, the user's dictionary, or the built-in officials list. */
  source: 'text' | 'user-dictionary' | 'builtin-dictionary' | 'context';
  mentions: Span[];
}

/** One entry of an actor dictionary (the user's --actors file or the built-in officials list). */
export interface DictionaryEntry {
  name: string;
  aliases: string[];
  role: string | null;
  country: string | null;
  org: string | null;
  /** Inclusive validity, YYYY-MM-DD or null for open-ended. */
  validFrom: string | null;
  validTo: string | null;
}

import type { Actor } from './actor.ts';
import type { EngagementRecord } from './engagement.ts';

export interface ArticleSummary {
  title: string | null;
  published: string | null;
  url: string | null;
  textLength: number;
  /** Present when the extractor read only the first part of a very long text: how many characters it read. */
  readLength?: number;
  language: string | null;
  source: string | null;
}

/** What `extract --format json` prints for one article. */
export interface ExtractionResult {
  article: ArticleSummary;
  engagements: EngagementRecord[];
  actors: Actor[];
  extractor: { name: 'readout'; version: string };
}

import type { Actor } from './actor.ts';
import type { EngagementRecord } from './engagement.ts';

export interface ArticleSummary {
  title: string | null;
  published: string | null;
  url: string | null;
  textLength: number;
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

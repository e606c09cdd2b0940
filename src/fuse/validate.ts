import type { Article } from '../model/article.ts';
import { ENGAGEMENT_KINDS } from '../model/engagement.ts';
import type { ExtractionResult } from '../model/result.ts';
import { isYmd } from './dates.ts';

/** Why an article cannot be stored, or null when it can. */
export function articleProblem(a: Article): string | null {
  if (!a || typeof a !== 'object') return 'not an article object';
  if (typeof a.text !== 'string') return 'the article has no text field';
  if (!a.text.trim()) return 'the article text is empty';
  if (a.published !== null && a.published !== undefined && !isYmd(a.published)) {
    return `published date "${a.published}" is not a YYYY-MM-DD date`;
  }
  return null;
}

/** Why an extractor's output cannot be stored, or null; checked so one bad result fails one article, not the store. */
export function resultProblem(r: ExtractionResult): string | null {
  if (!r || typeof r !== 'object' || !Array.isArray(r.engagements)) return 'the extractor returned no engagements array';
  for (const [i, e] of r.engagements.entries()) {
    if (!e || typeof e !== 'object') return `engagement ${i} is not an object`;
    if (!(ENGAGEMENT_KINDS as readonly string[]).includes(e.kind)) return `engagement ${i} has unknown kind "${String(e.kind)}"`;
    if (!Array.isArray(e.participants)) return `engagement ${i} has no participants array`;
    if (e.date !== null && !isYmd(e.date)) return `engagement ${i} has date "${String(e.date)}", not YYYY-MM-DD or null`;
    if (!Array.isArray(e.topics) || !Array.isArray(e.outcomes)) return `engagement ${i} lacks topics or outcomes arrays`;
  }
  return null;
}

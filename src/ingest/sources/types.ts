import type { Article } from '../../model/article.ts';

/** An input that could not be turned into articles; reported and skipped, never fatal to the run. */
export interface SourceFailure {
  kind: 'source-failure';
  /** The path, URL or feed item that failed. */
  source: string;
  reason: string;
}

export type SourceItem = Article | SourceFailure;

export function isSourceFailure(x: unknown): x is SourceFailure {
  return !!x && typeof x === 'object' && (x as { kind?: unknown }).kind === 'source-failure';
}

export function sourceFailure(source: string, reason: string): SourceFailure {
  return { kind: 'source-failure', source, reason };
}

/** An article as the pipeline sees it, after ingest has decoded and cleaned it. */
export interface Article {
  text: string;
  title: string | null;
  /** Publication date, YYYY-MM-DD; relative dates in the text are resolved against it. */
  published: string | null;
  url: string | null;
  language: string | null;
  /** Where it came from: a file path, "stdin", a URL. */
  source?: string | null;
}

/** A stretch of the article text: `text` always equals `article.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export function makeSpan(source: string, start: number, end: number): Span {
  return { start, end, text: source.slice(start, end) };
}

import type { Article } from '../model/article.ts';
import { UserError } from '../model/errors.ts';
import { cleanText } from './clean-text.ts';
import { resolveOptions, type ReadOptions } from './options.ts';

const MAX_HEADLINE_CHARS = 250;
const MAX_HEADLINE_WORDS = 30;
// Headlines do not end like a sentence or an introduction to a list; "?" and "!" do occur in them.
const SENTENCE_END = /[.,;:]$/;
const HAS_LETTER = /\p{L}/u;

/** The first line of cleaned text when it reads as a headline (short, no closing full stop, more text follows). */
export function headlineOf(text: string): string | null {
  const nl = text.indexOf('\n');
  if (nl < 0 || nl > MAX_HEADLINE_CHARS) return null;
  const first = text.slice(0, nl).trim();
  if (first.length < 2 || SENTENCE_END.test(first) || !HAS_LETTER.test(first)) return null;
  if (first.split(' ').length > MAX_HEADLINE_WORDS) return null;
  if (!/\S/.test(text.slice(nl))) return null;
  return first;
}

export function emptyInputError(name: string, what = 'no text (it is empty or holds only whitespace)'): UserError {
  return new UserError('empty-input', `${name}: ${what}`, 'pass a file that holds the article text');
}

/** A plain-text article: cleaned, with its first line as title when that line looks like a headline. */
export function articleFromText(text: string, name: string, opts: ReadOptions): Article {
  const options = resolveOptions(opts);
  const cleaned = cleanText(text);
  if (cleaned === '') throw emptyInputError(name);
  return {
    text: cleaned,
    title: headlineOf(cleaned),
    published: options.published,
    url: options.url,
    language: null,
    source: name,
  };
}

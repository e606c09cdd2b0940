import type { Article } from '../model/article.ts';
import { UserError } from '../model/errors.ts';
import { cleanText } from './clean-text.ts';
import { parseArticleDate } from './dates.ts';
import { htmlToArticle } from './html.ts';
import type { ResolvedOptions } from './options.ts';
import { emptyInputError, headlineOf } from './text.ts';

const OBJECT_HINT = 'each article is an object like {"url": "...", "title": "...", "published": "YYYY-MM-DD", "text": "..."} (or "html" instead of "text")';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function badArticle(where: string, what: string): UserError {
  return new UserError('bad-article', `${where}: ${what}`, OBJECT_HINT);
}

/** A field that may be absent or null, else must be a string. */
function optionalString(record: Record<string, unknown>, key: string, where: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw badArticle(where, `"${key}" must be a string, not ${describe(value)}`);
  return value.trim() === '' ? null : value.trim();
}

/**
 * One article object ({url, title, published, text | html}). Explicit fields beat what the HTML's
 * own metadata says; the user's --published/--url beat both. `source_url` (the eval gold files'
 * name) is accepted for `url`.
 */
export function articleFromObject(value: unknown, where: string, options: ResolvedOptions): Article {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badArticle(where, `expected an article object, found ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const text = record.text;
  const html = record.html;
  if (text !== undefined && text !== null && typeof text !== 'string') {
    throw badArticle(where, `"text" must be a string, not ${describe(text)}`);
  }
  if (html !== undefined && html !== null && typeof html !== 'string') {
    throw badArticle(where, `"html" must be a string, not ${describe(html)}`);
  }
  if (typeof text !== 'string' && typeof html !== 'string') throw badArticle(where, 'has neither "text" nor "html"');

  const url = optionalString(record, 'url', where) ?? optionalString(record, 'source_url', where);
  const title = optionalString(record, 'title', where);
  const language = optionalString(record, 'language', where);
  const rawDate = optionalString(record, 'published', where);
  const published = rawDate === null ? null : parseArticleDate(rawDate);
  if (rawDate !== null && published === null) {
    throw new UserError('bad-date', `${where}: "published" '${rawDate}' is not a date; use YYYY-MM-DD`, OBJECT_HINT);
  }

  // "text" wins when both are given: it is what someone already extracted from the page.
  if (typeof text === 'string') {
    const cleaned = cleanText(text);
    if (cleaned === '') throw emptyInputError(where, '"text" is empty');
    return {
      text: cleaned,
      title: title === null ? headlineOf(cleaned) : cleanText(title),
      published: options.published ?? published,
      url: options.url ?? url,
      language,
      source: where,
    };
  }
  const page = htmlToArticle(html as string, { url: options.url ?? url, name: where });
  if (page.text === '') throw emptyInputError(where, '"html" holds no article text');
  return {
    text: page.text,
    title: title === null ? page.title : cleanText(title),
    published: options.published ?? published ?? page.published,
    url: page.url,
    language: language ?? page.language,
    source: where,
  };
}

function badJson(where: string, error: unknown, hint: string): UserError {
  const reason = error instanceof Error ? error.message : String(error);
  return new UserError('bad-json', `${where}: not valid JSON (${reason})`, hint);
}

/** A .json file: one article object or an array of them. Items are named `file[index]` in errors. */
export function articlesFromJson(text: string, name: string, options: ResolvedOptions): Article[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const firstLine = text.trimStart().split('\n', 1)[0];
    let jsonLines = false;
    try {
      jsonLines = typeof JSON.parse(firstLine) === 'object';
    } catch {
      // not JSON Lines either; the original error stands
    }
    throw badJson(
      name,
      error,
      jsonLines ? 'it looks like JSON Lines (one object per line); name the file .jsonl' : 'fix the syntax; a JSON validator shows where it breaks',
    );
  }
  if (!Array.isArray(data)) return [articleFromObject(data, name, options)];
  if (data.length === 0) throw emptyInputError(name, 'the JSON array holds no articles');
  return data.map((item, i) => articleFromObject(item, `${name}[${i}]`, options));
}

/** A .jsonl file: one article object per line, blank lines skipped. Items are named `file:line` in errors. */
export function articlesFromJsonLines(text: string, name: string, options: ResolvedOptions): Article[] {
  const articles: Article[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const where = `${name}:${i + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw badJson(where, error, 'each line must hold one complete JSON object');
    }
    articles.push(articleFromObject(data, where, options));
  }
  if (articles.length === 0) throw emptyInputError(name, 'no article lines (the file is empty or blank)');
  return articles;
}

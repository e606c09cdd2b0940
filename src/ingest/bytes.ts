import { extname } from 'node:path';
import type { Article } from '../model/article.ts';
import { decodeBytes } from './decode.ts';
import { htmlToArticle } from './html.ts';
import { isProbablyHtml } from './html-detect.ts';
import { articlesFromJson, articlesFromJsonLines } from './json-articles.ts';
import { resolveOptions, tooLargeError, type ReadOptions, type ResolvedOptions } from './options.ts';
import { articleFromText, emptyInputError } from './text.ts';

const JSON_EXTENSIONS = new Set(['.json']);
const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

// Standard input and extension-less files carry no type; JSON is recognised by parsing, and only
// when it holds article objects, so prose that happens to open with "[" or "{" stays prose.
function sniffJson(text: string): 'json' | 'jsonl' | null {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return null;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null) return 'json';
  } catch {
    // fall through to the line-by-line check
  }
  if (start !== '{') return null;
  const firstLine = text.trimStart().split('\n', 1)[0];
  try {
    const data: unknown = JSON.parse(firstLine);
    if (typeof data === 'object' && data !== null && ('text' in data || 'html' in data)) return 'jsonl';
  } catch {
    // not JSON
  }
  return null;
}

function fromHtml(html: string, name: string, options: ResolvedOptions): Article {
  const page = htmlToArticle(html, { url: options.url, name });
  if (page.text === '') {
    throw emptyInputError(name, 'no article text found in the HTML page (it may build its text with scripts)');
  }
  return {
    text: page.text,
    title: page.title,
    published: options.published ?? page.published,
    url: page.url,
    language: page.language,
    source: name,
  };
}

/**
 * The articles in one input's bytes, dispatched on its name and content: .json (an object or an
 * array), .jsonl (one object per line), an HTML page, or plain text.
 */
export function articlesFromBytes(bytes: Buffer, name: string, opts: ReadOptions): Article[] {
  const options = resolveOptions(opts);
  if (bytes.length > options.maxBytes) throw tooLargeError(name, bytes.length, options.maxBytes);
  if (bytes.length === 0) throw emptyInputError(name, 'the input is empty (0 bytes)');
  const text = decodeBytes(bytes, name);

  const ext = extname(name).toLowerCase();
  let kind: 'json' | 'jsonl' | null = null;
  if (JSON_EXTENSIONS.has(ext)) kind = 'json';
  else if (JSON_LINES_EXTENSIONS.has(ext)) kind = 'jsonl';
  else if (ext === '') kind = sniffJson(text);
  if (kind === 'json') return articlesFromJson(text, name, options);
  if (kind === 'jsonl') return articlesFromJsonLines(text, name, options);

  if (isProbablyHtml(text, name)) return [fromHtml(text, name, options)];
  return [articleFromText(text, name, options)];
}

import { open, readFile, stat } from 'node:fs/promises';
import type { Article } from '../../model/article.ts';
import { UserError } from '../../model/errors.ts';
import { articlesFromBytes } from '../bytes.ts';
import { decodeBytes } from '../decode.ts';
import { DEFAULT_MAX_BYTES } from '../options.ts';
import { readArticles } from '../read.ts';
import { feedArticles } from './feed-articles.ts';
import { looksLikeFeed } from './feed.ts';
import { fetchUrl, type FetchOptions } from './fetch-url.ts';
import { sourceFailure, type SourceItem } from './types.ts';
import { isFeedPath, walkDirectory } from './walk.ts';

export interface SourceOptions extends Omit<FetchOptions, 'maxBytes'> {
  /** Largest file or response accepted, in bytes. */
  maxBytes?: number;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Checks the arguments before anything is read, so a typo fails at once rather than in the summary. */
export async function checkSourceArgs(args: string[]): Promise<void> {
  if (!args.length) throw new UserError('no-input', 'no input given', 'name files, directories, feeds or http(s) URLs to ingest');
  if (args.filter((a) => a === '-').length > 1) throw new UserError('bad-option', 'standard input ("-") can be read only once', 'name it once');
  for (const a of args) {
    if (a === '-') continue;
    if (URL_LIKE.test(a)) {
      if (!/^https?:\/\//i.test(a)) throw new UserError('bad-url', `${a}: only http and https URLs can be ingested`, 'give a file path or an http(s) URL');
      try {
        new URL(a);
      } catch {
        throw new UserError('bad-url', `${a}: not a valid URL`, 'check the address');
      }
      continue;
    }
    try {
      await stat(a);
    } catch {
      throw new UserError('missing-file', `no such file or directory: ${a}`, 'check the path; URLs must start with http:// or https://');
    }
  }
}

/** The articles a fetched URL holds: a page, a text, JSON article objects, or a feed's items. */
async function* fromUrl(url: string, opts: SourceOptions, depth: number): AsyncGenerator<SourceItem> {
  const got = await fetchUrl(url, opts);
  if (got.kind === 'feed' || (got.kind !== 'json' && got.kind !== 'jsonl' && looksLikeFeed(got.bytes.subarray(0, 2048).toString('utf8')))) {
    // A feed's links are pages, never further feeds: one level keeps a feed from chaining to others.
    const readLink = depth === 0 ? (link: string) => urlArticles(link, opts) : null;
    yield* feedArticles(decodeBytes(got.bytes, got.url), got.url, readLink);
    return;
  }
  for (const a of await urlArticles(url, opts, got)) yield a;
}

async function urlArticles(url: string, opts: SourceOptions, fetched?: Awaited<ReturnType<typeof fetchUrl>>): Promise<Article[]> {
  const got = fetched ?? (await fetchUrl(url, opts));
  if (got.kind === 'feed') throw new UserError('bad-feed', `${got.url}: a feed item links to another feed`, 'feed items must link to article pages');
  // The fragment's extension steers articlesFromBytes by content type; a page or text takes the final address as its URL.
  const typed = `${got.url}#.${got.kind === 'text' ? 'txt' : got.kind}`;
  const articles = articlesFromBytes(got.bytes, typed, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, url: got.kind === 'html' || got.kind === 'text' ? got.url : null });
  return articles.map((a) => ({ ...a, source: got.url }));
}

async function* fromFile(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  if (isFeedPath(path) || (await sniffFeedFile(path))) {
    const bytes = await readFile(path);
    if (bytes.length > (opts.maxBytes ?? DEFAULT_MAX_BYTES)) throw new UserError('too-large', `${path}: ${bytes.length} bytes is over the limit`, 'split the feed or raise --max-bytes');
    yield* feedArticles(decodeBytes(bytes, path), path, (link) => urlArticles(link, opts));
    return;
  }
  for (const a of await readArticles(path, { maxBytes: opts.maxBytes })) yield a;
}

async function sniffFeedFile(path: string): Promise<boolean> {
  if (!/\.(html?|xhtml)$|^[^.]*$/i.test(path.split('/').pop() ?? '')) return false;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(2048);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return looksLikeFeed(buf.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await fh.close();
  }
}

/**
 * Expands command-line inputs into a stream of articles: files, directories (recursively, in name
 * order), RSS and Atom feeds, http(s) URLs, and "-" for standard input. An input that cannot be
 * read becomes a SourceFailure in the stream and the rest go on.
 */
export async function* expandSources(args: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const arg of args) {
    if (opts.signal?.aborted) return;
    try {
      if (URL_LIKE.test(arg)) {
        yield* fromUrl(arg, opts, 0);
      } else if (arg === '-') {
        for (const a of await readArticles('-', { maxBytes: opts.maxBytes })) yield a;
      } else if ((await stat(arg)).isDirectory()) {
        for await (const path of walkDirectory(arg)) {
          if (opts.signal?.aborted) return;
          try {
            yield* fromFile(path, opts);
          } catch (err) {
            yield sourceFailure(path, describe(err));
          }
        }
      } else {
        yield* fromFile(arg, opts);
      }
    } catch (err) {
      yield sourceFailure(arg, describe(err));
    }
  }
}

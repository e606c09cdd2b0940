// Child process of the hostile-corpus run: feeds each input through the real readers (readArticles
// or the feed reader for a typed reason, expandSources for the stream), the extractor and
// ingestArticles into a temporary store, and prints one result line per input. The parent times
// each input and watches memory; anything that escapes here as an exception is a crash.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractArticle } from '../src/extract/index.ts';
import { ingestArticles } from '../src/fuse/ingest.ts';
import { articlesFromBytes } from '../src/ingest/bytes.ts';
import { decodeBytes } from '../src/ingest/decode.ts';
import { readArticles } from '../src/ingest/read.ts';
import { DEFAULT_MAX_BYTES } from '../src/ingest/options.ts';
import { expandSources } from '../src/ingest/sources/expand.ts';
import { FetchError, fetchUrl } from '../src/ingest/sources/fetch-url.ts';
import { looksLikeFeed, parseFeed } from '../src/ingest/sources/feed.ts';
import { isSourceFailure, type SourceItem } from '../src/ingest/sources/types.ts';
import { isFeedPath } from '../src/ingest/sources/walk.ts';
import type { Article } from '../src/model/article.ts';
import { UserError } from '../src/model/errors.ts';
import { openStore } from '../src/store/db.ts';

export interface InputResult {
  verdict: 'accepted' | 'rejected' | 'crashed';
  /** For a rejection, the UserError code (or the harness's code for per-item failures); for a crash, what broke. */
  reason: string;
  articles: number;
  engagements: number;
  ms: number;
}

const [listFile, fromArg] = process.argv.slice(2);
const inputs = JSON.parse(readFileSync(listFile, 'utf8')) as string[];
const dir = mkdtempSync(join(tmpdir(), 'readout-hostile-store-'));
const store = await openStore(join(dir, 'hostile.db'));

// A loopback server for the "served-" inputs: their bytes go out as gzip-encoded responses, so a
// client that inflated bodies would meet the bomb.
let served: Buffer = Buffer.alloc(0);
let servedType = 'text/html';
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': servedType, 'content-encoding': 'gzip', 'content-length': served.length });
  res.end(served);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// The first extraction loads lexicons and gazetteers; done here so no input's timer pays for it.
extractArticle({ text: 'President Tokayev of Kazakhstan met President Khurelsukh of Mongolia in Astana.', title: null, published: '2024-07-03', url: null, language: 'en' });
process.stdout.write('ready\n');

function spansHold(text: string, spans: unknown): boolean {
  // Every {start, end, text} anywhere in the spans tree must be the slice it claims to be.
  const stack: unknown[] = [spans];
  while (stack.length) {
    const x = stack.pop();
    if (Array.isArray(x)) stack.push(...x);
    else if (x && typeof x === 'object') {
      const s = x as { start?: unknown; end?: unknown; text?: unknown };
      if (typeof s.start === 'number' && typeof s.end === 'number' && typeof s.text === 'string') {
        if (s.start < 0 || s.end > text.length || s.start > s.end || text.slice(s.start, s.end) !== s.text) return false;
      } else stack.push(...Object.values(x));
    }
  }
  return true;
}

/** The typed reason the reader itself gives, by calling it directly; null when it read something. */
async function directReason(path: string, url: string | null): Promise<string | null> {
  try {
    if (url) {
      const got = await fetchUrl(url, { allowOrigins: [origin] });
      if (got.kind === 'feed') parseFeed(decodeBytes(got.bytes, got.url), got.url);
      else articlesFromBytes(got.bytes, `${got.url}#.${got.kind === 'text' ? 'txt' : got.kind}`, {});
      return null;
    }
    const head = readFileSync(path).subarray(0, 2048).toString('utf8');
    if (isFeedPath(path) || looksLikeFeed(head)) {
      const bytes = readFileSync(path);
      if (bytes.length > DEFAULT_MAX_BYTES) return 'too-large';
      parseFeed(decodeBytes(bytes, path), path);
      return null;
    }
    await readArticles(path, {});
    return null;
  } catch (err) {
    if (err instanceof UserError) return err.code;
    if (err instanceof FetchError) return 'fetch-refused';
    throw err;
  }
}

async function one(path: string): Promise<Omit<InputResult, 'ms'>> {
  let url: string | null = null;
  if (basename(path).startsWith('served-')) {
    served = readFileSync(path);
    servedType = path.endsWith('.xml') ? 'application/rss+xml' : 'text/html';
    url = `${origin}/${basename(path)}`;
  }
  const reason = await directReason(path, url);
  const items: SourceItem[] = [];
  for await (const x of expandSources([url ?? path], { allowOrigins: [origin] })) items.push(x);
  const articles = items.filter((x): x is Article => !isSourceFailure(x));
  if (reason && articles.length) return { verdict: 'crashed', reason: `the reader refused it (${reason}) but expandSources read ${articles.length} articles`, articles: articles.length, engagements: 0 };

  let engagements = 0;
  // The extractor on every distinct article the readers produced (ingest would skip the ones it has
  // seen; the extractor is deterministic, so a repeated text would only repeat the check).
  const seen = new Set<string>();
  for (const a of articles) {
    const key = `${a.url ?? ''}\u0000${a.published ?? ''}\u0000${a.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = extractArticle(a);
    engagements += r.engagements.length;
    for (const e of r.engagements) {
      if (!spansHold(a.text, e.spans)) return { verdict: 'crashed', reason: 'a span does not match the article text', articles: articles.length, engagements };
    }
  }
  const summary = await ingestArticles(store, items, (a) => extractArticle(a));
  const broken = summary.failures.find((f) => /^(the extractor failed|storing failed)/.test(f.reason));
  if (broken) return { verdict: 'crashed', reason: broken.reason.slice(0, 300), articles: articles.length, engagements };
  if (summary.new + summary.duplicates > 0) return { verdict: 'accepted', reason: '', articles: articles.length, engagements };
  if (reason) return { verdict: 'rejected', reason, articles: 0, engagements: 0 };
  // The reader took the input but every article or item in it failed on its own (a feed of bare
  // teasers, JSON objects without text): typed by where the failure arose.
  const failures = items.filter(isSourceFailure);
  if (failures.length) return { verdict: 'rejected', reason: 'no-usable-item', articles: 0, engagements: 0 };
  if (summary.failed) return { verdict: 'rejected', reason: 'invalid-article', articles: 0, engagements: 0 };
  return { verdict: 'rejected', reason: 'no-articles', articles: 0, engagements: 0 };
}

process.on('unhandledRejection', (err) => {
  process.stdout.write(`fatal ${JSON.stringify(String((err as Error)?.stack ?? err).slice(0, 500))}\n`);
  process.exit(70);
});

for (let i = Number(fromArg); i < inputs.length; i++) {
  process.stdout.write(`start ${i}\n`);
  const t0 = performance.now();
  let r: Omit<InputResult, 'ms'>;
  try {
    r = await one(inputs[i]);
  } catch (err) {
    r = { verdict: 'crashed', reason: `uncaught ${(err as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(err)}`.slice(0, 500), articles: 0, engagements: 0 };
  }
  const result: InputResult = { ...r, ms: Math.round(performance.now() - t0) };
  process.stdout.write(`end ${i} ${JSON.stringify(result)}\n`);
}
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
process.stdout.write('finished\n');

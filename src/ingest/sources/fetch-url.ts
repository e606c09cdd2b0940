import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';

import { Agent, request, type Dispatcher } from 'undici';
import policy from './data/fetch-policy.json' with { type: 'json' };
import { forbiddenAddressReason, forbiddenHostReason } from './address-guard.ts';

export type ContentKind = 'html' | 'text' | 'json' | 'jsonl' | 'feed';

export interface FetchOptions {
  allowPrivate?: boolean;
  /** Origins ("http://10.0.0.5:8080") trusted even on a private address, e.g. an intranet feed server; redirects elsewhere are still checked. */
  allowOrigins?: string[];
  connectTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
}

export interface Fetched {
  /** The address the content came from, after redirects. */
  url: string;
  kind: ContentKind;
  contentType: string;
  bytes: Buffer;
}

/** A URL that could not be fetched; its message names the URL and says what went wrong. */
export class FetchError extends Error {
  readonly url: string;
  constructor(url: string, message: string) {
    super(`${url}: ${message}`);
    this.name = 'FetchError';
    this.url = url;
  }
}

class BlockedAddress extends Error {}

const KINDS = policy.contentTypes as Record<string, ContentKind>;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A dns.lookup replacement for the socket: it resolves every address of the host, refuses the
 * connection when any of them is forbidden, and hands the socket only addresses it checked, so a
 * second resolution (DNS rebinding) can never slip a private address in.
 */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const family = options?.family === 'IPv4' ? 4 : options?.family === 'IPv6' ? 6 : (options?.family ?? 0);
    dnsLookup(hostname, { all: true, family }, (err, addresses) => {
      if (err) return callback(err, '');
      if (!addresses.length) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if (!allowPrivate) {
        for (const a of addresses) {
          const why = forbiddenAddressReason(a.address);
          if (why) return callback(new BlockedAddress(`${hostname} resolves to ${why}`), '');
        }
      }
      if (options?.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function rootCause(err: unknown): unknown {
  let e = err as { cause?: unknown } | undefined;
  const seen = new Set<unknown>();
  while (e && typeof e === 'object' && e.cause && !seen.has(e)) {
    seen.add(e);
    if (e instanceof BlockedAddress) return e;
    e = e.cause as { cause?: unknown };
  }
  return e;
}

function explain(err: unknown, timedOut: boolean, limits: { connect: number; total: number }): string {
  const cause = rootCause(err) as { code?: string; message?: string } | undefined;
  if (cause instanceof BlockedAddress) return `refused: ${cause.message} (pass --allow-private to fetch from your own network)`;
  if (timedOut) return `took longer than ${limits.total / 1000} s in total`;
  const code = cause?.code ?? (err as { code?: string })?.code;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `no connection within ${limits.connect / 1000} s`;
  if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return `the server stopped responding (${code})`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  const msg = cause?.message ?? (err instanceof Error ? err.message : String(err));
  return code ? `${msg} (${code})` : msg;
}

function checkUrl(raw: string, allowPrivate: boolean, allowOrigins: string[]): URL {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new FetchError(raw, 'not a valid URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(raw, `only http and https URLs are fetched, not ${u.protocol.replace(/:$/, '')}`);
  if (u.username || u.password) throw new FetchError(raw, 'URLs with a user name or password are not fetched');
  if (!allowPrivate && !allowOrigins.includes(u.origin)) {
    const why = forbiddenHostReason(u.hostname);
    if (why) throw new FetchError(raw, `refused: ${why} (pass --allow-private to fetch from your own network)`);
  }
  return u;
}

/** Drops a response body nobody will read; the abort it causes is expected, not an error. */
function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

async function readCapped(body: Dispatcher.ResponseData['body'], url: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      discard(body);
      throw new FetchError(url, `the response is larger than the limit of ${maxBytes.toLocaleString('en-US')} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Fetches one http(s) URL under the policy: connect and total timeouts, a size cap enforced while
 * streaming, an allowed content type, redirects followed by hand (each hop checked again), and no
 * private addresses unless allowed.
 */
export async function fetchUrl(raw: string, opts: FetchOptions = {}): Promise<Fetched> {
  const allowPrivate = opts.allowPrivate ?? false;
  const connect = opts.connectTimeoutMs ?? policy.connectTimeoutMs;
  const total = opts.totalTimeoutMs ?? policy.totalTimeoutMs;
  const maxBytes = opts.maxBytes ?? policy.maxBytes;
  const maxRedirects = opts.maxRedirects ?? policy.maxRedirects;
  const timer = AbortSignal.timeout(total);
  const signal = opts.signal ? AbortSignal.any([timer, opts.signal]) : timer;
  const allowOrigins = (opts.allowOrigins ?? []).map((o) => new URL(o).origin);
  // One connection pool per hop: whether private addresses may be reached depends on the hop's origin.
  const agents: Agent[] = [];
  const agentFor = (u: URL) => {
    const a = new Agent({ connect: { timeout: connect, lookup: guardedLookup(allowPrivate || allowOrigins.includes(u.origin)) }, headersTimeout: total, bodyTimeout: total });
    agents.push(a);
    return a;
  };
  let url = checkUrl(raw, allowPrivate, allowOrigins);
  try {
    for (let hop = 0; ; hop++) {
      const agent = agentFor(url);
      let res: Dispatcher.ResponseData;
      try {
        res = await request(url, {
          method: 'GET',
          dispatcher: agent,
          signal,
          headers: { 'user-agent': policy.userAgent, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, application/json;q=0.8' },
        });
      } catch (err) {
        if (opts.signal?.aborted) throw new FetchError(url.href, 'interrupted');
        throw new FetchError(url.href, explain(err, timer.aborted, { connect, total }));
      }
      if (REDIRECT.has(res.statusCode)) {
        discard(res.body);
        const location = res.headers.location;
        const to = Array.isArray(location) ? location[0] : location;
        if (!to) throw new FetchError(url.href, `redirect (HTTP ${res.statusCode}) without a Location header`);
        if (hop >= maxRedirects) throw new FetchError(raw, `more than ${maxRedirects} redirects`);
        let next: string;
        try {
          next = new URL(to, url).href;
        } catch {
          throw new FetchError(url.href, `redirects to an invalid URL "${to}"`);
        }
        try {
          url = checkUrl(next, allowPrivate, allowOrigins);
        } catch (err) {
          throw new FetchError(raw, `redirected to ${(err as Error).message}`);
        }
        continue;
      }
      if (res.statusCode < 200 || res.statusCode > 299) {
        discard(res.body);
        throw new FetchError(url.href, `the server answered HTTP ${res.statusCode}`);
      }
      const header = res.headers['content-type'];
      const contentType = (Array.isArray(header) ? header[0] : header ?? '').split(';')[0].trim().toLowerCase();
      const kind = KINDS[contentType];
      if (!kind) {
        discard(res.body);
        throw new FetchError(url.href, contentType ? `content type ${contentType} is not an article, page or feed` : 'the server sent no content type');
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        discard(res.body);
        throw new FetchError(url.href, `the response is ${declared.toLocaleString('en-US')} bytes, over the limit of ${maxBytes.toLocaleString('en-US')}`);
      }
      try {
        const bytes = await readCapped(res.body, url.href, maxBytes);
        return { url: url.href, kind, contentType, bytes };
      } catch (err) {
        if (err instanceof FetchError) throw err;
        throw new FetchError(url.href, explain(err, timer.aborted, { connect, total }));
      }
    }
  } finally {
    await Promise.all(agents.map((a) => a.close().catch(() => {})));
  }
}


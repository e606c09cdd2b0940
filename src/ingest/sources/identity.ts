import { hexDigest } from '../../model/digest.ts';
import { UserError } from '../../model/errors.ts';
import tracking from './data/tracking-params.json' with { type: 'json' };

/**
 * What makes two inputs the same article: the page's canonical address and its normalised text.
 * Both are decided where articles come in, so every later stage agrees on one identity.
 */

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return tracking.names.includes(n) || tracking.prefixes.some((p) => n.startsWith(p));
}

/**
 * The form of an article URL used to recognise the same page reached by different links: tracking
 * parameters and fragments say nothing about the content, so they are dropped.
 * The scheme is kept: http and https copies are rare and merging them would hide real mirrors.
 */
export function canonicalizeUrl(raw: string): string {
  return plainCanonical(raw) ?? canonicalizeUrlByParsing(raw);
}

// An address with nothing for the parser to change but trailing slashes: a lower-case host whose last
// label is a name (a numeric one is an IPv4 address the parser rewrites), no punycode, port, user,
// query or fragment, and path segments of unreserved characters that do not start with a dot ("."
// and ".." segments are resolved by the parser). Most article links look like this, and parsing them
// cost more than hashing the article's text.
const PLAIN_URL = /^https?:\/\/(?![^/]*xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?:\/[\w~-][\w.~-]*)*\/*$/;

function plainCanonical(raw: string): string | null {
  return PLAIN_URL.test(raw) ? raw.replace(/\/+$/, '') : null;
}

/** canonicalizeUrl through the WHATWG URL parser: the rule for every address, which the plain case shortcuts. */
export function canonicalizeUrlByParsing(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new UserError('bad-url', `"${raw}" is not a valid absolute URL`, 'Give the article URL with its scheme, e.g. https://example.org/news/1');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new UserError('bad-url', `"${raw}" is not an http(s) URL (scheme ${u.protocol})`, 'Article URLs must start with http:// or https://');
  }
  u.hostname = u.hostname.toLowerCase();
  if (u.port === DEFAULT_PORTS[u.protocol]) u.port = '';
  u.hash = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  // Sorting makes ?a=1&b=2 and ?b=2&a=1 one page; servers do not give parameter order a meaning.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  let path = u.pathname;
  if (path.length > 1) path = path.replace(/\/+$/, '');
  u.pathname = path || '/';
  let out = u.toString();
  // URL keeps a lone "/" path and an empty "?"; neither distinguishes pages.
  if (u.pathname === '/' && !u.search) out = out.replace(/\/$/, '');
  return out.replace(/\?$/, '');
}

/** canonicalizeUrl for input that may be missing or malformed: such URLs simply cannot be used to dedupe. */
export function tryCanonicalizeUrl(raw: string | null | undefined): string | null {
  if (!raw || !raw.trim()) return null;
  try {
    return canonicalizeUrl(raw);
  } catch {
    return null;
  }
}

const NOT_ASCII = /[^\x00-\x7f]/;
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010-\u2015\u2212]/g;

function plainForm(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x2032 || (c >= 0x2018 && c <= 0x201b)) return "'";
  if (c === 0x2033 || (c >= 0x201c && c <= 0x201f)) return '"';
  return '-';
}

/**
 * Text reduced to what survives re-publishing: Unicode form, case, punctuation variants and
 * whitespace differ between a wire story and its copies without changing a word. Every article is
 * hashed on the thread that stores, so ASCII text, which NFKC and the quote and dash rules leave as
 * it is, skips them; the result is the same either way (tested against the plain chain of steps).
 */
export function normaliseText(text: string): string {
  let t = text;
  if (NOT_ASCII.test(t)) t = t.normalize('NFKC').toLowerCase().replace(TYPOGRAPHIC, plainForm);
  else t = t.toLowerCase();
  // Only runs of two or more, or a single tab or newline, change: rewriting every lone space with
  // itself was most of the cost.
  return t.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

export function contentHash(text: string): string {
  return hexDigest('sha256', normaliseText(text));
}

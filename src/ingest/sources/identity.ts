import { createHash } from 'node:crypto';
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

/**
 * Text reduced to what survives re-publishing: Unicode form, case, punctuation variants and
 * whitespace differ between a wire story and its copies without changing a word.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}

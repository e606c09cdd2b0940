import dateMeta from './data/date-meta.json' with { type: 'json' };
import { normaliseMetaDate } from './dates.ts';
import { collapse, stripSiteName } from './html-title.ts';

export interface PageMeta {
  title: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
}

const DATE_KEYS: string[] = dateMeta.metaKeys;
const JSON_LD_DATE_KEY = dateMeta.jsonLdKey;

// A JSON-LD block is small; a huge one is not worth parsing for a date, nor walking past a few thousand nodes.
const MAX_JSON_LD_CHARS = 1_000_000;
const MAX_JSON_LD_NODES = 5000;
const MAX_TITLE_CHARS = 500;

/** meta property/name/itemprop (lower-cased) → the first non-empty content given for it. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (content === null || content.trim() === '') continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content.trim());
    }
  }
  return map;
}

function usable(title: string | null | undefined): string | null {
  if (!title) return null;
  const t = collapse(title);
  return t === '' ? null : t.slice(0, MAX_TITLE_CHARS);
}

function pageTitle(doc: Document, meta: Map<string, string>): string | null {
  const site = meta.get('og:site_name') ?? meta.get('application-name') ?? null;
  const og = meta.get('og:title');
  if (og) {
    const t = usable(stripSiteName(og, site, false));
    if (t) return t;
  }
  const titleText = doc.querySelector('title')?.textContent;
  if (titleText) {
    const t = usable(stripSiteName(titleText, site, true));
    if (t) return t;
  }
  const h1 = doc.querySelector('h1');
  return h1 ? usable(visibleText(h1)) : null;
}

/** An element's text without what scripts, styles and templates inside it hold: that is never page text. */
function visibleText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const hidden of clone.querySelectorAll('script, style, noscript, template')) hidden.remove();
  return clone.textContent ?? '';
}

function stripCommentWrapper(s: string): string {
  return s.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\/\*<!\[CDATA\[\*\//, '').replace(/\/\*\]\]>\*\/$/, '');
}

/** The first `datePublished` in the page's JSON-LD blocks; malformed blocks are skipped, never evaluated. */
function jsonLdDate(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(stripCommentWrapper(raw));
    } catch {
      continue;
    }
    // Breadth-first, so the page's own article outranks items nested in it (related stories, reviews).
    const queue: unknown[] = [data];
    for (let seen = 0; seen < queue.length && seen < MAX_JSON_LD_NODES; seen++) {
      const node = queue[seen];
      if (node === null || typeof node !== 'object') continue;
      const record = node as Record<string, unknown>;
      if (!Array.isArray(node)) {
        const value = record[JSON_LD_DATE_KEY];
        const day = normaliseMetaDate(typeof value === 'string' ? value : null);
        if (day) return day;
      }
      for (const child of Object.values(record)) {
        if (queue.length >= MAX_JSON_LD_NODES) break;
        if (child !== null && typeof child === 'object') queue.push(child);
      }
    }
  }
  return null;
}

function timeElementDate(doc: Document): string | null {
  for (const selector of ['article time[datetime]', 'time[pubdate]', '[itemprop="datePublished"]']) {
    const el = doc.querySelector(selector);
    if (!el) continue;
    const day = normaliseMetaDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (day) return day;
  }
  return null;
}

function pageDate(doc: Document, meta: Map<string, string>): string | null {
  for (const key of DATE_KEYS) {
    const day = normaliseMetaDate(meta.get(key));
    if (day) return day;
  }
  return jsonLdDate(doc) ?? timeElementDate(doc);
}

const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_]|$)/i;

function pageLanguage(doc: Document, meta: Map<string, string>): string | null {
  const candidates = [doc.documentElement?.getAttribute('lang'), meta.get('content-language'), meta.get('og:locale')];
  for (const c of candidates) {
    const m = c ? LANGUAGE_TAG.exec(c.trim()) : null;
    if (m) return m[1].toLowerCase();
  }
  return null;
}

function pageUrl(doc: Document, meta: Map<string, string>): string | null {
  const candidates = [meta.get('og:url'), doc.querySelector('link[rel="canonical"]')?.getAttribute('href')];
  for (const c of candidates) {
    const u = c?.trim();
    if (u && /^https?:\/\/\S+$/i.test(u)) return u;
  }
  return null;
}

/** Title, publication day, language and canonical URL from a page's head and markup. */
export function pageMeta(doc: Document): PageMeta {
  const meta = metaMap(doc);
  return {
    title: pageTitle(doc, meta),
    published: pageDate(doc, meta),
    language: pageLanguage(doc, meta),
    url: pageUrl(doc, meta),
  };
}

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { UserError } from '../model/errors.ts';
import { cleanText } from './clean-text.ts';
import { blockLines } from './html-blocks.ts';
import { tagStats } from './html-depth.ts';
import { pageMeta } from './html-meta.ts';
import { collapse } from './html-title.ts';

export interface HtmlArticle {
  title: string | null;
  published: string | null;
  text: string;
  language: string | null;
  /** The page's canonical URL (og:url or link rel=canonical), when it declares one. */
  url: string | null;
}

// Real pages nest a few dozen levels; the DOM parser's cost grows steeply past some thousands.
const MAX_NESTING = 5000;
// News pages hold a few thousand elements. Past this Readability gets slow (seconds), so the block
// walker reads the body directly instead.
const MAX_READABILITY_ELEMENTS = 20_000;

const HAS_HTML_ELEMENT = /<html[\s>]/i;
const LEADING_DOCTYPE = /^\s*(?:<\?xml\s[^<>]{0,200}>\s*)?<!doctype[^<>]{0,200}>/i;

// linkedom makes the first element of a bare fragment the document element, which loses everything
// after it; wrapping gives it the html/body skeleton a browser would infer.
function asDocumentSource(html: string): string {
  if (HAS_HTML_ELEMENT.test(html.slice(0, 65536))) return html;
  return `<!DOCTYPE html><html><head></head><body>${html.replace(LEADING_DOCTYPE, '')}</body></html>`;
}

function parse(source: string): Document {
  // linkedom builds a DOM without running scripts or fetching anything the page references.
  const doc = parseHTML(source).document as unknown as Document;
  // linkedom gives every character reference a text node of its own; a paragraph of 80,000 "&amp;"
  // became 80,000 nodes, and Readability took seconds over them. Merged, it is one node.
  doc.documentElement?.normalize();
  return doc;
}

function readabilityLines(doc: Document): string[] {
  try {
    const result = new Readability<Node | null>(doc, {
      serializer: (node) => node,
      // Class names let the block walker recognise ad slots Readability kept.
      keepClasses: true,
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
    }).parse();
    return result?.content ? blockLines(result.content) : [];
  } catch {
    return [];
  }
}

function bodyLines(doc: Document): string[] {
  return doc.body ? blockLines(doc.body) : [];
}

const comparable = (s: string): string => collapse(s).toLowerCase().replace(/[\u2018\u2019\u201c\u201d"']/g, '');

/**
 * The article in an HTML page: the main text (Readability, or the page body when Readability finds
 * nothing) as one line per paragraph, with the title as first line, plus the page's metadata.
 * Text may come back empty (a page built entirely by scripts); the caller decides what that means.
 */
const MAX_READABILITY_DEPTH = 60;

export function htmlToArticle(html: string, opts: { url?: string | null; name: string }): HtmlArticle {
  const { depth, elements } = tagStats(html);
  if (depth > MAX_NESTING) {
    throw new UserError(
      'html-too-deep',
      `${opts.name}: the HTML nests elements ${depth} deep (limit ${MAX_NESTING}); it is not a readable page`,
      'save the page text as a .txt file and pass that instead',
    );
  }
  const source = asDocumentSource(html);
  const doc = parse(source);
  // Readability rewrites the document, so metadata is read first.
  const meta = pageMeta(doc);
  let lines: string[] = [];
  // Readability's cost grows steeply with nesting (250 nested tables take seconds): deep pages are read the cheap way.
  if (elements <= MAX_READABILITY_ELEMENTS && depth <= MAX_READABILITY_DEPTH) {
    lines = readabilityLines(doc);
    // Readability has rewritten this document; the fallback needs the page as it was.
    if (lines.length === 0) lines = bodyLines(parse(source));
  } else {
    lines = bodyLines(doc);
  }

  const title = meta.title === null ? null : cleanText(meta.title) || null;
  let text = cleanText(lines.join('\n'));
  if (text !== '' && title !== null) {
    const nl = text.indexOf('\n');
    const firstLine = nl < 0 ? text : text.slice(0, nl);
    // The extractor reads the first line as the headline, so the title leads unless it already does.
    if (!comparable(firstLine).startsWith(comparable(title))) text = `${title}\n${text}`;
  }
  return {
    title,
    published: meta.published,
    text,
    language: meta.language,
    url: opts.url ?? meta.url,
  };
}

import { extname } from 'node:path';
import { SNIFF_TAGS } from './html-elements.ts';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

// Only the start of a file is examined, so sniffing a 10 MB line costs nothing.
const SNIFF_WINDOW = 65536;

const DOCUMENT_START = /^\s*(?:<\?xml\s[^<>]{0,200}>\s*)?(?:<!--[^]{0,2000}?-->\s*)?<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

// `[^<>]{0,500}` bounds each attempt, keeping the scan linear on text full of "<".
const TAG = /<(\/?)([a-z][a-z0-9]{0,10})(?:\s[^<>]{0,500})?\/?>/gi;

// Prose may mention a tag or use "<" and ">" as signs; real markup has several known tags and closes some.
const MIN_TAGS = 3;

/** Whether a decoded file is an HTML page (or fragment) rather than plain text. */
export function isProbablyHtml(text: string, name: string): boolean {
  const ext = extname(name).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return true;
  const head = text.slice(0, SNIFF_WINDOW);
  if (DOCUMENT_START.test(head)) return true;
  if (TEXT_EXTENSIONS.has(ext)) return false;
  let known = 0;
  let closing = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(head); m !== null; m = TAG.exec(head)) {
    if (!SNIFF_TAGS.has(m[2].toLowerCase())) continue;
    known++;
    if (m[1] === '/' || m[2].toLowerCase() === 'br') closing++;
    if (known >= MIN_TAGS && closing > 0) return true;
  }
  return false;
}

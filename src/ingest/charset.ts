import iconv from 'iconv-lite';
import charsetData from './data/charset-aliases.json' with { type: 'json' };

const ALIASES: Record<string, string> = charsetData.aliases;
const IGNORED = new Set(charsetData.ignored);

// Declarations sit at the top of a page; browsers look no further than about 1 KB, we allow 8 KB.
const SNIFF_WINDOW = 8192;

// Bounded repeats keep each attempt short, so a page of unclosed "<meta" costs linear time.
const XML_DECLARATION = /^\s*<\?xml\s[^<>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/;
const META_CHARSET = /<meta\s[^<>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})/i;

/**
 * The charset an HTML `<meta charset>`/`http-equiv` or XML declaration names, mapped to the label
 * iconv-lite decodes the way a browser would; null when none is declared or iconv-lite lacks it.
 */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, SNIFF_WINDOW).toString('latin1');
  const m = XML_DECLARATION.exec(head) ?? META_CHARSET.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  if (IGNORED.has(label)) return null;
  const name = ALIASES[label] ?? label;
  return iconv.encodingExists(name) ? name : null;
}

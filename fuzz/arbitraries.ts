// Inputs for the properties: news-like word salad (so the rules actually fire), raw strings, and
// byte and markup generators for the readers.
import fc from 'fast-check';

const WORDS = ['President', 'Prime Minister', 'Foreign Minister', 'Tokayev', 'Khurelsukh', 'Modi', 'Wang Yi', 'met', 'held talks with',
  'visited', 'received', 'phoned', 'Kazakhstan', 'Mongolia', 'China', 'India', 'Astana', 'Ulaanbaatar', 'Beijing', 'on', 'in', 'the',
  'of', 'and', 'Monday', '3 July 2024', 'July 4', 'last week', 'yesterday', 'in 2030', '$500 million', '1.5 billion yuan', '20%',
  'a dozen', 'two', 'signed', 'agreed', 'invited', 'trade', 'energy', 'SCO summit', 'UN', ',', '.', '!', '?', '\n', '\n\n', '"', '(',
  ')', 'Mr.', 'Dr.', 'U.S.', 'e.g.', '…', '’s', '-', '—', 'Jan.', '12.5', '3,000', 'km', 'tonnes', 'per cent', 'H.E.'];

export const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 150 }).map((ws) => ws.join(' '));
export const anyText = fc.oneof(newsy, fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 150 }), fc.string({ unit: 'binary', maxLength: 200 }));
export const published = fc.option(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

/** Text that is valid in XML 1.0 character data (no C0 controls but tab and newlines, no lone surrogates, no U+FFFE/FFFF). */
export const xmlText = fc.string({ unit: 'grapheme', maxLength: 80 }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const TAGS = ['p', 'div', 'span', 'b', 'article', 'section', 'table', 'tr', 'td', 'li', 'ul', 'h1', 'a', 'br', 'img', 'nav', 'footer'];
/** Random markup: tags (some unclosed), attributes, entities, comments and words. */
export const markup = fc.array(fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom('<a href="javascript:alert(1)">', '<img src=x onerror=alert(1)>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#x110000;', '&lt;', '<', '>', '"', "'", '<p class="x', '<!doctype html>'),
  newsy,
), { maxLength: 60 }).map((xs) => xs.join(''));

export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }).map((a) => Buffer.from(a)),
  anyText.map((s) => Buffer.from(s, 'utf8')),
  fc.tuple(anyText, fc.uint8Array({ maxLength: 8 }), anyText).map(([a, b, c]) => Buffer.concat([Buffer.from(a), Buffer.from(b), Buffer.from(c)])),
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0xc0, 0xaf], [0xed, 0xa0, 0x80]), anyText)
    .map(([p, s]) => Buffer.concat([Buffer.from(p), Buffer.from(s)])),
);

const host = fc.oneof(fc.domain(), fc.ipV4(), fc.ipV6().map((h) => `[${h}]`), fc.constantFrom('EXAMPLE.org', 'xn--80ak6aa92e.com', 'a..b', 'localhost'));
const segment = fc.string({ unit: 'grapheme', maxLength: 12 });
/** URLs, mostly well-formed, with tracking parameters, fragments, odd ports, cases and encodings. */
export const url = fc.oneof(
  fc.tuple(fc.constantFrom('http', 'https', 'HTTP', 'ftp', 'javascript', 'file'), host, fc.option(fc.integer({ min: 0, max: 70000 })), fc.array(segment, { maxLength: 4 }),
    fc.array(fc.tuple(fc.constantFrom('utm_source', 'utm_medium', 'id', 'q', 'fbclid', 'a', 'B', 'gclid', 'page'), segment), { maxLength: 4 }), fc.option(segment))
    .map(([scheme, h, port, path, query, frag]) => `${scheme}://${h}${port === null ? '' : `:${port}`}/${path.map(encodeURIComponent).join('/')}${query.length ? `?${query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''}${frag === null ? '' : `#${frag}`}`),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 60 }),
);

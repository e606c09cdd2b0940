// Catastrophic backtracking shows as time that explodes on a few KB of the right text. Each
// regex-heavy function gets several 10 KB adversarial inputs; each must finish within the budget.
import { extractArticle } from '../src/extract/index.ts';
import { scanPlaces } from '../src/extract/gazetteer/index.ts';
import { decodeBytes } from '../src/ingest/decode.ts';
import { htmlToArticle } from '../src/ingest/html.ts';
import { decodeXmlEntities, parseFeed } from '../src/ingest/sources/feed.ts';
import { tryCanonicalizeUrl } from '../src/ingest/sources/identity.ts';
import { findDates } from '../src/nlp/dates.ts';
import { findQuantities } from '../src/nlp/quantities.ts';
import { splitSentences } from '../src/nlp/sentences.ts';

const KB10 = 10 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(KB10 / unit.length)).slice(0, KB10);

/** Adversarial 10 KB texts: runs of what the patterns look for, almost-matches, and separators. */
export const ADVERSARIAL = [
  'President ', 'A. ', 'Mr. Dr. ', '((((', 'met with ', 'Aa-', '1,000,', '1.1.1.', '$$$ 5', 'on 3 July ', 'July July ', '2024-2024-',
  'the Kazakh capital of ', 'Kazakhstan-Mongolia ', 'per cent of ', 'a dozen a ', '... ', '“”"\'', '   \n', 'aaaaaaaaaa', '9999999999',
  'U.S.-U.S.', 'H.E. ', 'New New ', 'St. ', '\u200b', 'é', '🇰🇿',
].map(fill);

const htmlFill = ['<p>', '<a href="', '<!--', '<div class="', '&amp;', '&#', '<<', '<p>President ', '<table><tr><td>x</td></tr></table>'].map(fill);
const feedFill = ['<item>', '&#65;', '&amp;', '<![CDATA[', '<title>', '&lt;', '<!ENTITY a "b">'].map((u) => `<rss><channel>${fill(u)}</channel></rss>`);
const urlFill = ['http://', 'a.', '%2F', '?a=1&', '/./', '@', '[::', 'utm_source=x&'].map(fill);

export interface Timed { name: string; input: string; ms: number }

function time(name: string, input: string, f: () => unknown): Timed {
  const t0 = performance.now();
  try {
    f();
  } catch {
    // Refusing the input is fine; only the time matters here.
  }
  return { name, input: JSON.stringify(input.slice(0, 24)), ms: Math.round(performance.now() - t0) };
}

/** The time each function takes on each adversarial 10 KB input. */
export function timeAdversarial(): Timed[] {
  const out: Timed[] = [];
  for (const s of ADVERSARIAL) {
    out.push(time('splitSentences', s, () => splitSentences(s)));
    out.push(time('findDates', s, () => findDates(s, '2024-07-05')));
    out.push(time('findQuantities', s, () => findQuantities(s)));
    out.push(time('scanPlaces', s, () => scanPlaces(s)));
    out.push(time('decodeBytes', s, () => decodeBytes(Buffer.from(s), 'x.txt')));
    out.push(time('extractArticle', s, () => extractArticle({ text: s, title: null, published: '2024-07-05', url: null, language: null })));
  }
  for (const s of htmlFill) out.push(time('htmlToArticle', s, () => htmlToArticle(s, { name: 'x.html' })));
  for (const s of feedFill) out.push(time('parseFeed', s, () => parseFeed(s, 'x.xml')));
  for (const s of feedFill) out.push(time('decodeXmlEntities', s, () => decodeXmlEntities(s)));
  for (const s of urlFill) out.push(time('canonicalizeUrl', s, () => tryCanonicalizeUrl(`https://example.org/${s}`)));
  return out;
}

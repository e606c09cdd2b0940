import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../../src/model/errors.ts';
import { canonicalizeUrl, canonicalizeUrlByParsing, contentHash, normaliseText, tryCanonicalizeUrl } from '../../../src/ingest/sources/identity.ts';

test('tracking parameters, fragments, default ports, host case and trailing slashes go', () => {
  const want = 'https://www.montsame.mn/en/read/339000';
  for (const u of [
    'https://www.montsame.mn/en/read/339000',
    'https://WWW.Montsame.MN/en/read/339000/',
    'https://www.montsame.mn:443/en/read/339000#comments',
    'https://www.montsame.mn/en/read/339000?utm_source=telegram&utm_medium=social',
    'https://www.montsame.mn/en/read/339000?fbclid=IwAR0abc&gclid=xyz',
  ]) assert.equal(canonicalizeUrl(u), want, u);
});

test('parameters that select content stay, in a stable order; different pages stay different', () => {
  assert.equal(canonicalizeUrl('http://example.org/news?id=5&lang=en&utm_campaign=x'), 'http://example.org/news?id=5&lang=en');
  assert.equal(canonicalizeUrl('http://example.org/news?lang=en&id=5'), 'http://example.org/news?id=5&lang=en');
  assert.notEqual(canonicalizeUrl('http://example.org/news?id=5'), canonicalizeUrl('http://example.org/news?id=6'));
  assert.notEqual(canonicalizeUrl('https://example.org/a'), canonicalizeUrl('https://example.org/a/b'));
  // A path's case can matter to the server; only the host is case-folded.
  assert.notEqual(canonicalizeUrl('https://example.org/News'), canonicalizeUrl('https://example.org/news'));
  assert.equal(canonicalizeUrl('http://example.org:8080/'), 'http://example.org:8080');
  // "utm" alone or a parameter merely containing "gclid" is not a tracking parameter.
  assert.equal(canonicalizeUrl('https://e.org/p?utm=1&xgclid=2'), 'https://e.org/p?utm=1&xgclid=2');
});

test('unusable URLs are user errors from canonicalizeUrl and null from tryCanonicalizeUrl', () => {
  assert.throws(() => canonicalizeUrl('not a url'), (e: unknown) => e instanceof UserError && /"not a url" is not a valid absolute URL/.test(e.message));
  assert.throws(() => canonicalizeUrl('ftp://example.org/x'), (e: unknown) => e instanceof UserError && /not an http/.test(e.message));
  assert.equal(tryCanonicalizeUrl('not a url'), null);
  assert.equal(tryCanonicalizeUrl(null), null);
  assert.equal(tryCanonicalizeUrl('  '), null);
});

test('the hash ignores case, spacing and quote or dash variants, but not words', () => {
  const a = 'The Presidents’ talks — held in Ulaanbaatar — were "productive".';
  const b = '  the presidents\' talks - held in   ulaanbaatar - were “productive”.\n';
  assert.equal(normaliseText(a), normaliseText(b));
  assert.equal(contentHash(a), contentHash(b));
  assert.notEqual(contentHash(a), contentHash(a.replace('productive', 'constructive')));
  assert.match(contentHash(a), /^[0-9a-f]{64}$/);
});

test('normaliseText gives what the plain chain of steps gives, for ASCII and any other text', async () => {
  const fc = (await import('fast-check')).default;
  // The definition: NFKC, lower case, one form for quotes, primes and dashes, single spaces.
  const reference = (text: string) => text.normalize('NFKC').toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  const typographic = fc.constantFrom('\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u2010', '\u2013', '\u2014', '\u2015', '\u2212', '\u00a0', '\u2009', 'ﬁ', 'Å', 'İ', 'ß', '\t', '\n', ' ');
  const pieces = fc.array(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), typographic), { maxLength: 30 }).map((a) => a.join(''));
  fc.assert(fc.property(pieces, (s) => normaliseText(s) === reference(s)), { numRuns: 3000 });
  for (const s of ['The Kazakh leader’s “state visit” — 2024–25', '  Plain ASCII\ttext\n\nhere  ', 'ＡＢＣ ﬁnance', '']) assert.equal(normaliseText(s), reference(s));
});

test('plain article links skip the parser and come out as the parser would make them', async () => {
  const fc = (await import('fast-check')).default;
  const parsed = (u: string) => {
    try {
      return canonicalizeUrlByParsing(u);
    } catch (e) {
      return e instanceof UserError ? 'error' : 'crash';
    }
  };
  const given = (u: string) => {
    try {
      return canonicalizeUrl(u);
    } catch (e) {
      return e instanceof UserError ? 'error' : 'crash';
    }
  };
  // Pieces near the edge of the plain case: numeric and punycode labels, dot segments, ports, case,
  // escapes, doubled and trailing slashes, queries and fragments.
  const label = fc.oneof(fc.constantFrom('example', 'news', 'xn--80ak6aa92e', 'xn--', '127', '0x7f', '1', 'a-b', '-a', 'b-', 'EXAMPLE', 'Org', 'org', 'kz', 'mn', 'www', 'ab_c', ''),
    fc.stringMatching(/^[a-z0-9-]{1,6}$/));
  const segment = fc.oneof(fc.constantFrom('', '.', '..', '...', '.hidden', 'a.b', '2024', 'news_1', '~user', '-x', '%41', '%7e', 'a b', 'é', 'A', 'index.html', ':', '@'),
    fc.stringMatching(/^[\w.~-]{1,8}$/));
  const url = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTP://', 'ftp://', 'https:/', 'https://user@', ' https://'),
    fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('', ':443', ':80', ':8080', '.', ':'),
    fc.array(segment, { maxLength: 5 }), fc.constantFrom('', '/', '//', '?', '?a=1', '#x', ' ', '?utm_source=x'))
    .map(([scheme, labels, port, segs, tail]) => `${scheme}${labels.join('.')}${port}${segs.map((s) => `/${s}`).join('')}${tail}`);
  fc.assert(fc.property(url, (u) => given(u) === parsed(u)), { numRuns: 20000 });
  for (const u of ['https://bench.example/3/17', 'https://www.akorda.kz/en/news/', 'http://a', 'https://x.org//', 'https://a.b/c/./d', 'https://10.0.0.1/x', 'https://xn--80ak6aa92e.com/a']) {
    assert.equal(canonicalizeUrl(u), canonicalizeUrlByParsing(u), u);
  }
  assert.equal(canonicalizeUrl('https://www.akorda.kz/en/news//'), 'https://www.akorda.kz/en/news');
});

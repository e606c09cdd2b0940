// Properties of the extractor and the parsers that must hold for any input: they never throw
// (except a UserError for input a user must fix), spans sit inside the text and quote it, the same
// input gives the same output, and extra unrelated text takes nothing away.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractArticle } from '../src/extract/index.ts';
import { scanPlaces } from '../src/extract/gazetteer/index.ts';
import { decodeBytes } from '../src/ingest/decode.ts';
import { htmlToArticle } from '../src/ingest/html.ts';
import { parseFeed } from '../src/ingest/sources/feed.ts';
import { canonicalizeUrl } from '../src/ingest/sources/identity.ts';
import { UserError } from '../src/model/errors.ts';
import { findDates } from '../src/nlp/dates.ts';
import { findQuantities } from '../src/nlp/quantities.ts';
import { splitSentences } from '../src/nlp/sentences.ts';
import { anyText, bytes, escapeXml, markup, newsy, published, url, xmlText } from './arbitraries.ts';
import { badSpan } from './spans.ts';

export interface Property { name: string; check: (params: { seed: number; numRuns: number }) => void }

/** Runs `f`; a UserError is an answer, anything else thrown is a failure of the property. */
function userErrorOr<T>(f: () => T): T | UserError {
  try {
    return f();
  } catch (err) {
    if (err instanceof UserError) return err;
    throw err;
  }
}

function spansAndDeterminism<T>(name: string, arb: fc.Arbitrary<string>, f: (s: string) => T): Property {
  return {
    name,
    check: (p) => fc.assert(fc.property(arb, (s) => {
      const r = f(s);
      const bad = badSpan(s, r);
      assert.equal(bad, null, bad ?? '');
      assert.deepEqual(f(s), r, 'deterministic');
    }), p),
  };
}

const UNRELATED = fc.constantFrom(
  'Separately, the weather service forecast heavy rain for the weekend.',
  'Shares in the national airline rose 3% on Tuesday after a strong quarter.',
  'The football club announced a new coach for the coming season.',
  'In other news, a new bridge opened to traffic in the north of the city.',
);

export const PROPERTIES: Property[] = [
  spansAndDeterminism('splitSentences: spans quote the text, in order, deterministic', anyText, (s) => {
    const out = splitSentences(s);
    for (let i = 1; i < out.length; i++) assert.ok(out[i].start >= out[i - 1].end, 'sentences do not overlap and come in order');
    return out;
  }),
  {
    name: 'findDates: never throws with a valid publication date, spans quote the text, dates are real days, deterministic',
    check: (p) => fc.assert(fc.property(anyText, published, (s, pub) => {
      const r = findDates(s, pub);
      assert.equal(badSpan(s, r), null);
      for (const d of r) {
        const day = (d as { date?: unknown }).date;
        if (typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day)) assert.equal(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10), day, `a real calendar day: ${day}`);
      }
      assert.deepEqual(findDates(s, pub), r);
    }), p),
  },
  spansAndDeterminism('findQuantities: spans quote the text, values are finite, deterministic', anyText, (s) => {
    const r = findQuantities(s);
    for (const q of r) assert.ok(Number.isFinite(q.value), `finite value for ${q.text}`);
    return r;
  }),
  spansAndDeterminism('scanPlaces: spans quote the text, codes are ISO alpha-3, deterministic', anyText, (s) => {
    const r = scanPlaces(s);
    for (const m of r) assert.ok(m.iso3 === null || /^[A-Z]{3}$/.test(m.iso3), `iso3 ${m.iso3}`);
    return r;
  }),
  {
    name: 'extractArticle: an unrelated news paragraph appended removes no engagement',
    check: (p) => fc.assert(fc.property(newsy, UNRELATED, published, (s, extra, pub) => {
      const a = { text: s, title: null, published: pub, url: null, language: null };
      const before = extractArticle(a).engagements;
      const after = extractArticle({ ...a, text: `${s}\n\n${extra}` }).engagements;
      const key = (e: { participants: { country: string | null }[] }) => e.participants.map((x) => x.country).sort().join(',');
      for (const e of before) assert.ok(after.some((f) => key(f) === key(e)), `the ${key(e)} engagement survives`);
    }), p),
  },
  {
    name: 'decodeBytes: only a UserError for bad bytes; valid UTF-8 text comes back unchanged',
    check: (p) => {
      fc.assert(fc.property(bytes, (b) => {
        const r = userErrorOr(() => decodeBytes(b, 'fuzz'));
        if (!(r instanceof UserError)) assert.equal(typeof r, 'string');
        assert.deepEqual(userErrorOr(() => decodeBytes(b, 'fuzz')), r);
      }), p);
      // Text without NULs or control bytes that open a binary signature must survive the round trip.
      fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => `Text ${s.replace(/[\u0000-\u001f\ufeff]/g, ' ')}`), (s) => {
        assert.equal(decodeBytes(Buffer.from(s, 'utf8'), 'fuzz.txt'), s);
      }), p);
    },
  },
  {
    name: 'htmlToArticle: only a UserError, deterministic, and script text never reaches the article',
    check: (p) => fc.assert(fc.property(markup, (html) => {
      // An unclosed attribute quote before it ('<p class="x') turns "<script>" into attribute text, and
      // browsers then show what follows as page text: close any open quote so the script is a real one.
      const open = ((html.match(/"/g) ?? []).length % 2 === 1 ? '"' : '') + ((html.match(/'/g) ?? []).length % 2 === 1 ? "'" : '');
      const page = `${html}${open}><script>var SECRET_TOKEN_42 = 1;</script><style>.SECRET_STYLE_42{}</style>`;
      const r = userErrorOr(() => htmlToArticle(page, { name: 'fuzz.html' }));
      if (r instanceof UserError) return;
      assert.ok(!r.text.includes('SECRET_TOKEN_42') && !r.text.includes('SECRET_STYLE_42'), 'script and style bodies stay out');
      assert.ok(!/<script/i.test(r.text) || html.toLowerCase().includes('&lt;script'), 'no markup survives as tags');
      assert.deepEqual(userErrorOr(() => htmlToArticle(page, { name: 'fuzz.html' })), r);
    }), p),
  },
  {
    name: 'parseFeed: only a UserError on any string; escaped titles and links come back as written; entities never expand',
    check: (p) => {
      fc.assert(fc.property(fc.oneof(markup, anyText), (s) => { userErrorOr(() => parseFeed(s, 'fuzz.xml')); }), p);
      fc.assert(fc.property(fc.array(fc.record({ title: xmlText, link: xmlText }), { minLength: 1, maxLength: 8 }), (items) => {
        const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY boom "EXPANDED_ENTITY">]><rss version="2.0"><channel><title>&boom;</title>${items.map((i) => `<item><title>${escapeXml(i.title)} &boom;</title><link>${escapeXml(i.link)}</link></item>`).join('')}</channel></rss>`;
        const feed = parseFeed(xml, 'fuzz.xml');
        assert.equal(feed.items.length, items.length);
        feed.items.forEach((it, k) => {
          assert.ok(!(it.title ?? '').includes('EXPANDED_ENTITY'), 'a DOCTYPE entity is never expanded');
          assert.equal(it.link, items[k].link.trim() === '' ? null : items[k].link.trim());
          assert.equal(it.title, `${escapeXml(items[k].title) === '' ? '' : items[k].title} &boom;`.trim());
        });
      }), p);
    },
  },
  {
    name: 'canonicalizeUrl: only a UserError, idempotent, no fragment or tracking parameter left',
    check: (p) => fc.assert(fc.property(url, (u) => {
      const r = userErrorOr(() => canonicalizeUrl(u));
      if (r instanceof UserError) return;
      assert.equal(canonicalizeUrl(r), r, `idempotent: ${u} → ${r}`);
      assert.ok(!r.includes('#'), 'no fragment');
      assert.ok(!/[?&](utm_source|utm_medium|fbclid|gclid)=/.test(r), `tracking parameters dropped: ${r}`);
    }), p),
  },
];

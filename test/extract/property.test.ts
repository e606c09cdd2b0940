import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractArticle } from '../../src/extract/index.ts';
import type { ExtractionResult } from '../../src/model/result.ts';
import type { Span } from '../../src/model/span.ts';

// Words that make the extractor work hard: titles, names, countries, triggers, amounts, dates.
const WORDS = ['President', 'Tokayev', 'met', 'with', 'the', 'of', 'Mongolia', 'Kazakh', 'Prime Minister', 'Modi', 'held talks',
  'in', 'Astana', 'on', 'Tuesday', 'July 4', '$500 million', 'agreed', 'signed', 'invited', 'thanked', 'telephoned', 'his',
  'counterpart', 'Ukhnaagiin Khurelsukh', ',', '.', '\n', 'SCO', 'Summit', 'the two leaders', 'Foreign Minister', 'India',
  'Jaishankar', 'received', 'Ambassador', 'by 2030', '10 flights a week', 'state visit', 'which was accepted', '(', ')', '’s'];

const newsy = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsy);
const date = fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

function spansOf(r: ExtractionResult): Span[] {
  const out: Span[] = [];
  for (const e of r.engagements) {
    out.push(...e.spans.evidence, ...e.spans.participants.flat(), ...e.spans.outcomes, ...e.spans.topics.map((t) => t.span));
    for (const s of [e.spans.date, e.spans.place, e.spans.occasion]) if (s) out.push(s);
  }
  for (const a of r.actors) out.push(...a.mentions);
  return out;
}

test('extraction never throws, keeps every span inside the text and quoting it, and is deterministic', () => {
  fc.assert(fc.property(anyText, date, (text, published) => {
    const a = { text, published, title: null, url: null, language: null };
    const r = extractArticle(a);
    for (const s of spansOf(r)) {
      assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `span out of bounds ${s.start}-${s.end}`);
      assert.equal(text.slice(s.start, s.end), s.text);
    }
    assert.deepEqual(extractArticle(a), r);
  }), { seed: 20261128, numRuns: 300 });
});

test('appending an unrelated paragraph removes no engagement', () => {
  const base = 'Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on July 4.';
  const before = extractArticle({ text: base, published: '2024-07-05', title: null, url: null, language: null }).engagements.length;
  assert.equal(before, 1);
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (extra) => {
    const r = extractArticle({ text: `${base}\n${extra.replace(/\n/g, ' ')}`, published: '2024-07-05', title: null, url: null, language: null });
    assert.ok(r.engagements.length >= before);
  }), { seed: 7, numRuns: 100 });
});

test('time grows linearly: 10 KB of adversarial text is extracted quickly', () => {
  const nasty = ['President '.repeat(1000), 'A. '.repeat(3000), '(((('.repeat(2500), 'met with '.repeat(1100), `${'Aa-'.repeat(3300)}`, 'the Kazakh capital of '.repeat(450)];
  for (const text of nasty) {
    const t0 = performance.now();
    extractArticle({ text, published: '2024-07-05', title: null, url: null, language: null });
    assert.ok(performance.now() - t0 < 2000, `slow on ${text.slice(0, 20)}...`);
  }
});

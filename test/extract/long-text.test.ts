import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle, MAX_READ_CHARS } from '../../src/extract/index.ts';

const LEAD = 'Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar on Tuesday.';
const ex = (text: string) => extractArticle({ text, published: '2024-10-31', title: null, url: null, language: null });

test('a text over the limit is read up to a paragraph end before it; the rest is reported, not read', () => {
  const para = 'Officials from both sides reviewed a long list of routine matters in the annual report.';
  const text = `${LEAD}\n\n${`${para}\n\n`.repeat(Math.ceil((MAX_READ_CHARS * 1.5) / (para.length + 2)))}Later, Tokayev held talks with Chinese President Xi Jinping in Beijing.`;
  const r = ex(text);
  assert.equal(r.article.textLength, text.length);
  assert.ok(r.article.readLength! <= MAX_READ_CHARS && r.article.readLength! > MAX_READ_CHARS - 5000);
  assert.equal(text[r.article.readLength!], '\n', 'cut at a paragraph break');
  assert.equal(r.engagements.length, 1, 'the meeting told at the top is found; the one past the limit is not read');
  assert.deepEqual(r.engagements[0].participants.map((p) => p.country).sort(), ['KAZ', 'MNG']);
  for (const s of Object.values(r.engagements[0].spans).flat()) if (s && typeof s === 'object' && 'end' in s) assert.ok((s as { end: number }).end <= r.article.readLength!);
});

test('a text under the limit has no readLength', () => {
  const r = ex(LEAD);
  assert.equal(r.article.readLength, undefined);
  assert.equal(r.article.textLength, LEAD.length);
});

test('one unpunctuated run of thousands of names and meeting verbs is read, and still yields the real meeting', () => {
  // Such runs once cost time growing with the square of their length (every verb against every name).
  for (const flood of ['Kazakhstan Mongolia China Russia India met '.repeat(3000), 'met held talks visited called received '.repeat(4000)]) {
    const t0 = performance.now();
    const r = ex(`${flood}${LEAD}`);
    const ms = performance.now() - t0;
    assert.ok(ms < 20_000, `took ${Math.round(ms)} ms`);
    assert.ok(r.engagements.some((e) => e.participants.some((p) => p.name === 'Ukhnaagiin Khurelsukh')));
  }
});

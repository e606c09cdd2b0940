// The fuzz properties (fuzz/) with a fixed seed and fewer runs than `npm run fuzz`, and the 10 KB
// adversarial timings against catastrophic backtracking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROPERTIES } from '../../fuzz/properties.ts';
import { timeAdversarial } from '../../fuzz/timing.ts';
import { htmlToArticle } from '../../src/ingest/html.ts';

const SEED = 20261128;

for (const p of PROPERTIES) {
  test(`property: ${p.name}`, () => {
    p.check({ seed: SEED, numRuns: 100 });
  });
}

// A bare "<" before a letter opens a tag that swallows the "<script" after it (browsers agree), so
// the stray "<" here is followed by a space.
test('HTML without script text in a headline: markup never leaks script bodies into the article', () => {
  const safe = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<b>', '&amp;', '<a href="javascript:x">', 'President Tokayev met Khurelsukh.', '<!--', '-->', '< '), { maxLength: 40 }).map((x) => x.join(''));
  fc.assert(fc.property(safe, (html) => {
    const r = htmlToArticle(`${html}<script>var SECRET_TOKEN_42=1</script>`, { name: 'x.html' });
    assert.ok(!r.text.includes('SECRET_TOKEN_42'));
  }), { seed: SEED, numRuns: 150 });
});

test('script inside a headline stays out of the title and text', () => {
  const r = htmlToArticle('<h1>Leaders meet<script>var SECRET=1</script></h1><p>President Tokayev met Khurelsukh.</p>', { name: 'x.html' });
  assert.ok(!(r.title ?? '').includes('SECRET') && !r.text.includes('SECRET'), JSON.stringify(r));
});

test('no catastrophic backtracking: each regex-heavy function on each 10 KB adversarial input within 2 s', () => {
  const timings = timeAdversarial();
  assert.ok(timings.length > 150);
  const slow = timings.filter((t) => t.ms > 2000);
  assert.deepEqual(slow, []);
});

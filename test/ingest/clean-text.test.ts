import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanText } from '../../src/ingest/index.ts';

test('unifies CRLF and CR line endings', () => {
  assert.equal(cleanText('one\r\ntwo\rthree\n'), 'one\ntwo\nthree');
});

test('strips NUL and other C0 controls but keeps newlines and turns tabs into spaces', () => {
  assert.equal(cleanText('Lav\u0000rov\u0007 met\tWang\u001b Yi'), 'Lavrov met Wang Yi');
  assert.ok(!cleanText('a\u0000b').includes('\u0000'));
  assert.equal(cleanText('a\nb'), 'a\nb');
});

test('page breaks and Unicode line separators still separate lines', () => {
  assert.equal(cleanText('end of page\fstart of next'), 'end of page\nstart of next');
  assert.equal(cleanText('a\u2028b'), 'a\nb');
});

test('collapses runs of spaces, tabs and no-break spaces; trims every line', () => {
  assert.equal(cleanText('  The   ministers \t\u00a0 met.  \n   Then left.   '), 'The ministers met.\nThen left.');
  // a single space between words is left as it is
  assert.equal(cleanText('a b c'), 'a b c');
});

test('keeps at most one blank line', () => {
  assert.equal(cleanText('a\n\n\n\n\nb\n\nc'), 'a\n\nb\n\nc');
  assert.equal(cleanText('a\n \n \t \nb'), 'a\n\nb');
});

test('normalises to NFC so composed and decomposed letters compare equal', () => {
  const decomposed = 'Gene\u0300ve';
  assert.equal(cleanText(decomposed), 'Genève');
  assert.equal(cleanText(decomposed).length, 6);
});

test('removes soft hyphens and zero-width spaces but keeps zero-width non-joiners', () => {
  assert.equal(cleanText('Minis\u00adter\u200b'), 'Minister');
  assert.equal(cleanText('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645'), '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645');
});

test('whitespace-only input cleans to the empty string', () => {
  assert.equal(cleanText(' \n\t\r\n \u00a0 '), '');
});

test('stays linear on pathological inputs (long runs of spaces, newlines, alternations)', () => {
  // Compare the time for n and 4n: linear work grows ~4x, quadratic ~16x. A ratio is robust to a busy machine.
  const make = (n: number) => [' '.repeat(n) + 'x', ' \n'.repeat(n / 2) + 'x', '\t \u00a0\r\n'.repeat(n / 4) + 'x', 'a '.repeat(n / 2)];
  const time = (n: number) => { const inputs = make(n); const t = process.cpuUsage(); for (const s of inputs) cleanText(s); const u = process.cpuUsage(t); return (u.user + u.system) / 1000; };
  time(100_000);
  const small = Math.max(time(400_000), 1);
  const large = time(1_600_000);
  assert.ok(large / small < 10, `4x the input took ${(large / small).toFixed(1)}x the time (${small.toFixed(0)} ms -> ${large.toFixed(0)} ms)`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { hexDigest } from '../../src/model/digest.ts';

test('hexDigest gives the stream hash of the UTF-8 bytes, for any string', async () => {
  const fc = (await import('fast-check')).default;
  const stream = (algorithm: 'sha1' | 'sha256', s: string) => createHash(algorithm).update(s, 'utf8').digest('hex');
  // Lone surrogates included: both must encode them the same way (as U+FFFD), or stored ids would change.
  const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('\ud800', 'a\udc00b', '', '\u0000'));
  fc.assert(fc.property(text, fc.constantFrom('sha1' as const, 'sha256' as const), (s, a) => hexDigest(a, s) === stream(a, s)), { numRuns: 3000 });
  assert.equal(hexDigest('sha1', ''), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
});

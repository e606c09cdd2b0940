import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon, MAX_COMBINED_SOURCE } from '../../src/extract/lexicon.ts';

test('every combined cue regex stays under the size past which V8 scans it several times slower', () => {
  const lex = lexicon();
  const combined: [string, RegExp][] = [['triggers', lex.triggerRe.re], ['outcomes', lex.outcomeRe.re], ...lex.topicRe.map((t, i): [string, RegExp] => [`topics ${i}`, t.combined.re])];
  for (const [name, re] of combined) assert.ok(re.source.length < MAX_COMBINED_SOURCE, `${name}: ${re.source.length} characters of source`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, lexicon, MAX_COMBINED_SOURCE } from '../../src/extract/lexicon.ts';
import { UserError } from '../../src/model/errors.ts';

test('every combined cue regex stays under the size past which V8 scans it several times slower', () => {
  const lex = lexicon();
  const combined: [string, RegExp][] = [['triggers', lex.triggerRe.re], ['outcomes', lex.outcomeRe.re], ...lex.topicRe.map((t, i): [string, RegExp] => [`topics ${i}`, t.combined.re])];
  for (const [name, re] of combined) assert.ok(re.source.length < MAX_COMBINED_SOURCE, `${name}: ${re.source.length} characters of source`);
});

test('the trigger and outcome lists stay groupable by first letter (no "^" pattern after a "\\b" one): else the plain alternation is scanned, several times slower', () => {
  const lex = lexicon();
  assert.ok(lex.triggerRe.alternation, 'triggers.json: a pattern that does not start with \\b or ^ and a letter, or a ^ pattern after a \\b one');
  assert.ok(lex.outcomeRe.alternation, 'outcomes.json: a cue that does not start with \\b or ^ and a letter');
});

test('a pattern holding a control character (a JSON "\\b" read as a backspace) is refused with where and what to write', () => {
  assert.throws(() => compile('\\b(?:adopted in)\b', 'i', 'outcomes.json cue 8 exclude'), (err: unknown) => {
    assert.ok(err instanceof UserError);
    assert.match(err.message, /outcomes\.json cue 8 exclude: the pattern holds the control character U\+0008 after "\\b\(\?:adopted in\)"/);
    return true;
  });
  assert.ok(compile('\\b(?:adopted in)\\b', 'i', 'x').test('it was adopted in May'));
});

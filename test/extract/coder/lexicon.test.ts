import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UserError } from '../../../src/model/errors.ts';
import { buildLexicon } from '../../../src/extract/coder/lexicon.ts';

const verbs = JSON.parse(readFileSync(new URL('../../../data/coder/verbs.json', import.meta.url), 'utf8'));
const modality = JSON.parse(readFileSync(new URL('../../../data/coder/modality.json', import.meta.url), 'utf8'));

function fails(v: unknown, m: unknown, pattern: RegExp) {
  assert.throws(() => buildLexicon(v as Record<string, unknown>, m as Record<string, unknown>), (e: unknown) => {
    assert.ok(e instanceof UserError, 'a UserError, not a crash');
    assert.match(e.message, pattern);
    assert.ok(e.hint, 'with a hint');
    return true;
  });
}

const withClass = (c: Record<string, unknown>) => ({ ...verbs, classes: [c] });
const good = { id: 'x', event: 'CONSULT', cameo: '040', role: 'act', patterns: ['met'] };

test('the shipped lexicon compiles, and every class names a real CAMEO code', () => {
  const lex = buildLexicon(verbs, modality);
  assert.ok(lex.classes.length > 20);
  assert.ok(lex.classes.some((c) => c.event === 'CONSULT') && lex.classes.some((c) => c.event === 'ASSAULT'));
});

test('bad entries are refused with the class named', () => {
  fails(withClass({ ...good, cameo: 40 }), modality, /class "x".*"cameo" 40 is not a CAMEO code/);
  fails(withClass({ ...good, cameo: '42' }), modality, /"42" is not a CAMEO code/);
  fails(withClass({ ...good, role: 'maybe' }), modality, /class "x": "role"/);
  fails(withClass({ ...good, patterns: ['(unclosed'] }), modality, /class "x" pattern 1: invalid regular expression/);
  fails(withClass({ ...good, patterns: ['{NOPE} met'] }), modality, /unknown macro \{NOPE\}/);
  fails(withClass({ ...good, patterns: [] }), modality, /non-empty list/);
  fails({ ...verbs, macros: { A: '{B}', B: '{A}' }, classes: [{ ...good, patterns: ['{A}'] }] }, modality, /macro \{A\} uses itself/);
  fails({ ...verbs, classes: [good, good] }, modality, /defined twice/);
  fails(verbs, { ...modality, negation: 'not' }, /modality\.json "negation"/);
  // The good entry on its own is accepted: the failures above are about the changed field.
  assert.equal(buildLexicon(withClass(good), modality).classes.length, 1);
});

test('a pattern matches whole words only', () => {
  const lex = buildLexicon(withClass({ ...good, patterns: ['met'] }), modality);
  const re = lex.classes[0].re;
  assert.equal('They met.'.match(re)?.[0], 'met');
  assert.equal('a metal helmet, a comet'.match(re), null);
});

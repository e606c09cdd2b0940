import { test } from 'node:test';
import assert from 'node:assert/strict';
import { identifyingTokens, nameRunAt, nameRuns, type RangeTest } from '../../../src/extract/actors/names.ts';

const texts = (s: string, skip: RangeTest | null = null) => nameRuns(s, skip).map((r) => r.text);

test('runs of name words, split at words that cannot be names', () => {
  assert.deepEqual(texts('President Kassym-Jomart Tokayev met Xi Jinping in May.'), ['Kassym-Jomart Tokayev', 'Xi Jinping', 'May']);
  assert.deepEqual(texts('Ahmed al-Sharaa and Abdel Fattah el-Sisi spoke'), ['Ahmed al-Sharaa', 'Abdel Fattah el-Sisi']);
  assert.deepEqual(texts('Luiz Inácio Lula da Silva, Hassan Sheikh Mohamud'), ['Luiz Inácio Lula da Silva', 'Hassan Sheikh Mohamud']);
  assert.deepEqual(texts('S. Jaishankar met J. R. Smith'), ['S. Jaishankar', 'J. R. Smith']);
});

test('what must not be read as a name', () => {
  assert.deepEqual(texts('The SCO Summit opened on Monday'), []);
  assert.deepEqual(texts('iPhone McDonald'), ['McDonald']);
  assert.deepEqual(texts("d'Estaing l'Europe -Tokayev"), []);
  assert.deepEqual(texts('de van der'), []);
  // A possessive is not part of the name; particles do not end one.
  assert.deepEqual(nameRuns("Tokayev's visit", null).map((r) => [r.text, r.tokens]), [['Tokayev', ['Tokayev']]]);
  assert.deepEqual(texts('Sheikh Tamim bin'), ['Tamim']);
});

test('explained ranges break a run', () => {
  const s = 'Kazakhstan Tokayev';
  assert.deepEqual(texts(s, { covers: (a, b) => a < 10 && b > 0 }), ['Tokayev']);
});

test('a name read where a title ends: only one that starts right there', () => {
  const s = 'President, Kassym-Jomart Tokayev, and Xi';
  const r = nameRunAt(s, 11, null);
  assert.deepEqual(r && [r.start, r.end, r.text, r.tokens], [11, 32, 'Kassym-Jomart Tokayev', ['Kassym-Jomart', 'Tokayev']]);
  assert.equal(nameRunAt('President of Mongolia', 9, null), null);
  assert.equal(nameRunAt('President Monday Tokayev', 10, null), null);
  assert.equal(nameRunAt('President van Tokayev', 10, null), null);
  assert.equal(nameRunAt('President Tokayev', 10, { covers: () => true }), null);
});

test('honorifics and the verbs of title-case headlines are not name words', () => {
  assert.deepEqual(texts('His Highness Sheikh Mohamed bin Zayed Al Nahyan received him'), ['Mohamed bin Zayed Al Nahyan']);
  assert.deepEqual(texts('His Royal Highness Mohammed bin Salman'), ['Mohammed bin Salman']);
  assert.deepEqual(texts('then Seyyed Abbas Araghchi spoke'), ['Abbas Araghchi']);
  assert.deepEqual(texts('Emir and US President Hold Official Talks'), []);
  assert.deepEqual(texts('President El-Sisi Receives Jordanian King'), ['El-Sisi', 'Jordanian King']);
  // Inside a name an honorific stays: only a leading one is a title.
  assert.deepEqual(texts('Hassan Sheikh Mohamud'), ['Hassan Sheikh Mohamud']);
});

test('a regnal number after a name is part of it, not the end of the name', () => {
  assert.deepEqual(texts('received by Mohammed VI at the palace'), ['Mohammed VI']);
  assert.deepEqual(texts('then Leo XIV and Charles III met'), ['Leo XIV', 'Charles III']);
  // A numeral alone starts no name.
  assert.deepEqual(texts('in VI and XIV'), []);
});

test('an initial glued to the name ("U.Khurelsukh", Mongolian style) is one name, known by its surname', () => {
  assert.deepEqual(texts('President U.Khurelsukh met L.Oyun-Erdene and J. R. Smith.'), ['U.Khurelsukh', 'L.Oyun-Erdene', 'J. R. Smith']);
  assert.deepEqual(identifyingTokens('U.Khurelsukh'), ['khurelsukh']);
  assert.deepEqual(identifyingTokens('L.Oyun-Erdene'), ['oyun-erdene', 'oyun', 'erdene']);
  // Abbreviations with dots are no such name.
  assert.deepEqual(texts('The U.S. and the U.N. met.'), ['U.S.', 'U.N.']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/extract/language.ts';

test('English prose is English', () => {
  assert.equal(detectLanguage('President Tokayev met his counterpart in Astana on Monday, and the two leaders said that trade was growing.'), 'en');
  assert.equal(detectLanguage('THE PRESIDENT OF KAZAKHSTAN AND THE PRIME MINISTER OF INDIA MET IN ASTANA WITH THEIR DELEGATIONS.'), 'en');
});

test('other languages, and text too short to tell', () => {
  assert.equal(detectLanguage('Президент Казахстана провёл переговоры с премьер-министром Индии в Астане в понедельник вечером.'), 'und');
  assert.equal(detectLanguage('Le président du Kazakhstan a rencontré le Premier ministre indien à Astana lundi soir pour des entretiens.'), 'und');
  assert.equal(detectLanguage('the of and'), null);
  assert.equal(detectLanguage(''), null);
});

test('amounts and numbers are not words; words glued to punctuation still count', () => {
  // Eight words needed: numbers do not make up the count.
  assert.equal(detectLanguage('the 12 $4.5 2024-25 €3 ₹10 of and to in a'), null);
  assert.equal(detectLanguage('“the”(of)and;to:in!a?on,with'), 'en');
  // A function word must be the whole word, in any case, and only ASCII letters spell one.
  assert.equal(detectLanguage('theory often android tonne inner avail onion without'), 'und');
  assert.equal(detectLanguage('The OF And TO In A On With'), 'en');
  assert.equal(detectLanguage('İn İt İs İts Bİ Cİ Dİ Eİ'), 'und');
});

test('only the opening 1,500 characters are read', () => {
  const foreign = 'Lorem ipsum dolor sit amet consectetur adipiscing elit '.repeat(30);
  assert.equal(detectLanguage(foreign + 'the of and to in a on with '.repeat(50)), 'und');
});

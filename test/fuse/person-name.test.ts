import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fullerName, nameKeys, nameTokens, samePerson } from '../../src/fuse/person-name.ts';

test('shortened renderings of one name are the same person', () => {
  const same: [string, string][] = [
    ['Ukhnaagiin Khurelsukh', 'Khurelsukh'],
    ['Ukhnaagiin Khurelsukh', 'U. Khurelsukh'],
    ['U. Khurelsukh', 'Khurelsukh'],
    ['Xi Jinping', 'Xi'],
    ['Xi Jinping', 'Jinping'],
    ['Khurelsukh Ukhnaagiin', 'Ukhnaagiin Khurelsukh'],
    ['Recep Tayyip Erdoğan', 'Erdogan'],
    ['Kassym-Jomart Tokayev', 'K. Tokayev'],
    ['Kassym-Jomart Tokayev', 'TOKAYEV'],
  ];
  for (const [a, b] of same) assert.ok(samePerson(a, b), `${a} ~ ${b}`);
});

test('other people with a shared name part are not merged', () => {
  const different: [string, string][] = [
    ['Ukhnaagiin Khurelsukh', 'B. Khurelsukh'],
    ['Ukhnaagiin Khurelsukh', 'Battsetseg Khurelsukh'],
    ['Sadyr Japarov', 'Akylbek Japarov'],
    ['Wang Yi', 'Wang Wentao'],
    ['Xi Jinping', 'Li Qiang'],
    ['Khurelsukh', 'Oyun-Erdene'],
  ];
  for (const [a, b] of different) assert.ok(!samePerson(a, b), `${a} !~ ${b}`);
  assert.ok(!samePerson(null, 'Khurelsukh'));
  assert.ok(!samePerson('', 'Khurelsukh'));
});

test('the fuller name wins and initials are recognised', () => {
  assert.equal(fullerName('Khurelsukh', 'Ukhnaagiin Khurelsukh'), 'Ukhnaagiin Khurelsukh');
  assert.equal(fullerName('U. Khurelsukh', 'Ukhnaagiin Khurelsukh'), 'Ukhnaagiin Khurelsukh');
  assert.equal(fullerName('Ukhnaagiin Khurelsukh', 'U. Khurelsukh'), 'Ukhnaagiin Khurelsukh');
  assert.deepEqual(nameTokens('U. Khurelsukh').map((t) => t.initial), [true, false]);
  assert.deepEqual(nameTokens('Wang Yi').map((t) => t.initial), [false, false]);
});

test('names samePerson accepts share an index key; the keys skip initials', () => {
  const shares = (a: string, b: string) => nameKeys(a).some((k) => nameKeys(b).includes(k));
  const same: [string, string][] = [
    ['Ukhnaagiin Khurelsukh', 'U. Khurelsukh'], ['Xi Jinping', 'Xi'], ['Khurelsukh Ukhnaagiin', 'Ukhnaagiin Khurelsukh'],
    ['Recep Tayyip Erdoğan', 'Erdogan'], ['Kassym-Jomart Tokayev', 'TOKAYEV'], ['Xi Jinping', 'Jinping'],
  ];
  for (const [a, b] of same) {
    assert.ok(samePerson(a, b));
    assert.ok(shares(a, b), `${a} / ${b}`);
  }
  assert.deepEqual(nameKeys('U. Khurelsukh'), ['khurelsukh']);
  assert.deepEqual(nameKeys('Kassym-Jomart Tokayev').sort(), ['kassym-jomart', 'tokayev']);
  // Unrelated people get disjoint keys, so the lookup never hands them to the comparison.
  assert.ok(!shares('Xi Jinping', 'Li Qiang'));
  assert.ok(!shares('Khurelsukh', 'Oyun-Erdene'));
  // Initials alone can only be the same spelling again.
  assert.deepEqual(nameKeys('B. K.'), ['=b k']);
  assert.notDeepEqual(nameKeys('B. K.'), nameKeys('B. L.'));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorIndex } from '../../../src/extract/actors/dictionary/index.ts';
import { dictionaryLookup, dictionaryToken } from '../../../src/extract/actors/dictionary-memo.ts';
import type { DictionaryEntry } from '../../../src/model/actor.ts';

function entry(name: string, aliases: string[], validFrom: string | null, validTo: string | null, country = 'KAZ'): DictionaryEntry {
  const e: DictionaryEntry = { name, aliases, role: 'President', country, org: null, validFrom, validTo };
  return e;
}

const user = new ActorIndex([entry('Kassym-Jomart Tokayev', ['Tokayev'], '2019-03-20', null)]);
const builtin = new ActorIndex([
  entry('Nursultan Nazarbayev', [], '1991-12-16', '2019-03-19'),
  entry('Kassym-Jomart Tokayev', [], '2019-03-20', null),
  entry('Ali Aliyev', [], null, null, 'AZE'),
  entry('Ilham Aliyev', [], null, null, 'AZE'),
]);

test('the user dictionary first, then the built-in list, by the article date', () => {
  assert.equal(dictionaryLookup({ published: '2024-07-05', user, builtin }, 'Tokayev')?.source, 'user-dictionary');
  assert.equal(dictionaryLookup({ published: '2024-07-05', user: null, builtin }, 'Kassym-Jomart Tokayev')?.source, 'builtin-dictionary');
  // The same question on another date has its own answer, remembered apart.
  assert.equal(dictionaryLookup({ published: '2010-01-01', user: null, builtin }, 'Kassym-Jomart Tokayev'), null);
  assert.equal(dictionaryLookup({ published: '2024-07-05', user: null, builtin }, 'Kassym-Jomart Tokayev')?.entry.name, 'Kassym-Jomart Tokayev');
  assert.equal(dictionaryLookup({ published: null, user: null, builtin }, 'Nursultan Nazarbayev')?.entry.name, 'Nursultan Nazarbayev');
  assert.equal(dictionaryLookup({ published: '2024-07-05', user: null, builtin }, 'Nursultan Nazarbayev'), null);
});

test('a surname alone names someone only when it points to one person', () => {
  const src = { published: '2024-07-05', user: null, builtin };
  assert.equal(dictionaryToken(src, 'Tokayev')?.entry.name, 'Kassym-Jomart Tokayev');
  assert.equal(dictionaryToken(src, 'Aliyev'), null);
  assert.equal(dictionaryToken(src, 'Xi'), null);
  assert.equal(dictionaryToken(src, 'Nazarbayev'), null);
  assert.equal(dictionaryToken({ ...src, published: '2000-01-01' }, 'Nazarbayev')?.entry.name, 'Nursultan Nazarbayev');
});

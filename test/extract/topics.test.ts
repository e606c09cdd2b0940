import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTopics } from '../../src/extract/topics.ts';

const topics = (s: string) => findTopics(s, 0, s.length, []).map((t) => `${t.topic}:${t.span.text}`);

test('a cue that is a proper name counts wherever it stands in the sentence', () => {
  assert.deepEqual(topics('They discussed the latest developments in Gaza and Lebanon.'), ['regional_international:Gaza']);
  assert.deepEqual(topics('The leaders exchanged views on Ukraine.'), ['regional_international:Ukraine']);
  // Written in lower case, it is a word, not the place.
  assert.deepEqual(topics('They walked the gaza strip of the garden.'), []);
});

test('a common-word cue found capitalised inside a sentence is part of a name, not a topic', () => {
  assert.deepEqual(topics('He spoke at the Chamber of Commerce in Almaty.'), []);
  assert.deepEqual(topics('Commerce was discussed.'), ['trade:Commerce']);
});

test('edible oils are farm produce, not energy; oil alone is energy', () => {
  assert.deepEqual(topics('They discussed palm oil exports.').filter((t) => !t.startsWith('trade')), ['agriculture:palm oil']);
  assert.deepEqual(topics('They discussed oil and gas.'), ['energy:oil']);
});

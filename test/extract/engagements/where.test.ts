import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentencePlace } from '../../../src/extract/engagements/where.ts';

const placeOfSentence = (s: string) => sentencePlace(s, 0, s.length, [])?.location ?? null;

test('a seat of government stands for its city, also named by a part of it ("the South Lawn of the White House")', () => {
  assert.deepEqual(placeOfSentence('Biden welcomed Modi with a ceremony on the South Lawn of the White House on Thursday.'), { place: 'Washington', country: 'USA' });
  assert.deepEqual(placeOfSentence('They met at the White House.'), { place: 'Washington', country: 'USA' });
  // Must NOT: the seat speaking, no place of a meeting.
  assert.equal(placeOfSentence('A spokesman of the White House said talks would follow.'), null);
});

test('a venue cut off by the window read is read whole ("at the Istana Nurul Iman" is not Singapore\'s Istana)', () => {
  const s = 'Modi held talks with the Sultan at the Istana Nurul Iman in Bandar Seri Begawan.';
  const cut = s.indexOf('Nurul') + 2;
  assert.deepEqual(sentencePlace(s, 0, cut, [])?.location ?? null, { place: 'Bandar Seri Begawan', country: 'BRN' });
});

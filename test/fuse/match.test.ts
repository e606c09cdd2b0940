import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Participant } from '../../src/model/engagement.ts';
import { datesAgree, kindsCompatible, matchScore, partyKeys, type ClaimSide, type EngagementSide } from '../../src/fuse/match.ts';

const p = (name: string | null, country: string | null, org: string | null = null): Participant => ({ name, role: null, country, org });
const pair = [p('Khurelsukh', 'MNG'), p('Tokayev', 'KAZ')];
const claim = (over: Partial<ClaimSide>): ClaimSide => ({ kind: 'meeting', date: '2024-05-10', participants: pair, published: '2024-05-10', ...over });
const eng = (over: Partial<EngagementSide>): EngagementSide => ({ kind: 'meeting', date: '2024-05-10', participants: pair, firstReported: '2024-05-10', lastReported: '2024-05-11', ...over });

test('kinds: visit and meeting are compatible, calls are not meetings', () => {
  assert.ok(kindsCompatible('visit', 'meeting'));
  assert.ok(kindsCompatible('phone_call', 'phone_call'));
  assert.ok(!kindsCompatible('phone_call', 'meeting'));
  assert.ok(!kindsCompatible('video_call', 'phone_call'));
});

test('dates: within a day when both known, within 3 days of reporting when one is missing', () => {
  assert.ok(datesAgree(claim({ date: '2024-05-11' }), eng({})));
  assert.ok(!datesAgree(claim({ date: '2024-05-12' }), eng({})));
  assert.ok(datesAgree(claim({ date: null, published: '2024-05-13' }), eng({})));
  assert.ok(!datesAgree(claim({ date: null, published: '2024-05-14' }), eng({})));
  assert.ok(datesAgree(claim({ date: '2024-05-14' }), eng({ date: null })));
  assert.ok(!datesAgree(claim({ date: '2024-05-15' }), eng({ date: null })));
  assert.ok(datesAgree(claim({ date: null, published: '2024-05-08' }), eng({ date: null })));
  assert.ok(!datesAgree(claim({ date: null, published: null }), eng({ date: null })));
});

test('parties: equal sets match; overlaps need the same people in two countries', () => {
  assert.deepEqual(partyKeys([p('Guterres', null, 'un'), p('X', 'mng')]), ['MNG', 'org:UN']);
  assert.ok(matchScore(claim({}), eng({})) !== null);
  const trio = [...pair, p('Japarov', 'KGZ')];
  assert.ok(matchScore(claim({ participants: trio }), eng({})) !== null);
  assert.ok(matchScore(claim({ participants: [p('Oyun-Erdene', 'MNG'), p('Smailov', 'KAZ'), p('Japarov', 'KGZ')] }), eng({})) === null);
  assert.equal(matchScore(claim({ participants: [p('Khurelsukh', 'MNG'), p('Putin', 'RUS')] }), eng({})), null);
  // Same parties and day, but one side's people are all others: a separate meeting (a courtesy call).
  assert.equal(matchScore(claim({ participants: [p('Oyun-Erdene', 'MNG'), p('Tokayev', 'KAZ')] }), eng({})), null);
  // Unnamed people on one side do not count against a match.
  assert.ok(matchScore(claim({ participants: [p(null, 'MNG'), p('K. Tokayev', 'KAZ')] }), eng({})) !== null);
  // One party alone is not an engagement and matches nothing.
  assert.equal(matchScore(claim({ participants: [p('Khurelsukh', 'MNG')] }), eng({ participants: [p('Khurelsukh', 'MNG')] })), null);
  assert.equal(matchScore(claim({ kind: 'phone_call' }), eng({})), null);
  // An exact party match beats a partial one, and an equal date beats a neighbouring one.
  assert.ok(matchScore(claim({}), eng({}))! > matchScore(claim({ participants: trio }), eng({}))!);
  assert.ok(matchScore(claim({}), eng({}))! > matchScore(claim({ date: '2024-05-11' }), eng({}))!);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameo, codeEngagement } from '../../../src/extract/codes/index.ts';
import type { CameoEvent, Codes } from '../../../src/model/engagement.ts';
import { engagement, person } from './fixtures.ts';

const dyads = (codes: Codes) => codes.cameo.map((c) => `${c.source}>${c.target}:${c.code}`).sort();
const codesOf = (events: CameoEvent[]) => new Set(events.map((c) => c.code));

function assertSane(codes: Codes): void {
  for (const ev of [...codes.cameo, ...codes.outcomes.flatMap((o) => o.cameo)]) {
    assert.notEqual(ev.source, ev.target, `self-dyad ${ev.source}>${ev.target}`);
    const row = cameo(ev.code);
    assert.ok(row, ev.code);
    assert.equal(ev.goldstein, row.goldstein, `Goldstein for ${ev.code} comes from the table`);
    assert.equal(ev.quadClass, row.quadClass);
    assert.equal(ev.name, row.name);
  }
}

test('a KAZ-MNG meeting in Astana: MNG visits (042), KAZ hosts (043), PLOVER CONSULT visit', () => {
  const c = codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'KAZ'));
  assert.deepEqual(dyads(c), ['KAZ>MNG:043', 'MNG>KAZ:042']);
  assert.equal(c.plover.event, 'CONSULT');
  assert.equal(c.plover.mode, 'visit');
  assert.deepEqual(c.plover.actors, ['MNG']);
  assert.deepEqual(c.plover.recipients, ['KAZ']);
  assert.ok(!codesOf(c.cameo).has('044'), 'a hosted meeting is not at a third location');
  assertSane(c);
});

test('a visit is hosted by whichever participant the place belongs to', () => {
  const c = codeEngagement(engagement('visit', ['KAZ', 'MNG'], 'MNG'));
  assert.deepEqual(dyads(c), ['KAZ>MNG:042', 'MNG>KAZ:043']);
  assert.equal(c.plover.mode, 'visit');
  assert.deepEqual(c.plover.recipients, ['MNG']);
});

test('phone and video calls are 041 both ways, PLOVER mode phone, never a visit or host code', () => {
  for (const kind of ['phone_call', 'video_call'] as const) {
    // A location on a call (where one side sat) must not turn it into a visit.
    const c = codeEngagement(engagement(kind, ['KAZ', 'MNG'], 'KAZ'));
    assert.deepEqual(dyads(c), ['KAZ>MNG:041', 'MNG>KAZ:041'], kind);
    assert.equal(cameo('041')?.name, 'Discuss by telephone');
    assert.equal(c.plover.mode, 'phone');
    assert.deepEqual(c.plover.actors, ['KAZ', 'MNG']);
    assert.deepEqual(c.plover.recipients, []);
    for (const no of ['042', '043', '044']) assert.ok(!codesOf(c.cameo).has(no), `${kind} must not get ${no}`);
    assertSane(c);
  }
});

test('a three-way call stays phone, not multilateral', () => {
  const c = codeEngagement(engagement('video_call', ['KAZ', 'MNG', 'CHN'], null));
  assert.equal(c.plover.mode, 'phone');
  assert.equal(c.cameo.length, 6);
});

test('a meeting in a third country is 044 both ways, with no visit or host code', () => {
  const c = codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'CHN'));
  assert.deepEqual(dyads(c), ['KAZ>MNG:044', 'MNG>KAZ:044']);
  assert.ok(!codesOf(c.cameo).has('042'));
  assert.ok(!codesOf(c.cameo).has('043'));
  assert.equal(c.plover.mode, 'third-party');
  assert.deepEqual(c.plover.actors, ['KAZ', 'MNG']);
  assert.deepEqual(c.plover.recipients, []);
});

test('a visit to a third country is coded like a meeting there', () => {
  const c = codeEngagement(engagement('visit', ['KAZ', 'MNG'], 'CHN'));
  assert.deepEqual(dyads(c), ['KAZ>MNG:044', 'MNG>KAZ:044']);
  assert.equal(c.plover.mode, 'third-party');
});

test('unknown place: a meeting is 044, a visit (which must have had a host) is 040 with mode visit', () => {
  const m = codeEngagement(engagement('meeting', ['KAZ', 'MNG'], null));
  assert.deepEqual(dyads(m), ['KAZ>MNG:044', 'MNG>KAZ:044']);
  assert.equal(m.plover.mode, 'third-party');
  const v = codeEngagement(engagement('visit', ['KAZ', 'MNG'], null));
  assert.deepEqual(dyads(v), ['KAZ>MNG:040', 'MNG>KAZ:040']);
  assert.equal(v.plover.mode, 'visit');
  for (const no of ['042', '043', '044']) assert.ok(!codesOf(v.cameo).has(no));
});

test('a three-country meeting is multilateral; guests meet each other at a third location', () => {
  const c = codeEngagement(engagement('meeting', ['KAZ', 'MNG', 'CHN'], 'KAZ'));
  assert.equal(c.plover.mode, 'multilateral');
  assert.deepEqual(dyads(c), [
    'CHN>KAZ:042', 'CHN>MNG:044', 'KAZ>CHN:043', 'KAZ>MNG:043', 'MNG>CHN:044', 'MNG>KAZ:042',
  ]);
  assert.deepEqual(c.plover.actors, ['MNG', 'CHN']);
  assert.deepEqual(c.plover.recipients, ['KAZ']);
  assertSane(c);
  const third = codeEngagement(engagement('meeting', ['KAZ', 'MNG', 'CHN'], 'RUS'));
  assert.equal(third.plover.mode, 'multilateral');
  assert.deepEqual([...codesOf(third.cameo)], ['044']);
});

test('two-country meetings are not multilateral', () => {
  assert.notEqual(codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'CHN')).plover.mode, 'multilateral');
  assert.notEqual(codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'KAZ')).plover.mode, 'multilateral');
});

test('several officials of one country are one actor: no dyad from a country to itself', () => {
  const c = codeEngagement(engagement('meeting', [person('KAZ', null, 'President'), person('KAZ', null, 'FM'), person('MNG')], 'KAZ'));
  assert.deepEqual(dyads(c), ['KAZ>MNG:043', 'MNG>KAZ:042']);
  assert.equal(c.plover.mode, 'visit', 'two countries, however many people');
  assertSane(c);
});

test('organisation officials act under the acronym; an organisation never hosts', () => {
  const c = codeEngagement(engagement('meeting', [person(null, 'WHO'), person('KAZ')], 'KAZ'));
  assert.deepEqual(dyads(c), ['KAZ>WHO:043', 'WHO>KAZ:042']);
  const geneva = codeEngagement(engagement('meeting', [person(null, 'WHO'), person('KAZ')], 'CHE'));
  assert.deepEqual(dyads(geneva), ['KAZ>WHO:044', 'WHO>KAZ:044']);
  // A national who represents their country counts for the country, even with an org set.
  assert.deepEqual(codeEngagement(engagement('meeting', [person('KAZ', 'SCO'), person('MNG')], null)).plover.actors, ['KAZ', 'MNG']);
});

test('participants with neither country nor org are not actors', () => {
  const c = codeEngagement(engagement('meeting', [person('KAZ'), person(null, null), person('MNG')], 'KAZ'));
  assert.equal(c.cameo.length, 2);
  assert.ok(c.cameo.every((d) => d.source !== null && d.target !== null));
});

test('one party alone gives no dyads but still a PLOVER event', () => {
  const c = codeEngagement(engagement('meeting', ['KAZ'], null));
  assert.deepEqual(c.cameo, []);
  assert.equal(c.plover.event, 'CONSULT');
  assert.deepEqual(c.outcomes, []);
});

test('PLOVER contexts come from the topics, distinct and in topic order', () => {
  const c = codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'KAZ', {
    topics: ['trade', 'investment', 'culture_humanitarian', 'health', 'security_defense', 'space'],
  }));
  assert.deepEqual(c.plover.context, ['economic', 'culture', 'disease', 'military']);
  assert.ok(!c.plover.context.includes('humanitarian'), 'cultural-humanitarian cooperation is not aid');
  assert.deepEqual(codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'KAZ')).plover.context, []);
});

test('no negotiation code is added to an ordinary meeting', () => {
  const c = codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'KAZ', { topics: ['trade'] }));
  assert.ok(!codesOf(c.cameo).has('046'));
});

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { derive, eng, memoryFacts, outcome, who } from './facts.ts';

const tokayev = who('Kassym-Jomart Tokayev', 'KAZ');
const khurelsukh = who('Ukhnaagiin Khurelsukh', 'MNG');

/** July: Khurelsukh invites Tokayev to a state visit to Mongolia, and Tokayev accepts. */
function invitation() {
  return eng({
    date: '2024-07-04', place: 'Astana', country: 'KAZ', participants: [tokayev, khurelsukh],
    outcomes: [
      outcome('invitation', 'MNG', 'KAZ', 'Kassym-Jomart Tokayev to pay a state visit to Mongolia'),
      outcome('acceptance', null, null, 'accepted'),
    ],
  });
}

async function invitationOf(...later: ReturnType<typeof eng>[]) {
  const origin = invitation();
  const all = await derive(memoryFacts([origin, ...later]));
  const c = all.find((x) => x.draft.kind === 'invitation' && x.draft.engagementId === origin.id);
  assert.ok(c, 'the invitation is a commitment');
  return c;
}

describe('an invitation to a state visit', () => {
  test('is owed by the invitee to the host, accepted at the same meeting', async () => {
    const c = await invitationOf();
    assert.deepEqual(c.draft.owedBy, ['KAZ']);
    assert.deepEqual(c.draft.owedTo, ['MNG']);
    assert.equal(c.draft.subject, 'visit');
    assert.equal(c.draft.detail.invitee, 'Kassym-Jomart Tokayev');
    assert.deepEqual(c.history.events.map((e) => e.status), ['proposed', 'accepted']);
    assert.equal(c.history.status, 'accepted');
  });

  test('is fulfilled by the invitee\'s later visit to the host country', async () => {
    const visit = eng({ kind: 'visit', date: '2024-10-29', place: 'Ulaanbaatar', country: 'MNG', participants: [who('Tokayev', 'KAZ'), khurelsukh] });
    const c = await invitationOf(visit);
    assert.equal(c.history.status, 'fulfilled');
    assert.equal(c.links.length, 1);
    assert.equal(c.links[0].engagementId, visit.id);
    assert.equal(c.links[0].relation, 'fulfils');
    assert.ok(c.links[0].confidence >= 0.8);
    assert.match(c.links[0].reason, /Tokayev made a visit to Ulaanbaatar, MNG on 29 October 2024/);
    const last = c.history.events.at(-1)!;
    assert.equal(last.engagementId, visit.id, 'the fulfilment names the report that caused it');
  });

  test('is NOT fulfilled by a visit to the same country by a different leader of another country', async () => {
    const putin = eng({ kind: 'visit', date: '2024-09-03', place: 'Ulaanbaatar', country: 'MNG', participants: [who('Vladimir Putin', 'RUS'), khurelsukh] });
    const c = await invitationOf(putin);
    assert.equal(c.links.length, 0);
    assert.equal(c.history.status, 'accepted');
  });

  test('is NOT fulfilled by a visit of someone else from the invitee\'s country', async () => {
    const pm = eng({ kind: 'visit', date: '2024-10-01', place: 'Ulaanbaatar', country: 'MNG', participants: [who('Olzhas Bektenov', 'KAZ', 'Prime Minister'), khurelsukh] });
    const c = await invitationOf(pm);
    assert.equal(c.links.length, 0);
  });

  test('is NOT fulfilled by the invitee\'s visit to another country', async () => {
    const china = eng({ kind: 'visit', date: '2024-10-01', place: 'Beijing', country: 'CHN', participants: [tokayev, who('Xi Jinping', 'CHN')] });
    const c = await invitationOf(china);
    assert.equal(c.links.length, 0);
  });

  test('is NOT fulfilled by a visit before the invitation, nor on its day', async () => {
    const earlier = eng({ kind: 'visit', date: '2024-03-01', place: 'Ulaanbaatar', country: 'MNG', participants: [tokayev, khurelsukh] });
    const sameDay = eng({ kind: 'visit', date: '2024-07-04', place: 'Ulaanbaatar', country: 'MNG', participants: [tokayev, khurelsukh] });
    const c = await invitationOf(earlier, sameDay);
    assert.equal(c.links.length, 0);
  });

  test('is NOT fulfilled by a meeting in the host country that is not a visit', async () => {
    const sidelines = eng({ kind: 'meeting', date: '2024-09-10', place: 'Ulaanbaatar', country: 'MNG', participants: [tokayev, khurelsukh] });
    const c = await invitationOf(sidelines);
    assert.equal(c.links.length, 0);
  });

  test('takes the first qualifying visit; a rejected link gives way to the next', async () => {
    const first = eng({ kind: 'visit', date: '2024-10-29', place: 'Ulaanbaatar', country: 'MNG', participants: [tokayev, khurelsukh] });
    const second = eng({ kind: 'visit', date: '2025-05-02', place: 'Khovd', country: 'MNG', participants: [tokayev, khurelsukh] });
    const origin = invitation();
    const facts = memoryFacts([origin, first, second]);
    const [c] = (await derive(facts)).filter((x) => x.draft.kind === 'invitation');
    assert.deepEqual(c.links.map((l) => l.engagementId), [first.id]);
    const [again] = (await derive(facts, '2025-06-01', { links: { [c.links[0].id]: { review: 'rejected' } } })).filter((x) => x.draft.kind === 'invitation');
    assert.deepEqual(again.links.map((l) => l.engagementId), [second.id]);
    assert.equal(again.history.status, 'fulfilled');
  });

  test('lapses when its deadline passes with no visit, and a late visit still fulfils it', async () => {
    const origin = eng({
      date: '2024-07-03', place: 'Astana', country: 'KAZ', participants: [tokayev, who('Vladimir Putin', 'RUS')],
      outcomes: [outcome('invitation', 'KAZ', 'RUS', 'Putin to return in the autumn, this time on a state visit')],
    });
    const [lapsed] = await derive(memoryFacts([origin]), '2025-01-10');
    assert.equal(lapsed.draft.deadline, '2024-11-30');
    assert.equal(lapsed.history.status, 'lapsed');
    assert.match(lapsed.history.events.at(-1)!.reason, /deadline \(in the autumn\) passed/);
    const late = eng({ kind: 'visit', date: '2024-12-20', place: 'Astana', country: 'KAZ', participants: [who('Putin', 'RUS'), tokayev] });
    const [c] = await derive(memoryFacts([origin, late]), '2025-01-10');
    assert.deepEqual(c.history.events.map((e) => e.status), ['proposed', 'lapsed', 'fulfilled']);
    assert.match(c.links[0].reason, /after the deadline/);
  });

  test('an invitation recalled at the visit itself ("had invited") is not a new promise', async () => {
    const visit = eng({
      kind: 'visit', date: '2024-11-27', place: 'Astana', country: 'KAZ', participants: [who('Vladimir Putin', 'RUS'), tokayev],
      outcomes: [outcome('invitation', 'KAZ', 'RUS', 'Putin during the summit in July')],
    });
    const all = await derive(memoryFacts([visit], {}, { 'Putin during the summit in July': 'Tokayev had invited Putin during the summit in July.' }));
    assert.equal(all.length, 0);
  });

  test('an invitation to tourists is a promise with no automatic follow-up', async () => {
    const origin = eng({ date: '2024-10-29', participants: [tokayev, khurelsukh], outcomes: [outcome('invitation', 'KAZ', 'MNG', 'Mongolian tourists to discover Turkestan')] });
    const trip = eng({ kind: 'visit', date: '2025-02-01', place: 'Astana', country: 'KAZ', participants: [khurelsukh, tokayev] });
    const [c] = await derive(memoryFacts([origin, trip]));
    assert.equal(c.draft.subject, 'other');
    assert.equal(c.links.length, 0);
  });
});

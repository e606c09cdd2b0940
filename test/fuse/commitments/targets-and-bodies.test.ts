import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyNews } from '../../../src/fuse/commitments/follow-ups/body.ts';
import { volumesReached } from '../../../src/fuse/commitments/follow-ups/volume.ts';
import { findDeadline } from '../../../src/fuse/commitments/deadline.ts';
import { derive, eng, memoryFacts, outcome, who } from './facts.ts';

const kaz = who('Kassym-Jomart Tokayev', 'KAZ');
const mng = who('Ukhnaagiin Khurelsukh', 'MNG');
const usd = (value: number) => ({ value, unit: 'USD' });

function target() {
  return eng({
    date: '2024-07-04', participants: [kaz, mng],
    outcomes: [outcome('target', 'KAZ', 'MNG', 'bringing mutual trade to $500 million, and a Kazakh-Mongolian business council should be set up without delay', usd(500_000_000))],
  });
}

describe('a trade target', () => {
  test('is updated by a later report of the volume reached on the same pair, and named again without a second commitment', async () => {
    const origin = target();
    const visit = eng({ kind: 'visit', date: '2024-10-29', participants: [kaz, mng], outcomes: [outcome('target', 'KAZ', 'MNG', 'raising trade to $500 million', usd(500_000_000))] });
    const facts = memoryFacts([origin, visit], { [visit.id]: ['Tokayev noted that trade had reached about $150 million in 2023 and set the task of raising it to $500 million.'] });
    const all = await derive(facts);
    const trade = all.filter((c) => c.draft.subject === 'trade_volume');
    assert.equal(trade.length, 1, 'the restated target is a follow-up, not a new promise');
    const [c] = trade;
    assert.deepEqual(c.links.map((l) => l.relation).sort(), ['restates', 'updates']);
    const upd = c.links.find((l) => l.relation === 'updates')!;
    assert.deepEqual(upd.detail.reached, usd(150_000_000));
    assert.equal(upd.detail.year, 2023);
    assert.match(upd.reason, /30% of the \$500 million target/);
    assert.equal(c.history.status, 'proposed', '$150 million is not $500 million');
  });

  test('is fulfilled when a later report gives a volume at or above it', async () => {
    const origin = target();
    const later = eng({ date: '2026-03-01', participants: [kaz, mng] });
    const [c] = (await derive(memoryFacts([origin, later], { [later.id]: ['Bilateral trade exceeded $520 million last year, the presidents said.'] }), '2026-06-01'))
      .filter((x) => x.draft.subject === 'trade_volume');
    assert.equal(c.history.status, 'fulfilled');
    assert.equal(c.history.events.at(-1)!.engagementId, later.id);
  });

  test('is NOT updated by trade with a third country, a goal, or a report before it was set', async () => {
    const origin = target();
    const third = eng({ date: '2024-11-01', participants: [kaz, mng] });
    const earlier = eng({ date: '2024-01-10', participants: [kaz, mng] });
    const other = eng({ date: '2024-12-01', participants: [kaz, who('Xi Jinping', 'CHN')] });
    const facts = memoryFacts([origin, third, earlier, other], {
      [third.id]: ['Kazakhstan\'s trade with China reached $40 billion.', 'Trade should reach $500 million by 2030.', 'Trade will have reached $300 million by then.'],
      [earlier.id]: ['Trade reached $120 million last year.'],
      [other.id]: ['Trade reached $800 million.'],
    });
    const [c] = (await derive(facts)).filter((x) => x.draft.subject === 'trade_volume');
    assert.deepEqual(c.links, []);
  });

  test('volumes: reached after a verb of arrival, with hedges; not goals or other currencies', () => {
    assert.deepEqual(volumesReached('Trade, which stood at roughly $150 million last year, should rise to $500 million.', '2024-10-30', 'USD').map((v) => [v.reached.value, v.year]), [[150_000_000, 2023]]);
    assert.deepEqual(volumesReached('Trade should reach $500 million.', '2024-10-30', 'USD'), []);
    assert.deepEqual(volumesReached('Investment reached $40 million.', '2024-10-30', 'USD'), [], 'not about trade');
    assert.deepEqual(volumesReached('Trade reached 40 million euros.', '2024-10-30', 'USD'), [], 'another currency');
  });
});

describe('a body to be set up', () => {
  test('mentioned in passing in a target\'s sentence, becomes its own proposal, fulfilled by a report of its creation', async () => {
    const origin = target();
    const later = eng({ date: '2025-03-12', participants: [kaz, mng] });
    const facts = memoryFacts([origin, later], { [later.id]: ['The Kazakh-Mongolian Business Council held its first meeting in Astana on Wednesday.'] });
    const [c] = (await derive(facts)).filter((x) => x.draft.subject === 'body');
    assert.equal(c.draft.kind, 'proposal');
    assert.equal(c.draft.detail.body, 'business council');
    assert.match(c.draft.summary, /business council should be set up/);
    assert.equal(c.history.status, 'fulfilled');
    assert.equal(c.links[0].engagementId, later.id);
  });

  test('is NOT fulfilled by another call to set it up, nor by a body of another pair', async () => {
    const origin = target();
    const again = eng({ date: '2025-03-12', participants: [kaz, mng] });
    const elsewhere = eng({ date: '2025-04-12', participants: [kaz, who('Xi Jinping', 'CHN')] });
    const facts = memoryFacts([origin, again, elsewhere], {
      [again.id]: ['Tokayev said the business council should be set up soon.', 'He proposed that a business council be established.'],
      [elsewhere.id]: ['The Kazakh-Chinese business council was established in 2019.'],
    });
    const [c] = (await derive(facts)).filter((x) => x.draft.subject === 'body');
    assert.deepEqual(c.links, []);
    assert.equal(c.history.status, 'proposed');
  });

  test('sentences: created, agreed, or neither', () => {
    assert.equal(bodyNews('A joint business council was set up in May.', 'business council'), 'fulfils');
    assert.equal(bodyNews('The ministers launched the joint investment platform.', 'investment platform'), 'fulfils');
    assert.equal(bodyNews('The sides agreed to set up a business council.', 'business council'), 'agrees');
    assert.equal(bodyNews('A business council should be established.', 'business council'), null);
    assert.equal(bodyNews('They plan to have the business council launched next year.', 'business council'), null);
    assert.equal(bodyNews('Trade was discussed.', 'business council'), null);
  });
});

describe('deadlines and lapses', () => {
  test('deadlines come from words that look ahead, never from the past', () => {
    assert.equal(findDeadline('raise trade to $500 million by 2030', '2024-07-04')?.date, '2030-12-31');
    assert.equal(findDeadline('to the celebrations in Moscow next year', '2024-09-03')?.date, '2025-12-31');
    assert.equal(findDeadline('double trade within two years', '2024-01-10')?.date, '2026-01-10');
    assert.equal(findDeadline('to hold the next meeting in March 2025', '2024-10-01')?.date, '2025-03-31');
    assert.equal(findDeadline('since Putin\'s visit last November', '2024-07-03'), null);
    assert.equal(findDeadline('trade reached $150 million in 2023', '2024-10-29'), null);
    assert.equal(findDeadline('sworn in for a fifth term this month', '2024-05-27'), null);
  });

  test('a promise with no follow-up lapses after the horizon; a follow-up keeps it alive', async () => {
    const origin = eng({ date: '2024-01-10', participants: [kaz, mng], outcomes: [outcome('proposal', 'KAZ', 'MNG', 'launching direct flights between the capitals')] });
    const [quiet] = await derive(memoryFacts([origin]), '2026-03-01', {}, 24);
    assert.equal(quiet.history.status, 'lapsed');
    assert.equal(quiet.history.date, '2026-01-10');
    assert.match(quiet.history.events.at(-1)!.reason, /no follow-up reported within 24 months/);
    const [young] = await derive(memoryFacts([origin]), '2025-03-01', {}, 24);
    assert.equal(young.history.status, 'proposed');
    const [short] = await derive(memoryFacts([origin]), '2025-03-01', {}, 6);
    assert.equal(short.history.status, 'lapsed', 'the horizon is configurable');
  });

  test('an analyst\'s status wins, and is shown as verified', async () => {
    const origin = eng({ date: '2024-01-10', participants: [kaz, mng], outcomes: [outcome('proposal', 'KAZ', 'MNG', 'launching direct flights between the capitals')] });
    const [first] = await derive(memoryFacts([origin]));
    const [c] = await derive(memoryFacts([origin]), '2025-06-01', { commitments: { [first.draft.id]: { status: 'fulfilled' } } });
    assert.equal(c.history.status, 'fulfilled');
    assert.match(c.history.events.at(-1)!.reason, /set by tester/);
    assert.deepEqual(c.verified, ['status']);
  });

  test('fragments and declarations are not commitments', async () => {
    const e = eng({
      date: '2024-10-29', participants: [kaz, mng], outcomes: [
        outcome('proposal', null, null, 'that we set ourselves the'),
        outcome('agreement', null, null, 'adopted'),
        outcome('signing', null, null, 'the Joint Declaration on the Establishment of a Strategic Partnership'),
        outcome('gratitude', 'KAZ', 'MNG', 'Mongolia for sending its athletes'),
        outcome('signing', null, null, 'an agreement on the supply of petroleum products'),
      ],
    });
    const all = await derive(memoryFacts([e]));
    assert.deepEqual(all.map((c) => c.draft.summary), ['an agreement on the supply of petroleum products']);
    assert.equal(all[0].history.status, 'agreed');
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEngagement } from '../../../src/extract/codes/index.ts';
import { OUTCOME_KINDS, type Outcome } from '../../../src/model/engagement.ts';
import type { Topic } from '../../../src/model/topics.ts';
import { engagement, outcome } from './fixtures.ts';

function coded(o: Outcome, topics: Topic[] = [], countries = ['KAZ', 'MNG']) {
  return codeEngagement(engagement('meeting', countries, 'KAZ', { topics, outcomes: [o] })).outcomes[0];
}
const pairs = (o: ReturnType<typeof coded>) => o.cameo.map((c) => `${c.source}>${c.target}:${c.code}`).sort();

test('a signing is 057 Sign formal agreement, both ways when nobody in particular signed, PLOVER SUPPORT', () => {
  const o = coded(outcome('signing'));
  assert.deepEqual(pairs(o), ['KAZ>MNG:057', 'MNG>KAZ:057']);
  assert.equal(o.cameo[0].name, 'Sign formal agreement');
  assert.equal(o.cameo[0].goldstein, 8);
  assert.deepEqual(o.plover, { event: 'SUPPORT', mode: null, context: ['diplomatic'], actors: ['KAZ', 'MNG'], recipients: [] });
});

test('an invitation goes from the inviter to the invited only (036, PLOVER AGREE)', () => {
  const o = coded(outcome('invitation', 'KAZ', 'MNG'));
  assert.deepEqual(pairs(o), ['KAZ>MNG:036']);
  assert.deepEqual(o.plover?.actors, ['KAZ']);
  assert.deepEqual(o.plover?.recipients, ['MNG']);
  assert.equal(o.plover?.event, 'AGREE');
  assert.deepEqual(pairs(coded(outcome('acceptance', 'MNG', 'KAZ'))), ['MNG>KAZ:036']);
});

test('a by without a to acts on every other party, never on itself', () => {
  const o = coded(outcome('invitation', 'KAZ'), [], ['KAZ', 'MNG', 'CHN']);
  assert.deepEqual(pairs(o), ['KAZ>CHN:036', 'KAZ>MNG:036']);
  assert.deepEqual(o.plover?.recipients, ['MNG', 'CHN']);
  // A record that says a side invited itself yields nothing rather than a self-dyad.
  assert.deepEqual(coded(outcome('invitation', 'KAZ', 'KAZ')).cameo, []);
});

test('a to without a by: every other party acts on it', () => {
  const o = coded(outcome('invitation', null, 'CHN'), [], ['KAZ', 'MNG', 'CHN']);
  assert.deepEqual(pairs(o), ['KAZ>CHN:036', 'MNG>CHN:036']);
  assert.deepEqual(o.plover?.recipients, ['CHN']);
});

test('proposals and agreements take the 03x sub-code only when the topics leave no doubt', () => {
  for (const kind of ['proposal', 'agreement'] as const) {
    const code = (topics: Topic[]) => coded(outcome(kind, 'KAZ', 'MNG'), topics).cameo[0].code;
    assert.equal(code(['trade', 'investment']), '0311', kind);
    assert.equal(code(['security_defense']), '0312', kind);
    assert.equal(code(['trade', 'security_defense']), '031', kind);
    assert.equal(code(['trade', 'culture_humanitarian']), '030', `${kind}: a non-economic topic in the mix`);
    assert.equal(code([]), '030', `${kind}: no topics`);
    assert.notEqual(code(['health']), '0311');
  }
  assert.deepEqual(coded(outcome('agreement'), ['trade']).plover?.context, ['economic']);
});

test('a target is 0311 whatever the topics', () => {
  assert.equal(coded(outcome('target', null, null, { value: 1e9, unit: 'USD' }), ['culture_humanitarian']).cameo[0].code, '0311');
});

test('support with money is a pledge of economic aid (0331); without money it is endorsement (051)', () => {
  const money = coded(outcome('support', 'KAZ', 'MNG', { value: 500000000, unit: 'USD' }));
  assert.deepEqual(pairs(money), ['KAZ>MNG:0331']);
  assert.equal(money.plover?.event, 'AGREE');
  assert.deepEqual(money.plover?.context, ['economic']);
  assert.deepEqual(pairs(coded(outcome('support', 'KAZ', 'MNG'))), ['KAZ>MNG:051']);
  // A count is not money.
  assert.deepEqual(pairs(coded(outcome('support', 'KAZ', 'MNG', { value: 20, unit: 'documents' }))), ['KAZ>MNG:051']);
  assert.ok(!pairs(money).some((p) => p.endsWith(':071')), 'a pledge is not delivered aid');
});

test('gratitude and congratulation are 051; condolence is 018 with no PLOVER event', () => {
  assert.deepEqual(pairs(coded(outcome('gratitude', 'MNG', 'KAZ'))), ['MNG>KAZ:051']);
  assert.deepEqual(pairs(coded(outcome('congratulation', 'MNG', 'KAZ'))), ['MNG>KAZ:051']);
  const c = coded(outcome('condolence', 'MNG', 'KAZ'));
  assert.deepEqual(pairs(c), ['MNG>KAZ:018']);
  assert.equal(c.cameo[0].name, 'Make empathetic comment');
  assert.equal(c.plover, null);
});

test('one entry per outcome, in the record order, for every outcome kind', () => {
  const outcomes = OUTCOME_KINDS.map((k) => outcome(k, 'KAZ', 'MNG'));
  const codes = codeEngagement(engagement('meeting', ['KAZ', 'MNG'], 'KAZ', { outcomes }));
  assert.equal(codes.outcomes.length, OUTCOME_KINDS.length);
  assert.deepEqual(codes.outcomes.map((o) => o.cameo[0].code),
    ['030', '030', '036', '036', '0311', '057', '051', '051', '051', '018']);
  for (const o of codes.outcomes) for (const c of o.cameo) assert.notEqual(c.source, c.target);
});

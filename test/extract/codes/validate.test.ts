import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEngagement } from '../../../src/extract/codes/index.ts';
import type { Engagement } from '../../../src/model/engagement.ts';
import { UserError } from '../../../src/model/errors.ts';
import { engagement, outcome, person } from './fixtures.ts';

function rejects(e: unknown, message: RegExp): void {
  assert.throws(() => codeEngagement(e as Engagement), (err: unknown) =>
    err instanceof UserError && err.code === 'ENGAGEMENT_INVALID' && message.test(err.message) && !!err.hint, String(message));
}

test('records that break the schema are UserErrors naming the field', () => {
  rejects(null, /must be an object/);
  rejects({ ...engagement('meeting', ['KAZ', 'MNG'], null), kind: 'lunch' }, /kind "lunch" is not one of meeting/);
  rejects(engagement('meeting', ['KAZ', 'kaz'], null), /participant 2 country "kaz" is not an ISO 3166-1 alpha-3/);
  rejects(engagement('meeting', ['KAZ', 'Mongolia'], null), /"Mongolia"/);
  rejects(engagement('meeting', ['KAZ', 'MNG'], 'KZ'), /location.country "KZ"/);
  rejects({ ...engagement('meeting', ['KAZ', 'MNG'], null), participants: 'KAZ, MNG' }, /participants must be a list/);
  rejects({ ...engagement('meeting', ['KAZ', 'MNG'], null), topics: ['trade', 'football'] }, /topic "football"/);
  rejects(engagement('meeting', ['KAZ', 'MNG'], null, { outcomes: [{ ...outcome('signing'), kind: 'promise' as 'signing' }] }), /outcome 1 kind "promise"/);
  rejects(engagement('meeting', ['KAZ', 'MNG'], null, { outcomes: [outcome('signing', '' as string)] }), /outcome 1 by/);
  rejects(engagement('meeting', [person('KAZ'), person(null, '  ')], null), /participant 2 org/);
});

test('valid records pass, including ones with no place, topics or outcomes', () => {
  assert.doesNotThrow(() => codeEngagement(engagement('visit', ['KAZ', 'MNG'], null)));
  const bare = { ...engagement('meeting', ['KAZ', 'MNG'], null) } as Partial<Engagement>;
  delete bare.topics;
  delete bare.outcomes;
  assert.equal(codeEngagement(bare as Engagement).cameo.length, 2);
});

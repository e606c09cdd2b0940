import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimScores } from '../../src/fuse/claim-scores.ts';

const ev = (goldstein: unknown) => ({ code: '040', name: 'Consult', goldstein, quadClass: 1, source: null, target: null });

test('a claim\'s Goldstein values are summed over its events and its outcomes\' events; others do not count', () => {
  const codes = {
    cameo: [ev(1), ev(null), ev(3.4)],
    plover: { event: 'CONSULT', mode: null, context: [], actors: [], recipients: [] },
    outcomes: [{ cameo: [ev(7)], plover: null }, { cameo: [ev('4')], plover: null }],
  };
  assert.deepEqual(claimScores(codes as never), { goldstein_sum: 11.4, goldstein_n: 3, plover: 'CONSULT' });
});

test('codes that are missing or malformed give no values rather than an error', () => {
  assert.deepEqual(claimScores(null), { goldstein_sum: 0, goldstein_n: 0, plover: null });
  assert.deepEqual(claimScores({ cameo: 'x', outcomes: [null, 3, { cameo: {} }], plover: { event: 5 } } as never), { goldstein_sum: 0, goldstein_n: 0, plover: null });
});

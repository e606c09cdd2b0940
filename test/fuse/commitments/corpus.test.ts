import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { refreshCommitments } from '../../../src/fuse/commitments/refresh.ts';
import { listCommitments, type CommitmentView } from '../../../src/store/queries/list-commitments.ts';
import type { Store } from '../../../src/store/db.ts';
import { corpusStore } from '../../serve/api/corpus.ts';
import { withCommitmentSchema } from './schema.ts';

let store: Store;
let cleanup: () => Promise<void>;
let all: CommitmentView[];

before(async () => {
  ({ store, cleanup } = await corpusStore());
  await withCommitmentSchema(store);
  const r = await refreshCommitments(store, { asOf: '2026-01-01' });
  assert.equal(r.derived, true);
  all = await listCommitments({ db: store.db, json: store.json }, { limit: 1000 });
});
after(async () => cleanup());

describe('commitments of the example corpus', () => {
  test('the July 2024 invitation to Tokayev is fulfilled by the October 2024 state visit to Mongolia', () => {
    const inv = all.filter((c) => c.kind === 'invitation' && c.origin.date === '2024-07-04' && c.owed_by.includes('KAZ') && c.owed_to.includes('MNG'));
    assert.equal(inv.length, 1, JSON.stringify(all.map((c) => [c.kind, c.origin.date, c.summary])));
    const c = inv[0];
    assert.equal(c.status, 'fulfilled');
    assert.deepEqual(c.history.map((h) => h.status), ['proposed', 'accepted', 'fulfilled']);
    assert.equal(c.fulfilled_by.length, 1);
    const f = c.fulfilled_by[0];
    assert.equal(f.kind, 'visit');
    assert.equal(f.date, '2024-10-29');
    assert.equal(f.country, 'MNG');
    assert.ok(c.sources.length >= 1, 'the originating engagement\'s sources are listed');
  });

  test('Putin\'s September 2024 visit to Mongolia is linked to no invitation of Tokayev', () => {
    const putinVisit = all.flatMap((c) => c.links).filter((l) => l.date === '2024-09-03');
    assert.deepEqual(putinVisit, []);
  });

  test('Tokayev\'s invitation to Putin is fulfilled by the November 2024 state visit to Astana, within its autumn deadline', () => {
    const c = all.find((x) => x.kind === 'invitation' && x.owed_by.includes('RUS') && x.owed_to.includes('KAZ'));
    assert.ok(c);
    assert.equal(c.deadline, '2024-11-30');
    assert.equal(c.status, 'fulfilled');
    assert.equal(c.fulfilled_by[0].date, '2024-11-27');
  });

  test('the $500 million target is updated by the volume reported at the October visit', () => {
    const c = all.find((x) => x.subject === 'trade_volume' && x.quantity?.value === 500_000_000);
    assert.ok(c);
    const upd = c.links.find((l) => l.relation === 'updates');
    assert.ok(upd, JSON.stringify(c.links));
    assert.deepEqual(upd.detail.reached, { value: 150_000_000, unit: 'USD' });
    assert.notEqual(c.status, 'fulfilled');
  });

  test('filters by pair and status; unknown values are refused', async () => {
    const ctx = { db: store.db, json: store.json };
    const pair = await listCommitments(ctx, { pair: ['MNG', 'KAZ'] });
    assert.ok(pair.length >= 2 && pair.every((c) => c.origin.participants.some((p) => p.country === 'KAZ') && c.origin.participants.some((p) => p.country === 'MNG')));
    const fulfilled = await listCommitments(ctx, { status: 'fulfilled' });
    assert.ok(fulfilled.length >= 2 && fulfilled.every((c) => c.status === 'fulfilled'));
    await assert.rejects(listCommitments(ctx, { status: 'done' }), /status "done" is not a commitment status/);
    await assert.rejects(listCommitments(ctx, { country: 'Mongolia' }), /not an ISO 3166-1 alpha-3/);
  });

  test('deriving again with nothing changed is skipped', async () => {
    const r = await refreshCommitments(store, { asOf: '2026-01-01' });
    assert.equal(r.derived, false);
  });
});

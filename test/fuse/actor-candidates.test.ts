import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorCandidates } from '../../src/fuse/actor-candidates.ts';
import { resolveActor } from '../../src/fuse/resolve-actor.ts';
import { insertActor } from '../../src/store/writes/insert-actor.ts';
import { targets } from '../store/helpers.ts';

for (const target of targets()) {
  test(`people found for a name are remembered until their side changes (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx = { db: store.db, json: store.json };
      const known = new ActorCandidates();
      const names = async (keys: string[], country: string | null, org: string | null = null) => (await known.find(ctx, keys, country, org)).map((a) => a.name);
      await insertActor(ctx, { name: 'Ukhnaagiin Khurelsukh', aliases: [], country: 'MNG', org: null, keys: ['ukhnaagiin', 'khurelsukh'] });
      assert.deepEqual(await names(['khurelsukh'], 'MNG'), ['Ukhnaagiin Khurelsukh']);
      // Written behind its back, another person is not seen until the side is said to have changed.
      await insertActor(ctx, { name: 'B. Khurelsukh', aliases: [], country: 'MNG', org: null, keys: ['khurelsukh'] });
      await insertActor(ctx, { name: 'Khurelsukh', aliases: [], country: 'KAZ', org: null, keys: ['khurelsukh'] });
      assert.deepEqual(await names(['khurelsukh'], 'MNG'), ['Ukhnaagiin Khurelsukh']);
      assert.deepEqual(await names(['khurelsukh'], 'KAZ'), ['Khurelsukh']);
      known.changed('KAZ', null);
      assert.deepEqual(await names(['khurelsukh'], 'MNG'), ['Ukhnaagiin Khurelsukh']);
      known.changed('MNG', null);
      assert.deepEqual((await names(['khurelsukh'], 'MNG')).sort(), ['B. Khurelsukh', 'Ukhnaagiin Khurelsukh']);
      // Keys in another order are the same question; an organisation is a side of its own.
      await insertActor(ctx, { name: 'Antonio Guterres', aliases: [], country: null, org: 'UN', keys: ['antonio', 'guterres'] });
      assert.deepEqual(await names(['guterres', 'antonio'], null, 'UN'), ['Antonio Guterres']);
      assert.deepEqual(await names(['antonio', 'guterres'], null, null), []);
      known.clear();
      assert.deepEqual(await names(['khurelsukh'], 'KAZ'), ['Khurelsukh']);
    } finally {
      await cleanup();
    }
  });
}

for (const target of targets()) {
  test(`a participant settled on a stored person is that person again until its side changes, and only where no corrections apply (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx = { db: store.db, json: store.json, noCorrections: true };
      const known = new ActorCandidates();
      const tokayev = { name: 'Kassym-Jomart Tokayev', role: 'President', country: 'KAZ', org: null };
      const first = await resolveActor(ctx, tokayev, [], known);
      // The second time it is found as stored, needing no respelling: settled.
      assert.equal(await resolveActor(ctx, tokayev, [], known), first);
      assert.equal(known.settledAs('KAZ', null, tokayev.name, []), first);
      // Other aliases, another side or another name are other questions.
      assert.equal(known.settledAs('KAZ', null, tokayev.name, ['Tokayev']), undefined);
      assert.equal(known.settledAs('MNG', null, tokayev.name, []), undefined);
      // A fuller spelling of him respells him: his side changed, so nothing of it stays settled.
      assert.equal(await resolveActor(ctx, { ...tokayev, name: 'Tokayev' }, [], known), first);
      assert.equal(await resolveActor(ctx, tokayev, ['K. Tokayev'], known), first);
      assert.equal(known.settledAs('KAZ', null, tokayev.name, []), undefined);
      // Where corrections may apply, nothing is settled.
      const other = new ActorCandidates();
      await resolveActor({ ...ctx, noCorrections: false }, tokayev, [], other);
      await resolveActor({ ...ctx, noCorrections: false }, tokayev, [], other);
      assert.equal(other.settledAs('KAZ', null, tokayev.name, []), undefined);
      known.clear();
      assert.equal(known.settledAs('KAZ', null, tokayev.name, []), undefined);
    } finally {
      await cleanup();
    }
  });
}

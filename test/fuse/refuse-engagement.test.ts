import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { engagementActors, refuseEngagement } from '../../src/fuse/refuse-engagement.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { article, person, prose, record, tableExtractor, targets } from '../store/helpers.ts';

// 70 outlets report one meeting, each with its own occasion wording: more claims than one fetch takes.
const N = 70;
const titles = Array.from({ length: N }, (_, i) => `outlet ${i}`);
const extractor = tableExtractor(Object.fromEntries(titles.map((t, i) => [t, [record({
  participants: [person('Kassym-Jomart Tokayev', 'KAZ', 'President'), person('Ukhnaagiin Khurelsukh', 'MNG', 'President')],
  date: '2024-07-04', location: { place: 'Astana', country: 'KAZ' }, occasion: i % 3 ? 'SCO Summit' : 'the SCO summit', topics: i % 2 ? ['trade'] : ['energy'],
})]])));

for (const target of targets()) {
  test(`claims stored before digests are read back whole, and re-fusion gives the same engagement (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const s = await ingestArticles(store, titles.map((title, i) => article({ title, text: prose(100 + i), published: '2024-07-05' })), extractor);
      assert.equal(s.new, N);
      const [before] = await listEngagements(store, {});
      assert.equal(before.sources.length, N);
      // As a store upgraded from before migration 0011 has them: no digest, so nothing is found in memory.
      await sql`update claims set digest = null`.execute(store.db);
      assert.equal(await refuseEngagement({ db: store.db, json: store.json }, before.id), 'updated');
      const [after] = await listEngagements(store, {});
      assert.deepEqual(after, before);
      assert.deepEqual(after.topics.sort(), ['energy', 'trade']);
    } finally {
      await cleanup();
    }
  });
}

test('engagementActors: one link a person, the role most claims give, whatever order the links come in', () => {
  const link = (actor_id: string, role: string | null) => ({ actor_id, role });
  assert.deepEqual(engagementActors([link('b', null), link('a', 'Minister'), link('b', 'President'), link('a', 'Envoy'), link('a', 'Minister'), link('c', null)]), [
    link('a', 'Minister'),
    link('b', 'President'),
    link('c', null),
  ]);
  // A tie goes to the alphabetically first role; an empty role is no role.
  assert.deepEqual(engagementActors([link('a', 'President'), link('a', ''), link('a', 'Chairman')]), [link('a', 'Chairman')]);
  const links = fc.array(fc.record({ actor_id: fc.constantFrom('a1', 'a2', 'a3'), role: fc.constantFrom(null, '', 'President', 'Minister', 'Envoy') }), { maxLength: 12 });
  const andShuffled = links.chain((ls) => fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls, { minLength: ls.length, maxLength: ls.length })));
  fc.assert(fc.property(andShuffled, ([ls, shuffled]) => {
    assert.deepEqual(engagementActors(shuffled), engagementActors(ls));
  }));
  // Links counted (as the store hands them back) vote as the same links written out one by one.
  fc.assert(fc.property(links, (ls) => {
    const counted = new Map<string, { actor_id: string; role: string | null; n: number }>();
    for (const l of ls) {
      const k = `${l.actor_id}|${l.role}`;
      const c = counted.get(k) ?? { ...l, n: 0 };
      c.n++;
      counted.set(k, c);
    }
    assert.deepEqual(engagementActors([...counted.values()]), engagementActors(ls));
  }));
});

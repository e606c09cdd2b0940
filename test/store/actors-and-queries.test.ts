import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/model/errors.ts';
import type { Store } from '../../src/store/db.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { listActors } from '../../src/store/queries/list-actors.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { stats } from '../../src/store/queries/stats.ts';
import { article, person, prose, record, tableExtractor, targets } from './helpers.ts';

for (const target of targets()) {
  describe(`actors and queries (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, cleanup } = await target.open());
      const xi = person('Xi Jinping', 'CHN', 'President');
      await ingestArticles(store, [
        article({ title: 'a1', text: prose(1), published: '2023-10-17' }),
        article({ title: 'a2', text: prose(2), published: '2024-02-01' }),
        article({ title: 'a3', text: prose(3), published: '2024-07-03' }),
        article({ title: 'a4', text: prose(4), published: '2024-07-05' }),
        article({ title: 'a5', text: prose(5), published: '2024-03-01' }),
      ], tableExtractor({
        a1: [record({ participants: [person('Ukhnaagiin Khurelsukh', 'MNG', 'President'), xi], date: '2023-10-17', topics: ['trade', 'mining_resources'] })],
        a2: [record({ participants: [person('Khurelsukh', 'MNG', 'President'), person('Vladimir Putin', 'RUS', 'President')], kind: 'phone_call', date: '2024-02-01', topics: ['energy'] })],
        a3: [record({ participants: [person('U. Khurelsukh', 'MNG', 'President'), person('Xi', 'CHN', 'President')], date: '2024-07-03', occasion: 'SCO Summit', topics: ['security_defense'] })],
        // Same surname, another country: a different person.
        a4: [record({ participants: [person('Khurelsukh', 'KAZ', 'Ambassador'), person('B. Khurelsukh', 'MNG', 'Minister of Defence')], date: '2024-07-05' })],
        a5: [record({ participants: [person('Antonio Guterres', null, 'Secretary-General', 'UN'), person('Luvsannamsrai Oyun-Erdene', 'MNG', 'Prime Minister')], date: '2024-03-01', topics: ['climate_environment'] })],
      }));
    });
    after(async () => cleanup());

    test('"Ukhnaagiin Khurelsukh", "Khurelsukh" and "U. Khurelsukh" of Mongolia are one person with dated roles', async () => {
      const found = await listActors(store, { q: 'khurelsukh' });
      const mng = found.filter((a) => a.country === 'MNG');
      const president = mng.find((a) => a.name === 'Ukhnaagiin Khurelsukh');
      assert.ok(president, `actors: ${JSON.stringify(found.map((a) => [a.name, a.country]))}`);
      assert.deepEqual(president.aliases.sort(), ['Khurelsukh', 'U. Khurelsukh']);
      assert.deepEqual(president.roles, [{ role: 'President', country: 'MNG', first_seen: '2023-10-17', last_seen: '2024-07-03' }]);
      assert.equal(president.num_engagements, 3);
      // An initial that does not fit, or another country, is someone else.
      assert.ok(mng.some((a) => a.name === 'B. Khurelsukh'));
      assert.ok(found.some((a) => a.country === 'KAZ' && a.name === 'Khurelsukh'));
      assert.equal(found.length, 3);
    });

    test('"Xi" joins "Xi Jinping"; organisation officials are kept by organisation', async () => {
      const chn = await listActors(store, { country: 'chn' });
      assert.deepEqual(chn.map((a) => [a.name, a.aliases]), [['Xi Jinping', ['Xi']]]);
      const un = (await listActors(store, { q: 'guterres' }))[0];
      assert.equal(un.country, null);
      assert.equal(un.org, 'UN');
      assert.deepEqual(un.roles.map((r) => [r.role, r.country]), [['Secretary-General', null]]);
    });

    test('engagements filter by country, pair, person, topic, kind and dates', async () => {
      const titles = async (f: Parameters<typeof listEngagements>[1]) => (await listEngagements(store, f)).map((e) => e.date).sort();
      assert.deepEqual(await titles({ country: 'CHN' }), ['2023-10-17', '2024-07-03']);
      assert.deepEqual(await titles({ pair: ['MNG', 'RUS'] }), ['2024-02-01']);
      assert.deepEqual(await titles({ pair: ['CHN', 'RUS'] }), []);
      assert.deepEqual(await titles({ person: 'khurelsukh' }), ['2023-10-17', '2024-02-01', '2024-07-03', '2024-07-05']);
      assert.deepEqual(await titles({ person: 'U. Khurelsukh' }), ['2023-10-17', '2024-02-01', '2024-07-03']);
      assert.deepEqual(await titles({ person: 'Putin', kind: 'meeting' }), []);
      assert.deepEqual(await titles({ kind: 'phone_call' }), ['2024-02-01']);
      assert.deepEqual(await titles({ topic: 'trade' }), ['2023-10-17']);
      // "mining_resources" must not match the topic "mining" or a substring of another.
      assert.deepEqual(await titles({ topic: 'energy' }), ['2024-02-01']);
      assert.deepEqual(await titles({ from: '2024-01-01', to: '2024-06-30' }), ['2024-02-01', '2024-03-01']);
      const page = await listEngagements(store, { limit: 2, offset: 1 });
      assert.deepEqual(page.map((e) => e.date), ['2024-07-03', '2024-03-01']);
      const sco = (await listEngagements(store, { country: 'MNG', from: '2024-07-03', to: '2024-07-03' }))[0];
      assert.equal(sco.occasion, 'SCO Summit');
      assert.equal(sco.sources[0].title, 'a3');
    });

    test('bad filters are user errors naming the input', async () => {
      const cases: [Parameters<typeof listEngagements>[1], RegExp][] = [
        [{ country: 'Mongolia' }, /country "Mongolia" is not an ISO/],
        [{ pair: ['MNG'] as never }, /pair needs exactly two/],
        [{ from: '2024-13-01' }, /from "2024-13-01" is not a date/],
        [{ from: '2024-05-01', to: '2024-04-01' }, /after/],
        [{ topic: 'football' }, /topic "football"/],
        [{ kind: 'dinner' }, /kind "dinner"/],
        [{ limit: 0 }, /limit 0/],
        [{ person: '  ' }, /person is empty/],
      ];
      for (const [f, re] of cases) {
        await assert.rejects(listEngagements(store, f), (e: unknown) => e instanceof UserError && re.test(e.message) && !!e.hint);
      }
      await assert.rejects(listActors(store, { country: 'XX' }), UserError);
    });

    test('stats count every layer', async () => {
      assert.deepEqual(await stats(store), { articles: 5, duplicates: 0, near_duplicates: 0, engagements: 5, actors: 7, countries: 4, claims: 5 });
    });
  });
}

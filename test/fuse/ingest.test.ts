import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/db.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { stats } from '../../src/store/queries/stats.ts';
import { article, person, prose, record, tableExtractor, targets } from '../store/helpers.ts';

const mng = (name = 'Batmunkh Battsetseg') => person(name, 'MNG', 'Foreign Minister');
const kaz = (name = 'Murat Nurtleu') => person(name, 'KAZ', 'Foreign Minister');

for (const target of targets()) {
  describe(`ingest (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await target.open()));
    after(async () => cleanup());

    test('the same article twice is stored once, in one run and across runs', async () => {
      const a = article({ title: 'idem', text: prose(1), url: 'https://news.example.mn/a/1' });
      const extract = tableExtractor({ idem: [record({ participants: [mng(), kaz()], date: '2024-05-09' })] });
      const first = await ingestArticles(store, [a, a], extract);
      assert.equal(first.new, 1);
      assert.equal(first.duplicates, 1);
      const second = await ingestArticles(store, [a], extract);
      assert.equal(second.new, 0);
      assert.equal(second.duplicates, 1);
      const s = await stats(store);
      assert.equal(s.articles, 1);
      assert.equal(s.claims, 1);
      assert.equal(s.engagements, 1);
      // Re-reading an identical article is not a "duplicate seen elsewhere".
      assert.equal(s.duplicates, 0);
    });

    test('repeats far apart in one batch are found, in the window and beyond it', async () => {
      const first = article({ title: 'far', text: prose(40), url: 'https://far.example/1' });
      const sameText = article({ title: 'far copy', text: first.text, url: 'https://far.example/2' });
      const sameUrl = article({ title: 'far changed', text: prose(41), url: 'https://far.example/1?utm_source=x' });
      const fillers = Array.from({ length: 12 }, (_, i) => article({ title: `fill${i}`, text: prose(50 + i) }));
      const r = await ingestArticles(store, [first, ...fillers.slice(0, 6), sameText, first, ...fillers.slice(6), sameUrl, first], tableExtractor({}), { readAhead: 3, batchSize: 100 });
      assert.equal(r.new, 13);
      assert.equal(r.duplicates, 4);
      assert.equal(r.failed, 0);
    });

    test('a tracking-decorated URL of a stored article is skipped; another path is not', async () => {
      const url = 'https://www.Example.org/news/42/';
      await ingestArticles(store, [article({ title: 'u1', text: prose(2), url })], tableExtractor({}));
      const again = await ingestArticles(
        store,
        [
          article({ title: 'u2', text: prose(3), url: 'https://www.example.org:443/news/42?utm_source=tg&fbclid=xyz#top' }),
          article({ title: 'u3', text: prose(4), url: 'https://www.example.org/news/43' }),
        ],
        tableExtractor({}),
      );
      assert.equal(again.duplicates, 1);
      assert.equal(again.new, 1);
    });

    test('the same text under another URL is a duplicate, recorded once however often it is seen', async () => {
      const before = (await stats(store)).duplicates;
      const text = prose(5);
      await ingestArticles(store, [article({ title: 'd1', text, url: 'https://a.example/x' })], tableExtractor({}));
      const copy = article({ title: 'd1 copy', text: `  ${text.toUpperCase()} `, url: 'https://b.example/y' });
      const r = await ingestArticles(store, [copy, copy], tableExtractor({}));
      assert.equal(r.new, 0);
      assert.equal(r.duplicates, 2);
      assert.equal((await stats(store)).duplicates, before + 1);
    });

    test('failed articles are reported and skipped, the rest stored', async () => {
      const boom = () => { throw new Error('parser exploded'); };
      const r = await ingestArticles(store, [article({ title: 'f1', text: prose(6) }), article({ title: 'f2', text: '   ' }), article({ title: 'f3', text: prose(7), published: '10 May 2024' })], boom);
      assert.equal(r.failed, 3);
      assert.equal(r.new, 0);
      assert.match(r.failures[0].reason, /extractor failed: parser exploded/);
      assert.match(r.failures[1].reason, /text is empty/);
      assert.match(r.failures[2].reason, /not a YYYY-MM-DD/);
      const bad = await ingestArticles(store, [article({ title: 'f4', text: prose(8) })], () => ({ nope: true }) as never);
      assert.equal(bad.failed, 1);
      assert.match(bad.failures[0].reason, /no engagements array/);
      // A failed article is not stored, so a later run with a working extractor takes it.
      const ok = await ingestArticles(store, [article({ title: 'f1', text: prose(6) })], tableExtractor({}));
      assert.equal(ok.new, 1);
    });

    test('an article that fails to store is rolled back alone; the rest of its batch is stored', async () => {
      const ok = (n: number) => [record({ participants: [mng(), kaz()], date: `2024-02-0${n}` })];
      // A value JSON cannot hold makes the claim's insert throw halfway through the article's writes.
      const poisoned = [record({ participants: [mng(), kaz()], date: '2024-02-05', evidence: 10n as never })];
      const r = await ingestArticles(store, [
        article({ title: 'b1', text: prose(20), published: '2024-02-01' }),
        article({ title: 'b2', text: prose(21), published: '2024-02-05' }),
        article({ title: 'b3', text: prose(22), published: '2024-02-03' }),
      ], tableExtractor({ b1: ok(1), b2: poisoned, b3: ok(3) }), { batchSize: 10 });
      assert.equal(r.new, 2);
      assert.equal(r.failed, 1);
      assert.match(r.failures[0].reason, /^storing failed: /);
      assert.equal(r.failures[0].title, 'b2');
      const titles = (await store.db.selectFrom('articles').select('title').where('title', 'in', ['b1', 'b2', 'b3']).execute()).map((x) => x.title).sort();
      assert.deepEqual(titles, ['b1', 'b3']);
      const claims = await store.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id').select('articles.title').where('articles.title', 'in', ['b1', 'b2', 'b3']).execute();
      assert.equal(claims.length, 2, 'no claim of the failed article survives');
      assert.equal((await listEngagements(store, { from: '2024-02-05', to: '2024-02-05' })).length, 0);
      // Bands are written at the commit: the failed article's never, its batch's others' still.
      const banded = await store.db.selectFrom('article_minhash_bands').innerJoin('articles', 'articles.id', 'article_minhash_bands.article_id')
        .select('articles.title').where('articles.title', 'in', ['b1', 'b2', 'b3']).execute();
      assert.deepEqual(banded.map((x) => x.title).sort(), ['b1', 'b3']);
      // PostgreSQL keeps no foreign key from the bands to the articles: no row may outlive its article.
      const orphans = await store.db.selectFrom('article_minhash_bands').select('article_id')
        .where('article_id', 'not in', store.db.selectFrom('articles').select('id')).execute();
      assert.deepEqual(orphans, []);
    });

    test('extraction run ahead of storing gives the same store, in input order', async () => {
      const rec = (d: string, who = mng()) => [record({ participants: [who, kaz()], date: d })];
      const table = {
        r1: rec('2024-03-01'), r2: rec('2024-03-01', mng('B. Battsetseg')), r3: rec('2024-03-20'), r4: rec('2024-03-02'),
      };
      const sync = tableExtractor(table);
      // Later articles finish first, as on a pool of workers.
      const slow = async (a: Parameters<typeof sync>[0]) => {
        await new Promise((res) => setTimeout(res, 40 - 10 * Number(a.title!.slice(1))));
        return sync(a);
      };
      const inputs = [1, 2, 3, 4, 3].map((i) => article({ title: `r${i}`, text: prose(30 + i), published: '2024-03-02' }));
      const seen: number[] = [];
      const r = await ingestArticles(store, inputs, slow, { readAhead: 4, batchSize: 2, onProgress: (p) => seen.push(p.read) });
      assert.deepEqual(seen, [1, 2, 3, 4, 5]);
      assert.equal(r.new, 4);
      assert.equal(r.duplicates, 1, 'a repeat inside the read-ahead window is still a duplicate');
      const list = await listEngagements(store, { from: '2024-03-01', to: '2024-03-20', pair: ['MNG', 'KAZ'] });
      assert.deepEqual(list.map((e) => [e.date, e.num_articles]).sort(), [['2024-03-01', 3], ['2024-03-20', 1]]);
      // Fusion saw r1 before r2, as in the input, so r1's fuller spelling names the person.
      assert.ok(list.find((e) => e.date === '2024-03-01')!.participants.some((p) => p.name === 'Batmunkh Battsetseg'));
    });

    test('bad batch options are refused', async () => {
      await assert.rejects(ingestArticles(store, [], tableExtractor({}), { batchSize: 0 }), /batchSize/);
      await assert.rejects(ingestArticles(store, [], tableExtractor({}), { readAhead: 1.5 }), /readAhead/);
    });

    test('progress is reported after every article', async () => {
      const seen: number[] = [];
      await ingestArticles(store, (async function* () {
        yield article({ title: 'p1', text: prose(9) });
        yield article({ title: 'p2', text: prose(10) });
      })(), tableExtractor({}), { onProgress: (p) => seen.push(p.read) });
      assert.deepEqual(seen, [1, 2]);
    });
  });

  describe(`near duplicates and fusion (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    before(async () => ({ store, cleanup } = await target.open()));
    after(async () => cleanup());

    test('a lightly edited copy links to its original; unrelated and half-similar texts do not', async () => {
      const base = prose(100, 200);
      const w = base.split(' ');
      const edited = [...w];
      edited[50] = 'ulaanbaatar';
      const half = [...w.slice(0, 100), ...prose(101, 100).split(' ')].join(' ');
      const extract = tableExtractor({});
      await ingestArticles(store, [article({ title: 'orig', text: base, url: 'https://mfa.example.mn/1' })], extract);
      const r = await ingestArticles(store, [
        article({ title: 'copy', text: edited.join(' '), url: 'https://agency.example.kz/1' }),
        article({ title: 'other', text: prose(102, 200), url: 'https://other.example/1' }),
        article({ title: 'half', text: half, url: 'https://half.example/1' }),
      ], extract);
      assert.equal(r.new, 3);
      assert.equal(r.nearDuplicates, 1);
      const rows = await store.db.selectFrom('articles').select(['title', 'near_duplicate_of', 'id']).execute();
      const byTitle = new Map(rows.map((x) => [x.title, x]));
      assert.equal(byTitle.get('copy')!.near_duplicate_of, byTitle.get('orig')!.id);
      assert.equal(byTitle.get('other')!.near_duplicate_of, null);
      assert.equal(byTitle.get('half')!.near_duplicate_of, null);
      // A copy of the copy points at the first original, never along a chain.
      const copy2 = [...edited];
      copy2[150] = 'astana';
      await ingestArticles(store, [article({ title: 'copy2', text: copy2.join(' ') })], extract);
      const c2 = await store.db.selectFrom('articles').select('near_duplicate_of').where('title', '=', 'copy2').executeTakeFirstOrThrow();
      assert.equal(c2.near_duplicate_of, byTitle.get('orig')!.id);
      assert.equal((await stats(store)).near_duplicates, 2);
    });

    test('two reports of one meeting fuse into one engagement with two sources', async () => {
      const extract = tableExtractor({
        montsame: [record({ participants: [mng('B. Battsetseg'), kaz()], date: '2024-06-03', location: { place: 'Astana', country: 'KAZ' }, topics: ['trade'], evidence: 'Battsetseg met Nurtleu.' })],
        kazinform: [record({ participants: [kaz('Murat Nurtleu'), mng('Batmunkh Battsetseg')], kind: 'visit', date: '2024-06-03', topics: ['transport_logistics'], confidence: 0.5 })],
        // Same two countries but two weeks later, and a phone call the same day: other events.
        later: [record({ participants: [mng(), kaz()], date: '2024-06-17' })],
        call: [record({ participants: [mng(), kaz()], kind: 'phone_call', date: '2024-06-03' })],
      });
      await ingestArticles(store, [
        article({ title: 'montsame', text: prose(200), published: '2024-06-03', url: 'https://montsame.example/1', source: 'montsame' }),
        article({ title: 'kazinform', text: prose(201), published: '2024-06-04', url: 'https://kazinform.example/1', source: 'kazinform' }),
        article({ title: 'later', text: prose(202), published: '2024-06-17' }),
        article({ title: 'call', text: prose(203), published: '2024-06-03' }),
      ], extract);
      const list = await listEngagements(store, { pair: ['MNG', 'KAZ'] });
      assert.equal(list.length, 3);
      const meeting = list.find((e) => e.date === '2024-06-03' && e.kind !== 'phone_call')!;
      assert.equal(meeting.num_sources, 2);
      assert.equal(meeting.num_articles, 2);
      assert.deepEqual(meeting.sources.map((s) => [s.title, s.role]), [['montsame', 'original'], ['kazinform', 'original']]);
      // One reading each for kind: the tie goes to the earlier source.
      assert.equal(meeting.kind, 'meeting');
      assert.deepEqual(meeting.readings.kind.map((r) => r.value).sort(), ['meeting', 'visit']);
      assert.deepEqual(meeting.topics.sort(), ['trade', 'transport_logistics']);
      assert.deepEqual(meeting.participants.map((p) => p.name).sort(), ['Batmunkh Battsetseg', 'Murat Nurtleu']);
      assert.equal(meeting.location.place, 'Astana');
      assert.ok(meeting.confidence > 0.8, `independent sources raise confidence, got ${meeting.confidence}`);
      assert.equal(list.filter((e) => e.kind === 'phone_call').length, 1);
    });

    test('a near-copy reporting the meeting is listed as a copy and not counted as a source', async () => {
      const text = prose(300, 200);
      const copy = text.replace(/^(\w+)/, 'reportedly');
      const rec = record({ participants: [person('Wang Yi', 'CHN', 'Foreign Minister'), person('Ararat Mirzoyan', 'ARM', 'Foreign Minister')], date: '2024-07-01' });
      await ingestArticles(store, [
        article({ title: 'xinhua', text, published: '2024-07-01', url: 'https://xinhua.example/1' }),
        article({ title: 'reprint', text: copy, published: '2024-07-02', url: 'https://reprint.example/1' }),
      ], tableExtractor({ xinhua: [rec], reprint: [rec] }));
      const [e] = await listEngagements(store, { pair: ['CHN', 'ARM'] });
      assert.equal(e.num_sources, 1);
      assert.equal(e.num_articles, 2);
      assert.deepEqual(e.sources.map((s) => s.role), ['original', 'copy']);
    });

    test('disagreeing dates are kept as readings; the most supported wins, ties go to the earliest source', async () => {
      const p = () => [person('Ararat Mirzoyan', 'ARM', 'Foreign Minister'), person('Jeyhun Bayramov', 'AZE', 'Foreign Minister')];
      await ingestArticles(store, [
        article({ title: 'r1', text: prose(400), published: '2024-08-11' }),
        article({ title: 'r2', text: prose(401), published: '2024-08-10' }),
      ], tableExtractor({ r1: [record({ participants: p(), date: '2024-08-11' })], r2: [record({ participants: p(), date: '2024-08-10' })] }));
      let [e] = await listEngagements(store, { pair: ['ARM', 'AZE'] });
      assert.equal(e.date, '2024-08-10', 'tie: r2 was published first');
      assert.equal(e.readings.date.length, 2);
      await ingestArticles(store, [
        article({ title: 'r3', text: prose(402), published: '2024-08-12' }),
        article({ title: 'r4', text: prose(403), published: '2024-08-12' }),
      ], tableExtractor({ r3: [record({ participants: p(), date: '2024-08-11' })], r4: [record({ participants: p(), date: null })] }));
      const all = await listEngagements(store, { pair: ['ARM', 'AZE'] });
      assert.equal(all.length, 1, 'the undated report published within 3 days joins too');
      [e] = all;
      assert.equal(e.date, '2024-08-11');
      assert.deepEqual(e.readings.date.map((r) => r.value).sort(), ['2024-08-10', '2024-08-11', '2024-08-11']);
      assert.equal(e.num_sources, 4);
    });

    test('a report of the same parties with a third delegation fuses only when the same people appear', async () => {
      const base = [person('Tokayev', 'KAZ', 'President'), person('Mirziyoyev', 'UZB', 'President')];
      await ingestArticles(store, [
        article({ title: 't1', text: prose(500), published: '2024-09-05' }),
        article({ title: 't2', text: prose(501), published: '2024-09-05' }),
        article({ title: 't3', text: prose(502), published: '2024-09-05' }),
      ], tableExtractor({
        t1: [record({ participants: base, date: '2024-09-05' })],
        t2: [record({ participants: [...base, person('Japarov', 'KGZ', 'President')], date: '2024-09-05' })],
        // Same day, two of the same countries, other people: the prime ministers' own meeting.
        t3: [record({ participants: [person('Smailov', 'KAZ', 'Prime Minister'), person('Aripov', 'UZB', 'Prime Minister'), person('Rasulzoda', 'TJK', 'Prime Minister')], date: '2024-09-05' })],
      }));
      const list = await listEngagements(store, { pair: ['KAZ', 'UZB'], from: '2024-09-01', to: '2024-09-30' });
      assert.equal(list.length, 2);
      assert.deepEqual(list.map((e) => e.num_articles).sort(), [1, 2]);
    });
  });
}

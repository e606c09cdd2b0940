import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { reprocessArticles } from '../../src/fuse/reprocess.ts';
import { recordCorrection, revertCorrectionById } from '../../src/fuse/commitments/corrections/record.ts';
import { refreshCommitments } from '../../src/fuse/commitments/refresh.ts';
import type { Store } from '../../src/store/db.ts';
import { listActors } from '../../src/store/queries/list-actors.ts';
import { listCommitments } from '../../src/store/queries/list-commitments.ts';
import { listCorrections, verifiedFields } from '../../src/store/queries/correction-rows.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { withCommitmentSchema } from '../fuse/commitments/schema.ts';
import { article, person, prose, record, tableExtractor, targets } from './helpers.ts';

const tokayev = () => person('Kassym-Jomart Tokayev', 'KAZ', 'President');
const khurelsukh = () => person('Ukhnaagiin Khurelsukh', 'MNG', 'President');

// What the extractor "says" about two articles: a July meeting with an invitation, an October visit.
const reports = (version: string, julyPlace: string) => tableExtractor({
  july: [record({
    participants: [tokayev(), khurelsukh()], date: '2024-07-04', location: { place: julyPlace, country: 'KAZ' }, topics: ['trade'],
    outcomes: [
      { kind: 'invitation', by: 'MNG', to: 'KAZ', summary: 'Kassym-Jomart Tokayev to pay a state visit to Mongolia', quantity: null },
      { kind: 'acceptance', by: null, to: null, summary: 'accepted', quantity: null },
    ],
  })],
  october: [record({ kind: 'visit', participants: [tokayev(), khurelsukh()], date: '2024-10-29', location: { place: 'Ulaanbaatar', country: 'MNG' } })],
}, version);

for (const target of targets()) {
  describe(`corrections (${target.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    let julyId: string;
    before(async () => {
      ({ store, cleanup } = await target.open());
      await withCommitmentSchema(store);
      await ingestArticles(store, [
        article({ title: 'july', text: prose(11), published: '2024-07-04' }),
        article({ title: 'october', text: prose(12), published: '2024-10-30' }),
      ], reports('v1', 'Astana'));
      julyId = (await listEngagements(store, { to: '2024-08-01' }))[0].id;
    });
    after(async () => cleanup());

    const july = async () => (await listEngagements(store, {})).find((e) => e.id === julyId)!;

    test('a corrected field survives reprocessing; reverted, reprocessing brings back what the sources say', async () => {
      const c = await recordCorrection(store, { entity: 'engagement', id: julyId, field: 'place', value: 'Akorda', who: 'A. Analyst', why: 'the readout names the venue' });
      assert.equal(c.field, 'location.place');
      assert.equal(c.before, 'Astana');
      assert.equal(c.after, 'Akorda');
      assert.equal((await july()).location.place, 'Akorda');

      // The new extractor reads another place; the analyst's value still wins.
      await reprocessArticles(store, reports('v2', 'Almaty'));
      assert.equal((await july()).location.place, 'Akorda');

      const r = await revertCorrectionById(store, c.id, 'A. Analyst', 'wrong article');
      assert.ok(r.reverted_at);
      assert.equal(r.reverted_by, 'A. Analyst');
      assert.equal((await july()).location.place, 'Almaty', 'revert re-fuses at once');
      await reprocessArticles(store, reports('v3', 'Astana'));
      assert.equal((await july()).location.place, 'Astana');
    });

    test('the audit log shows who, when, before, after and why, newest first', async () => {
      const log = await listCorrections({ db: store.db, json: store.json }, { entityId: julyId });
      assert.ok(log.length >= 1);
      const first = log.at(-1)!;
      assert.deepEqual([first.who, first.before, first.after, first.why, first.revert_why], ['A. Analyst', 'Astana', 'Akorda', 'the readout names the venue', 'wrong article']);
      assert.match(first.at, /^\d{4}-\d\d-\d\dT/);
    });

    test('an outcome correction edits one field, marks it verified on the commitment, and survives reprocessing', async () => {
      await recordCorrection(store, { entity: 'outcome', id: `${julyId}:0`, field: 'summary', value: 'Tokayev to pay a state visit to Mongolia at a convenient time', who: 'B. Analyst' });
      await reprocessArticles(store, reports('v4', 'Astana'));
      assert.equal((await july()).outcomes[0].summary, 'Tokayev to pay a state visit to Mongolia at a convenient time');
      assert.equal((await july()).outcomes[0].by, 'MNG', 'the other fields stay as extracted');
      await refreshCommitments(store, { asOf: '2025-01-01' });
      const [c] = await listCommitments({ db: store.db, json: store.json }, { engagement: julyId });
      assert.deepEqual(c.verified, ['summary']);
      assert.equal(c.status, 'fulfilled');
      const marks = await verifiedFields({ db: store.db, json: store.json }, 'engagement', [julyId, 'no-such-id']);
      assert.deepEqual(marks.get(julyId), ['outcomes']);
      assert.equal(marks.has('no-such-id'), false);
    });

    test('a person confirms or rejects a follow-up; the verdict outlives re-derivation and can be reverted', async () => {
      await refreshCommitments(store, { asOf: '2025-01-01' });
      const [c] = await listCommitments({ db: store.db, json: store.json }, { engagement: julyId });
      const link = c.links[0];
      const rejected = await recordCorrection(store, { entity: 'link', id: link.id, field: 'review', value: 'rejected', who: 'C. Analyst', why: 'another trip' });
      await refreshCommitments(store, { asOf: '2025-01-01', force: true });
      let [now] = await listCommitments({ db: store.db, json: store.json }, { engagement: julyId });
      assert.equal(now.status, 'accepted');
      assert.equal(now.links.find((l) => l.id === link.id)?.review, 'rejected', 'the verdict stays visible, and the link no longer counts');
      assert.deepEqual(now.fulfilled_by, []);
      await revertCorrectionById(store, rejected.id, 'C. Analyst');
      await refreshCommitments(store, { asOf: '2025-01-01' });
      [now] = await listCommitments({ db: store.db, json: store.json }, { engagement: julyId });
      assert.equal(now.status, 'fulfilled');
      await recordCorrection(store, { entity: 'link', id: link.id, field: 'review', value: 'confirmed', who: 'C. Analyst' });
      [now] = await listCommitments({ db: store.db, json: store.json }, { engagement: julyId });
      assert.equal(now.links[0].review, 'confirmed');
      assert.equal(now.links[0].reviewed_by, 'C. Analyst');
    });

    test('a false engagement is retracted from commitments; actors keep corrected names through reprocessing', async () => {
      const october = (await listEngagements(store, {})).find((e) => e.id !== julyId)!;
      const r = await recordCorrection(store, { entity: 'engagement', id: october.id, field: 'retracted', value: 'true', who: 'D. Analyst', why: 'no such visit' });
      await refreshCommitments(store, { asOf: '2025-01-01' });
      const [c] = await listCommitments({ db: store.db, json: store.json }, { engagement: julyId });
      assert.equal(c.status, 'accepted');
      await revertCorrectionById(store, r.id, 'D. Analyst');

      const [actor] = await listActors(store, { q: 'Khurelsukh' });
      await recordCorrection(store, { entity: 'actor', id: actor.id, field: 'name', value: 'Khurelsukh Ukhnaa', who: 'D. Analyst' });
      await reprocessArticles(store, reports('v5', 'Astana'));
      const [again] = await listActors(store, { q: 'Khurelsukh' });
      assert.equal(again.name, 'Khurelsukh Ukhnaa');
    });

    test('mistakes are refused with a message naming the input', async () => {
      const bad = (p: Promise<unknown>, re: RegExp) => assert.rejects(p, (e: Error & { hint?: string }) => re.test(e.message) && !!e.hint);
      await bad(recordCorrection(store, { entity: 'engagement', id: julyId, field: 'date', value: '2024-02-30', who: 'x' }), /"date" is not a date/);
      await bad(recordCorrection(store, { entity: 'engagement', id: julyId, field: 'location.country', value: 'Mongolia', who: 'x' }), /ISO 3166-1 alpha-3/);
      await bad(recordCorrection(store, { entity: 'engagement', id: julyId, field: 'colour', value: 'red', who: 'x' }), /"colour" is not a field/);
      await bad(recordCorrection(store, { entity: 'engagement', id: julyId, field: 'outcomes[9].by', value: 'KAZ', who: 'x' }), /has 2 outcomes/);
      await bad(recordCorrection(store, { entity: 'engagement', id: 'nope', field: 'date', value: '2024-01-01', who: 'x' }), /no engagement with id "nope"/);
      await bad(recordCorrection(store, { entity: 'engagement', id: julyId, field: 'date', value: '2024-07-04', who: 'x' }), /already has date/);
      await bad(recordCorrection(store, { entity: 'engagement', id: julyId, field: 'date', value: '2024-07-05', who: ' ' }), /needs the name of who/);
      const one = await recordCorrection(store, { entity: 'engagement', id: julyId, field: 'date', value: '2024-07-05', who: 'x' });
      await recordCorrection(store, { entity: 'engagement', id: julyId, field: 'date', value: '2024-07-03', who: 'x' });
      await bad(revertCorrectionById(store, one.id, 'x'), /overtaken by the later correction/);
      await bad(revertCorrectionById(store, 'k_missing', 'x'), /no correction with id/);
    });

    test('a new report of a corrected engagement, ingested later, keeps the analyst\'s value', async () => {
      const c = await recordCorrection(store, { entity: 'engagement', id: julyId, field: 'occasion', value: 'SCO Summit', who: 'A. Analyst' });
      // A second outlet reports the July meeting with no occasion: fusion must still lay the correction on top.
      const second = tableExtractor({ 'july, second outlet': [record({ participants: [tokayev(), khurelsukh()], date: '2024-07-04', location: { place: 'Astana', country: 'KAZ' }, occasion: 'a working visit' })] });
      const s = await ingestArticles(store, [article({ title: 'july, second outlet', text: prose(13), published: '2024-07-05' })], second);
      assert.equal(s.new, 1);
      const j = await july();
      assert.equal(j.sources.length, 2, 'the new report fused into the July meeting');
      assert.equal(j.occasion, 'SCO Summit');
      await revertCorrectionById(store, c.id, 'A. Analyst');
    });
  });
}

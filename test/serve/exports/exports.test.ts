import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { codeEngagement } from '../../../src/extract/codes/index.ts';
import { listEngagements, type Store } from '../../../src/store/index.ts';
import { UserError } from '../../../src/model/errors.ts';
import { exportEngagements, GDELT_EVENT_COLUMNS, type ExportOptions } from '../../../src/serve/exports/index.ts';
import { fixtureStore } from './fixture.ts';

// GDELT 2.0's event table header as published (Event Codebook V2.0), written out here independently
// of the code so a reordered or renamed column fails the test.
const PUBLISHED = `GlobalEventID Day MonthYear Year FractionDate Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode
Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code Actor2Code Actor2Name
Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code
Actor2Type3Code IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long
Actor1Geo_FeatureID Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat
Actor2Geo_Long Actor2Geo_FeatureID ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code
ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL`.split(/\s+/);
const MENTIONS = 'GlobalEventID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen MentionDocTone MentionDocTranslationInfo Extras'.split(' ');

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(store: Store, opts: ExportOptions & { withMentions?: boolean }) {
  const out = sink();
  const m = opts.withMentions ? sink() : null;
  const summary = await exportEngagements(store, out.stream, { ...opts, mentions: m?.stream ?? null });
  return { summary, text: out.text(), mentions: m?.text() ?? '' };
}

const tsvRows = (t: string) => t.trimEnd().split('\n').map((l) => l.split('\t'));

describe('exports', () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let expectedDyads = 0;
  let expectedMentions = 0;
  let expectedPlover = 0;
  before(async () => {
    ({ store, cleanup } = await fixtureStore());
    // Expected counts come from the store and the coder, not from the exporter.
    for (const e of await listEngagements(store)) {
      const c = codeEngagement(e);
      const n = c.cameo.length + c.outcomes.reduce((s, o) => s + o.cameo.length, 0);
      expectedDyads += n;
      expectedMentions += n * e.sources.length;
      expectedPlover += 1 + c.outcomes.filter((o) => o.plover).length;
    }
  });
  after(async () => cleanup());

  test('the GDELT header is the published one: 61 columns in order', () => {
    assert.equal(PUBLISHED.length, 61);
    assert.deepEqual([...GDELT_EVENT_COLUMNS], PUBLISHED);
  });

  test('GDELT TSV: one row per directed dyad, codes with leading zeros, counts from the fused sources', async () => {
    const { summary, text, mentions } = await run(store, { layout: 'gdelt', format: 'tsv', withMentions: true });
    const [header, ...rows] = tsvRows(text);
    assert.deepEqual(header, PUBLISHED);
    // 2 dyads for the visit + 2 for the joint signing, 2 for the call, 6 for three parties in Geneva.
    assert.equal(rows.length, 12);
    assert.equal(rows.length, expectedDyads);
    assert.equal(summary.rows, 12);
    assert.equal(summary.engagements, 3);
    assert.ok(rows.every((r) => r.length === 61));
    const col = (r: string[], name: string) => r[PUBLISHED.indexOf(name)];
    const visit = rows.filter((r) => col(r, 'EventCode') === '042');
    assert.equal(visit.length, 1);
    const v = visit[0];
    assert.deepEqual([col(v, 'Actor1CountryCode'), col(v, 'Actor2CountryCode')], ['MNG', 'KAZ']);
    assert.deepEqual([col(v, 'EventBaseCode'), col(v, 'EventRootCode'), col(v, 'QuadClass'), col(v, 'GoldsteinScale')], ['042', '04', '1', '1.9']);
    assert.deepEqual([col(v, 'Day'), col(v, 'MonthYear'), col(v, 'Year')], ['20240509', '202405', '2024']);
    assert.deepEqual([col(v, 'NumSources'), col(v, 'NumArticles')], ['2', '2']);
    assert.equal(col(v, 'ActionGeo_FullName'), 'Astana, Kazakhstan');
    assert.equal(col(v, 'IsRootEvent'), '1');
    assert.match(col(v, 'SOURCEURL'), /^https:\/\//);
    assert.equal(rows.filter((r) => col(r, 'EventCode') === '057').length, 2);
    assert.ok(rows.filter((r) => col(r, 'EventCode') === '057').every((r) => col(r, 'IsRootEvent') === '0'));
    assert.equal(rows.filter((r) => col(r, 'EventCode') === '041').length, 2);
    assert.equal(rows.filter((r) => col(r, 'EventCode') === '044').length, 6);
    // No code lost its leading zero anywhere.
    assert.ok(rows.every((r) => /^0\d{2,3}$/.test(col(r, 'EventCode'))));
    assert.equal(new Set(rows.map((r) => col(r, 'GlobalEventID'))).size, 12);

    const [mh, ...mrows] = tsvRows(mentions);
    assert.deepEqual(mh, MENTIONS);
    assert.equal(mrows.length, expectedMentions);
    assert.equal(summary.mentions, expectedMentions);
    const ids = new Set(rows.map((r) => col(r, 'GlobalEventID')));
    assert.ok(mrows.every((m) => ids.has(m[0])));
  });

  test('GDELT CSV parses back to the same rows; JSONL keys keep the column order', async () => {
    const csv = await run(store, { layout: 'gdelt', format: 'csv' });
    const parsed = parse(csv.text) as string[][];
    assert.deepEqual(parsed[0], PUBLISHED);
    assert.equal(parsed.length - 1, expectedDyads);
    const tsv = tsvRows((await run(store, { layout: 'gdelt', format: 'tsv' })).text);
    assert.deepEqual(parsed, tsv);
    const jsonl = (await run(store, { layout: 'gdelt', format: 'jsonl' })).text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(jsonl.length, expectedDyads);
    assert.deepEqual(Object.keys(jsonl[0]), PUBLISHED);
  });

  test('PLOVER JSONL: one CONSULT per engagement plus each coded outcome', async () => {
    const { text } = await run(store, { layout: 'plover', format: 'jsonl' });
    const recs = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, expectedPlover);
    assert.equal(recs.filter((r) => r.event === 'CONSULT').length, 3);
    const signing = recs.find((r) => r.event === 'SUPPORT');
    assert.ok(signing, 'the signing is a SUPPORT event');
    const visit = recs.find((r) => r.event === 'CONSULT' && r.eventLoc?.place === 'Astana');
    assert.equal(visit.mode, 'visit');
    assert.deepEqual(visit.actor.map((a: { code: string }) => a.code), ['MNG']);
    assert.deepEqual(visit.recipient.map((a: { code: string }) => a.code), ['KAZ']);
    assert.equal(recs.find((r) => r.event === 'CONSULT' && r.mode === 'phone')?.recipient.length, 0);
    for (const k of ['id', 'date', 'event', 'mode', 'context', 'actor', 'recipient', 'eventText', 'text']) assert.ok(k in recs[0], k);
  });

  test('Readout JSONL: every engagement with outcomes, codes and the claims\' spans', async () => {
    const { text } = await run(store, { layout: 'readout', format: 'jsonl' });
    const recs = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(recs.length, (await listEngagements(store)).length);
    const mk = recs.find((r) => r.location.place === 'Astana');
    assert.equal(mk.outcomes[0].kind, 'signing');
    assert.equal(mk.claims.length, 2);
    assert.equal(mk.claims[0].spans.evidence[0].text, mk.claims[0].evidence);
    assert.equal(mk.codes.cameo[0].code, '042');
  });

  test('filters select, and paging one engagement at a time writes the same export', async () => {
    const chn = tsvRows((await run(store, { layout: 'gdelt', format: 'tsv', filters: { country: 'CHN' } })).text);
    assert.equal(chn.length - 1, 2);
    const none = tsvRows((await run(store, { layout: 'gdelt', format: 'tsv', filters: { country: 'BRA' } })).text);
    assert.deepEqual(none, [PUBLISHED], 'an empty export still has its header');
    const whole = (await run(store, { layout: 'readout', format: 'jsonl' })).text;
    const paged = (await run(store, { layout: 'readout', format: 'jsonl', pageSize: 1 })).text;
    assert.equal(paged, whole);
  });

  test('nested layouts refuse flat formats, and bad filters are named', async () => {
    await assert.rejects(run(store, { layout: 'plover', format: 'csv' }), (e: unknown) => e instanceof UserError && /cannot be written as csv/.test(e.message) && !!e.hint);
    await assert.rejects(run(store, { layout: 'readout', format: 'jsonl', withMentions: true }), (e: unknown) => e instanceof UserError && /--mentions/.test(e.message));
    await assert.rejects(run(store, { layout: 'gdelt', format: 'tsv', filters: { country: 'Mongolia' } }), (e: unknown) => e instanceof UserError && /alpha-3/.test(e.message));
  });
});

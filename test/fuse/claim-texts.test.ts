import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDigest, claimEngagement, knownClaim, rememberClaim } from '../../src/fuse/claim-texts.ts';
import { jsonCodec } from '../../src/store/json.ts';
import { person, record } from '../store/helpers.ts';

const claim = (date: string) => ({ ...record({ participants: [person('Ann Ash', 'KAZ', 'Minister')], date, topics: ['trade'] }), spans: { evidence: [] }, codes: { cameo: [] } });
const slim = (r: ReturnType<typeof claim>) => ({ kind: r.kind, date: r.date, location: r.location, occasion: r.occasion, participants: r.participants, topics: r.topics, outcomes: r.outcomes, evidence: r.evidence });

test('a digest names a claim text: equal texts agree, any change differs', () => {
  const text = JSON.stringify(claim('2024-05-01'));
  assert.equal(claimDigest(`${text} `.trimEnd()), claimDigest(text));
  assert.notEqual(claimDigest(JSON.stringify(claim('2024-05-02'))), claimDigest(text));
  assert.notEqual(claimDigest(`${text} `), claimDigest(text), 'the length is part of it');
});

test('a claim read from the store is kept down to what fusion reads, and found again by its digest', () => {
  const rec = claim('2024-06-01');
  const text = JSON.stringify(rec);
  const digest = claimDigest(text);
  assert.equal(knownClaim(digest), undefined);
  const e = claimEngagement(jsonCodec('sqlite'), text, digest);
  assert.deepEqual(e, slim(rec));
  assert.equal(knownClaim(digest), e);
  // Parsed JSON from a driver (PostgreSQL's) is kept the same way.
  const other = claim('2024-06-02');
  const d2 = claimDigest(JSON.stringify(other));
  assert.deepEqual(claimEngagement(jsonCodec('postgres'), other, d2), slim(other));
  assert.deepEqual(knownClaim(d2), slim(other));
  // A claim without a digest (stored before digests) is read but not kept.
  const third = claim('2024-06-03');
  assert.deepEqual(claimEngagement(jsonCodec('sqlite'), JSON.stringify(third), null), slim(third));
  assert.equal(knownClaim(null), undefined);
});

test('a claim just stored is remembered, so re-fusing its engagement need not read it back', () => {
  const rec = claim('2024-07-01');
  const digest = claimDigest(JSON.stringify(rec));
  rememberClaim(digest, rec);
  assert.deepEqual(knownClaim(digest), slim(rec));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimEngagement } from '../../src/fuse/claim-texts.ts';
import { jsonCodec } from '../../src/store/json.ts';
import { person, record } from '../store/helpers.ts';

test('a stored claim is parsed once per text, down to what fusion reads', () => {
  const sqlite = jsonCodec('sqlite');
  const rec = { ...record({ participants: [person('Ann Ash', 'KAZ', 'Minister')], date: '2024-05-01', topics: ['trade'] }), spans: { evidence: [] }, codes: { cameo: [] } };
  const text = JSON.stringify(rec);
  const e = claimEngagement(sqlite, text);
  assert.deepEqual(e, { kind: rec.kind, date: rec.date, location: rec.location, occasion: rec.occasion, participants: rec.participants, topics: rec.topics, outcomes: rec.outcomes, evidence: rec.evidence });
  // The same text (a fresh string, as each read gives) is the same object; another text is not.
  assert.equal(claimEngagement(sqlite, `${text} `.trimEnd()), e);
  const other = claimEngagement(sqlite, JSON.stringify({ ...rec, date: '2024-05-02' }));
  assert.notEqual(other, e);
  assert.equal(other.date, '2024-05-02');
  // Parsed JSON from a driver passes through as it is.
  const pg = jsonCodec('postgres');
  assert.equal(claimEngagement(pg, rec), rec);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareOfficeOrg, orgsWithOffice } from '../../../src/extract/actors/org-offices.ts';
import type { PlaceMention } from '../../../src/extract/gazetteer/index.ts';

const org = (id: string): PlaceMention => ({ start: 0, end: id.length, text: id, kind: 'org', iso3: null, org: id, city: null });

test('offices held only by heads of organisations, however the organisation spells them', () => {
  for (const spelling of ['Secretary-General', 'Secretary General', 'secretary-general']) {
    const orgs = orgsWithOffice(spelling);
    assert.ok(orgs.has('UN') && orgs.has('NATO') && orgs.has('SCO'), spelling);
  }
  assert.deepEqual([...orgsWithOffice('Director-General')].sort(), ['IAEA', 'IOM', 'WHO', 'WTO']);
  // States have presidents too (so does the World Bank): "the President" alone is no organisation's.
  assert.equal(orgsWithOffice('President').size, 0);
  assert.equal(orgsWithOffice('Special Envoy').size, 0);
});

test('a bare title names the one organisation with that office in the article, else the UN, else nobody', () => {
  assert.equal(bareOfficeOrg('Secretary-General', []), 'UN');
  assert.equal(bareOfficeOrg('Secretary General', [[org('NATO')], []]), 'NATO');
  assert.equal(bareOfficeOrg('Secretary-General', [[org('SCO')], [org('UN')]]), null);
  // An organisation without the office does not count.
  assert.equal(bareOfficeOrg('Secretary-General', [[org('IMF'), org('NATO')]]), 'NATO');
  // The UN has no Director-General in the list: with none named, nobody.
  assert.equal(bareOfficeOrg('Director-General', []), null);
  assert.equal(bareOfficeOrg('Director-General', [[org('WHO')]]), 'WHO');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { UserError } from '../../../src/model/errors.ts';
import { allCountries, createGazetteer, gazetteer } from '../../../src/extract/gazetteer/index.ts';

const countriesFile = JSON.parse(readFileSync(new URL('../../../data/lexicon/countries.json', import.meta.url), 'utf8'));
const orgsFile = JSON.parse(readFileSync(new URL('../../../data/lexicon/organizations.json', import.meta.url), 'utf8'));

// Two good entries to break one field at a time.
function base(): any[] {
  return [
    { iso3: 'KAZ', iso2: 'KZ', name: 'Kazakhstan', names: [], demonyms: ['Kazakh'], capital: 'Astana', capitalAliases: [],
      cities: ['Almaty'], cityAliases: {}, metonyms: ['Akorda'], metonymCities: {} },
    { iso3: 'MNG', iso2: 'MN', name: 'Mongolia', names: [], demonyms: ['Mongolian'], capital: 'Ulaanbaatar', capitalAliases: [],
      cities: [], cityAliases: {}, metonyms: [], metonymCities: {} },
  ];
}
const orgs = () => [{ id: 'SCO', name: 'Shanghai Cooperation Organization', aliases: [], acronyms: ['SCO'] }];

function rejects(countries: unknown, organizations: unknown, message: RegExp): void {
  assert.throws(() => createGazetteer(countries, organizations), (err: unknown) => {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    assert.equal(err.code, 'gazetteer');
    assert.match(err.message, message);
    assert.ok(err.hint);
    return true;
  });
}

test('the shipped files load, and hold every UN member state plus the nine extra entries', () => {
  const ix = gazetteer();
  assert.equal(countriesFile.length, 202);
  const codes = new Set(allCountries().map((c) => c.iso3));
  for (const c of ['PSE', 'VAT', 'XKX', 'TWN', 'ESH', 'COK', 'NIU', 'GRL', 'FRO', 'KAZ', 'TUV', 'SSD', 'FSM']) assert.ok(codes.has(c), c);
  assert.ok(ix.orgs.length >= 60, 'at least 60 organisations');
  const cities = allCountries().reduce((n, c) => n + c.cities.length, 0);
  assert.ok(cities >= 800, `at least 800 cities, have ${cities}`);
  for (const c of allCountries()) {
    assert.ok(c.demonyms.length > 0 || ['COG', 'COD', 'DMA'].includes(c.iso3), `${c.iso3} has no demonym`);
    assert.ok(c.capital !== null || ['NRU', 'ESH'].includes(c.iso3), `${c.iso3} has no capital`);
  }
});

test('a good minimal file loads', () => {
  const ix = createGazetteer(base(), orgs());
  assert.equal(ix.countries.length, 2);
});

test('bad entries fail with a message naming the file, the entry and what is wrong', () => {
  let c = base(); c[1].iso3 = 'KAZ';
  rejects(c, orgs(), /countries\.json: entry 1 \(KAZ\): iso3 "KAZ" is already used by entry 0/);
  c = base(); c[0].iso3 = 'Kaz';
  rejects(c, orgs(), /entry 0: "iso3" must be 3 capital letters, got "Kaz"/);
  c = base(); c[1].iso2 = 'KZ';
  rejects(c, orgs(), /entry 1 \(MNG\): iso2 "KZ" is already used by entry 0/);
  c = base(); c[0].demonyms = 'Kazakh';
  rejects(c, orgs(), /entry 0 \(KAZ\): "demonyms" must be a list of strings/);
  c = base(); c[0].cities = ['Almaty', ''];
  rejects(c, orgs(), /entry 0 \(KAZ\): "cities"\[1\] must be a non-empty string/);
  c = base(); c[0].cityAliases = { 'Alma-Ata': 'Almatі' };
  rejects(c, orgs(), /"cityAliases" maps "Alma-Ata" to "Almatі", which is not in "cities"/);
  c = base(); c[0].metonymCities = { Kremlin: 'Astana' };
  rejects(c, orgs(), /"metonymCities" names "Kremlin", which is not in "metonyms"/);
  c = base(); c[0].capital = null; c[0].capitalAliases = ['Nur-Sultan'];
  rejects(c, orgs(), /"capitalAliases" given but "capital" is null/);
  rejects({ countries: [] }, orgs(), /top level: must be a JSON list/);
  rejects(base(), [{ id: 'SCO', name: 'SCO', aliases: [], acronyms: [] }, { id: 'SCO', name: 'Other', aliases: [], acronyms: [] }],
    /organizations\.json: entry 1 \(SCO\): id "SCO" is already used by entry 0/);
  rejects(base(), [{ id: 'EU', name: 'European Union', aliases: [], acronyms: [] }, { id: 'EC', name: 'European Commission', aliases: [], acronyms: [], partOf: 'EEC' }],
    /organizations\.json: entry 1 \(EC\): "partOf" names "EEC", which is no organisation's id here/);
  rejects(base(), [{ id: 'EC', name: 'European Commission', aliases: [], acronyms: [], partOf: 7 }], /entry 0 \(EC\): "partOf" must be the id of another organisation/);
});

test('an institution that is "partOf" another speaks for it: the European Commission\'s side is the EU', async () => {
  const { orgSide } = await import('../../../src/extract/gazetteer/index.ts');
  assert.equal(orgSide('EC'), 'EU');
  assert.equal(orgSide('EEAS'), 'EU');
  assert.equal(orgSide('NATO'), 'NATO');
  assert.equal(orgSide('UNHCR'), 'UNHCR');
});

test('an organisation "speaksAs" a listed city only: "Brussels wants" is the EU\'s', async () => {
  rejects(base(), [{ id: 'SCO', name: 'Shanghai Cooperation Organization', aliases: [], acronyms: [], speaksAs: ['Beijing'] }],
    /organizations\.json speaks as "Beijing", which is no city in .*countries\.json/);
  rejects(base(), [{ id: 'SCO', name: 'Shanghai Cooperation Organization', aliases: [], acronyms: [], speaksAs: 'Astana' }], /entry 0 \(SCO\): "speaksAs" must be a list of strings/);
  assert.equal(createGazetteer(base(), [{ ...orgs()[0], speaksAs: ['Almaty'] }]).orgSeats.get('ALMATY'), 'SCO');
  const { orgSpeakingAs } = await import('../../../src/extract/gazetteer/index.ts');
  assert.equal(orgSpeakingAs('Brussels'), 'EU');
  assert.equal(orgSpeakingAs('Berlin'), null);
});

test('a name given to two countries, or to a country and an organisation, is refused', () => {
  let c = base(); c[1].demonyms.push('Kazakh');
  rejects(c, orgs(), /"Kazakh" is listed twice: as KAZ demonym "Kazakh" .* and as MNG demonym "Kazakh"/);
  c = base(); c[1].cities.push('Almaty');
  rejects(c, orgs(), /"Almaty" is listed twice/);
  // the same name with different diacritics or case is still the same name
  c = base(); c[1].cities.push('ALMATY');
  rejects(c, orgs(), /"ALMATY" is listed twice/);
  c = base(); c[1].names.push('SCO');
  rejects(c, orgs(), /"SCO" is listed twice/);
  // but a country may use one spelling for two things (Djibouti the country and its capital)
  c = base(); c[0].cities.push('Kazakhstan');
  assert.doesNotThrow(() => createGazetteer(c, orgs()));
});

test('no name in the shipped files belongs to two countries (the loader would refuse it)', () => {
  assert.doesNotThrow(() => createGazetteer(countriesFile, orgsFile));
});

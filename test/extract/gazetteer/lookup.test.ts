import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  allCountries, cityLookup, countryByIso3, isIso3, iso3FromName, orgById, orgLookup,
} from '../../../src/extract/gazetteer/index.ts';

test('iso3FromName takes names, short forms and demonyms in any case, with or without diacritics or "the"', () => {
  const must: [string, string][] = [
    ['Kazakhstan', 'KAZ'], ['kazakhstan', 'KAZ'], ['KAZAKH', 'KAZ'], ['Kazakhstani', 'KAZ'], ['Indian', 'IND'],
    ['the United States', 'USA'], ['United States', 'USA'], ['U.S.', 'USA'], ['us', 'USA'], ['America', 'USA'],
    ['Türkiye', 'TUR'], ['turkiye', 'TUR'], ['Turkey', 'TUR'], ['the Netherlands', 'NLD'], ['The Gambia', 'GMB'],
    ['Cote d\'Ivoire', 'CIV'], ['Côte d’Ivoire', 'CIV'], ['Guinea Bissau', 'GNB'], ['guinea-bissau', 'GNB'],
    ['Emiratis', 'ARE'], ['Kyrgyz', 'KGZ'], ['Kirghiz', 'KGZ'], ['Georgian', 'GEO'], ['Dominican', 'DOM'],
    ['Nigerien', 'NER'], ['Nigerian', 'NGA'], ['South Korean', 'KOR'], ['Kazakhstan\'s', 'KAZ'], ['  Mongolia  ', 'MNG'],
  ];
  for (const [s, iso3] of must) assert.equal(iso3FromName(s), iso3, `"${s}"`);
  for (const s of ['Korean', 'Congolese', 'Congo', 'Astana', 'Kremlin', 'Europe', 'Indiana', '', 'Kazakhstanian'])
    assert.equal(iso3FromName(s), null, `"${s}" should not be a country`);
});

test('cityLookup resolves capitals, cities and their other spellings', () => {
  assert.deepEqual(cityLookup('Astana'), { city: 'Astana', iso3: 'KAZ', capital: true });
  assert.deepEqual(cityLookup('Nur-Sultan'), { city: 'Astana', iso3: 'KAZ', capital: true });
  assert.deepEqual(cityLookup('almaty'), { city: 'Almaty', iso3: 'KAZ', capital: false });
  assert.deepEqual(cityLookup('Brasilia'), { city: 'Brasília', iso3: 'BRA', capital: true });
  assert.deepEqual(cityLookup('St. Petersburg'), { city: 'Saint Petersburg', iso3: 'RUS', capital: false });
  assert.deepEqual(cityLookup('Ulan Bator'), { city: 'Ulaanbaatar', iso3: 'MNG', capital: true });
  assert.deepEqual(cityLookup('Male'), { city: 'Malé', iso3: 'MDV', capital: true });
  assert.deepEqual(cityLookup('the Hague'), { city: 'The Hague', iso3: 'NLD', capital: false });
  assert.deepEqual(cityLookup('Luxembourg'), { city: 'Luxembourg', iso3: 'LUX', capital: true });
  for (const s of ['Kazakhstan', 'Kremlin', 'Atlantis', 'Paris Hilton', ''])
    assert.equal(cityLookup(s), null, `"${s}" should not be a city`);
});

test('orgLookup by name, alias or acronym; orgById by exact id', () => {
  assert.equal(orgLookup('World Health Organisation')?.id, 'WHO');
  assert.equal(orgLookup('who')?.id, 'WHO');
  assert.equal(orgLookup('Shanghai Cooperation Organization')?.id, 'SCO');
  assert.equal(orgLookup('the Arab League')?.id, 'LAS');
  assert.equal(orgLookup('U.N.')?.id, 'UN');
  assert.equal(orgLookup('Kazakhstan'), null);
  assert.equal(orgLookup('World Health'), null);
  assert.equal(orgById('WHO')?.name, 'World Health Organization');
  assert.equal(orgById('SCO')?.acronyms.includes('SCO'), true);
  assert.equal(orgById('who'), undefined);
  assert.equal(orgById('XYZ'), undefined);
});

test('countryByIso3, isIso3 and allCountries', () => {
  const kaz = countryByIso3('KAZ');
  assert.ok(kaz);
  assert.equal(kaz.name, 'Kazakhstan');
  assert.equal(kaz.iso2, 'KZ');
  assert.equal(kaz.capital, 'Astana');
  assert.ok(kaz.capitalAliases.includes('Nur-Sultan'));
  assert.ok(kaz.demonyms.includes('Kazakh'));
  assert.ok(kaz.cities.includes('Almaty'));
  assert.ok(kaz.metonyms.includes('Akorda'));
  assert.equal(countryByIso3('kaz')?.iso3, 'KAZ');
  assert.equal(countryByIso3('KZ'), undefined);
  assert.equal(isIso3('MNG'), true);
  assert.equal(isIso3('XKX'), true);
  assert.equal(isIso3('mng'), false);
  assert.equal(isIso3('ZZZ'), false);
  assert.equal(isIso3('Mongolia'), false);
  assert.equal(countryByIso3('NRU')?.capital, null);
  // The data is shared: callers must not be able to change it under other callers.
  assert.throws(() => { (kaz.cities as string[]).push('Atlantis'); });
  assert.equal(allCountries().length, 202);
});

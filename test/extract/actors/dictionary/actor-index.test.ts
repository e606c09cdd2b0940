import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorIndex, builtinOfficials, foldName, parseActorDictionary } from '../../../../src/extract/actors/dictionary/index.ts';
import type { DictionaryEntry } from '../../../../src/model/actor.ts';

const officials = new ActorIndex(builtinOfficials());
const names = (list: DictionaryEntry[]): string[] => list.map((e) => `${e.name} (${e.role})`);

test('foldName folds case, accents, undecomposed letters and punctuation', () => {
  assert.equal(foldName('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
  assert.equal(foldName('  S.  Jaishankar '), 's jaishankar');
  assert.equal(foldName('Jonas Gahr Støre'), 'jonas gahr store');
  assert.equal(foldName('Oyun-Erdene'), 'oyun erdene');
  assert.equal(foldName("Gideon Sa'ar"), 'gideon saar');
  assert.equal(foldName('İLHAM ALİYEV'), 'ilham aliyev');
  assert.equal(foldName('Łukasz'), 'lukasz');
  assert.notEqual(foldName('Aliyev'), foldName('Aliev'));
});

test('Nurtleu is Foreign Minister on 2024-07-02 but not on 2025-12-01', () => {
  const then = officials.lookup('Murat Nurtleu', '2024-07-02');
  assert.equal(then.length, 1);
  assert.equal(then[0].role, 'Deputy Prime Minister and Foreign Minister');
  assert.equal(then[0].country, 'KAZ');
  assert.deepEqual(officials.lookup('Murat Nurtleu', '2025-12-01'), []);
  // His successor answers for the later date instead.
  assert.deepEqual(names(officials.lookup('Yermek Kosherbayev', '2025-12-01')), ['Yermek Kosherbayev (Foreign Minister)']);
  assert.deepEqual(officials.lookup('Yermek Kosherbayev', '2024-07-02'), []);
});

test('validity bounds are inclusive, and a null date matches any tenure', () => {
  assert.equal(officials.lookup('Murat Nurtleu', '2025-09-26').length, 1);
  assert.equal(officials.lookup('Murat Nurtleu', '2025-09-27').length, 0);
  assert.equal(officials.lookup('Wang Yi', null).length, 3);
  // Qin Gang was foreign minister then; Wang Yi headed the Central Foreign Affairs Commission's office.
  assert.deepEqual(names(officials.lookup('Wang Yi', '2023-03-01')), ['Wang Yi (Director of the Office of the Central Foreign Affairs Commission)']);
  assert.deepEqual(names(officials.lookup('Qin Gang', '2023-03-01')), ['Qin Gang (Foreign Minister)']);
});

test('a timestamp is read as its date; a malformed date is a programming error', () => {
  assert.equal(officials.lookup('Murat Nurtleu', '2024-07-02T09:30:00Z').length, 1);
  assert.throws(() => officials.lookup('Murat Nurtleu', '02.07.2024'), /YYYY-MM-DD/);
  assert.throws(() => officials.lookup('Murat Nurtleu', '2024-02-30'), /YYYY-MM-DD/);
});

test('aliases, spelling variants and initials resolve to the same person', () => {
  for (const form of ['S. Jaishankar', 'S Jaishankar', 'Subrahmanyam Jaishankar', 'DR. S. JAISHANKAR']) {
    const hits = officials.lookup(form, '2025-06-05');
    assert.deepEqual(names(hits), ['Subrahmanyam Jaishankar (External Affairs Minister)'], form);
    assert.equal(hits[0].country, 'IND');
  }
  assert.equal(officials.lookup('Recep Tayyip Erdogan', '2024-12-11')[0].country, 'TUR');
  assert.equal(officials.lookup('Jonas Gahr Store', '2024-11-18')[0].country, 'NOR');
  assert.equal(officials.lookup('Lula', '2024-11-20')[0].country, 'BRA');
  assert.equal(officials.lookup('MBS', '2024-01-01')[0].role, 'Crown Prince and Prime Minister');
  assert.equal(officials.lookup('MBS', '2022-01-01')[0].role, 'Crown Prince');
  // A middle initial the list does not give.
  assert.equal(officials.lookup('Ferdinand R. Marcos Jr.', '2025-04-05')[0]?.country, 'PHL');
  assert.equal(officials.lookup('Ferdinand R Marcos Jr', '2025-04-05')[0]?.country, 'PHL');
});

test('names that must not match', () => {
  assert.deepEqual(officials.lookup('Jaishankar Subrahmanyam', '2025-06-05'), [], 'word order matters');
  assert.deepEqual(officials.lookup('Murat', '2024-07-02'), [], 'a first name alone is not a name');
  assert.deepEqual(officials.lookup('Nurtleu Murat Kazakh', '2024-07-02'), []);
  assert.deepEqual(officials.lookup('Li', '2024-01-01'), []);
  // Dropping initials must not leave a one-word name that then matches anyone of that surname.
  assert.deepEqual(officials.lookup('R. Jaishankar', '2025-06-05'), []);
  assert.deepEqual(officials.lookup('Ferdinand R. Marcos', '2025-04-05'), []);
  assert.deepEqual(officials.lookup('', '2024-01-01'), []);
  assert.deepEqual(officials.lookup('President', '2024-01-01'), []);
  // The Berdimuhamedovs share a surname but not a full name.
  assert.deepEqual(names(officials.lookup('Serdar Berdimuhamedov', '2024-07-04')), ['Serdar Berdimuhamedov (President)']);
});

test('lookupToken finds surname-only mentions and returns every candidate', () => {
  assert.deepEqual(names(officials.lookupToken('Tokayev', '2024-12-28')), ['Kassym-Jomart Tokayev (President)']);
  assert.deepEqual(names(officials.lookupToken('Tokaev', '2024-12-28')), ['Kassym-Jomart Tokayev (President)']);
  const berdis = names(officials.lookupToken('Berdimuhamedov', '2024-07-04')).sort();
  assert.deepEqual(berdis, ['Gurbanguly Berdimuhamedov (Chairman of the Halk Maslahaty)', 'Serdar Berdimuhamedov (President)']);
  // Before March 2022 the father was still President, and also Chairman.
  assert.equal(officials.lookupToken('Berdimuhamedov', '2022-01-10').length, 2);
  assert.deepEqual(names(officials.lookupToken('Oyun-Erdene', '2024-10-29')), ['Luvsannamsrai Oyun-Erdene (Prime Minister)']);
  assert.deepEqual(names(officials.lookupToken('Xi', '2025-01-21')), ['Xi Jinping (President)']);
});

test('lookupToken does not match first names or middle words', () => {
  assert.deepEqual(officials.lookupToken('Kassym-Jomart', '2024-12-28'), []);
  assert.equal(officials.lookupToken('Jinping', '2025-01-21').length, 1, 'the last word of the full name does match');
  assert.deepEqual(officials.lookupToken('Tayyip', '2024-12-11'), []);
  assert.deepEqual(officials.lookupToken('Tokayev', '2018-01-01'), [], 'not yet in office');
});

test('an index over a user dictionary works the same way and keeps entries apart from the built-in list', () => {
  const mine = new ActorIndex(parseActorDictionary(
    'name,aliases,role,country,valid_from\nDorji Bayarkhuu,D. Bayarkhuu,Ambassador,MNG,2022\n',
    'csv', 'mine.csv'));
  assert.deepEqual(names(mine.lookup('D. Bayarkhuu', '2023-02-14')), ['Dorji Bayarkhuu (Ambassador)']);
  assert.deepEqual(mine.lookup('D. Bayarkhuu', '2021-12-31'), []);
  assert.deepEqual(mine.lookup('Li Qiang', null), []);
  assert.deepEqual(officials.lookup('Dorji Bayarkhuu', null), []);
});

test('lookupOffice: who held an office of a country on a date, double titles answering to either half', () => {
  const who = (role: string, country: string | null, date: string, org: string | null = null) => officials.lookupOffice(role, country, org, date).map((e) => e.name);
  assert.deepEqual([...new Set(who('President', 'MNG', '2024-07-04'))], ['Ukhnaagiin Khurelsukh']);
  assert.deepEqual([...new Set(who('Prime Minister', 'GBR', '2024-07-06'))], ['Keir Starmer']);
  assert.deepEqual([...new Set(who('Prime Minister', 'GBR', '2024-07-01'))], ['Rishi Sunak']);
  assert.deepEqual([...new Set(who('prime minister', 'SAU', '2024-01-01'))], ['Mohammed bin Salman']);
  assert.deepEqual(who('President', null, '2024-07-04'), []);
  assert.deepEqual(who('Astronaut', 'MNG', '2024-07-04'), []);
});

test("an Arabic name that goes on through the grandfather and the family finds the list's shorter form", () => {
  const index = new ActorIndex([
    { name: 'Hamad bin Khalid', aliases: [], role: 'Minister of Trade', country: 'QAT', org: null, validFrom: null, validTo: null },
  ]);
  assert.deepEqual(names(index.lookup('Hamad bin Khalid bin Ali Al Thani', '2024-01-01')), ['Hamad bin Khalid (Minister of Trade)']);
  assert.deepEqual(names(index.lookup('Hamad bin Khalid Al Thani', '2024-01-01')), ['Hamad bin Khalid (Minister of Trade)']);
  // Another man's name that only starts like his is not his: the cut falls before a "bin" or "Al" only.
  assert.deepEqual(index.lookup('Hamad bin Khalidi', '2024-01-01'), []);
  assert.deepEqual(index.lookup('Hamad Khalid Ali', '2024-01-01'), []);
});

test('an alias written with its title is found without it; a single word left over is not enough', () => {
  const idx = new ActorIndex([
    { name: 'Haitham bin Tariq', aliases: ['Sultan Haitham bin Tarik'], role: 'Sultan', country: 'OMN', org: null, validFrom: '2020-01-11', validTo: null },
    { name: 'Salman bin Abdulaziz Al Saud', aliases: ['King Salman'], role: 'King', country: 'SAU', org: null, validFrom: '2015-01-23', validTo: null },
  ]);
  assert.deepEqual(idx.lookup('Haitham bin Tarik', '2022-05-23').map((e) => e.name), ['Haitham bin Tariq']);
  assert.deepEqual(idx.lookup('Salman', '2022-05-23'), []);
});

test('another transliteration of a listed full name is the same person, when only one answers to it', () => {
  assert.deepEqual(names(officials.lookup('Nikol Pashinian', '2024-02-17')), names(officials.lookup('Nikol Pashinyan', '2024-02-17')), 'i for y');
  assert.equal(officials.lookup('Vladimir Zelensky', '2024-07-05')[0]?.country, 'UKR', 'the Russian spelling of the given name');
  assert.deepEqual(officials.lookup('Wang Ye', '2024-07-05'), [], 'a word too short to tell apart ("Yi", "Ye") matches nothing');
  assert.deepEqual(officials.lookup('Pashinian', '2024-02-17'), [], 'one word alone is not looked up by its consonants');
  const index = new ActorIndex([
    { name: 'Ahmad Hasan', aliases: [], role: 'Minister', country: 'JOR', org: null, validFrom: null, validTo: null },
    { name: 'Ahmed Hassan', aliases: [], role: 'Minister', country: 'EGY', org: null, validFrom: null, validTo: null },
  ]);
  assert.deepEqual(index.lookup('Ahmet Hasan', null), [], 'two people answer to the same consonants: neither is chosen');
});

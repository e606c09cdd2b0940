import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorDictionary } from '../../../../src/extract/actors/dictionary/index.ts';
import { UserError } from '../../../../src/model/errors.ts';

/** Asserts that parsing fails with an actors-file UserError whose message contains every fragment. */
function rejects(content: string, format: 'json' | 'csv', source: string, ...fragments: string[]): UserError {
  let caught: unknown;
  try {
    parseActorDictionary(content, format, source);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof UserError, `expected a UserError, got ${String(caught)}`);
  assert.equal(caught.code, 'actors-file');
  for (const f of fragments) assert.ok(caught.message.includes(f), `message ${JSON.stringify(caught.message)} lacks ${JSON.stringify(f)}`);
  assert.ok(caught.hint && caught.hint.length > 0, 'a hint tells the user what to do');
  return caught;
}

test('JSON list with every accepted key spelling', () => {
  const entries = parseActorDictionary(
    JSON.stringify([
      { name: 'Murat Nurtleu', aliases: ['Murat Nurtileu'], role: 'Foreign Minister', country: 'kaz', validFrom: '2023-04', validTo: '2025-09-26' },
      { name: 'Zhang Ming', aliases: 'Zhang;  ;Ming Zhang', org: 'SCO', role: 'Secretary-General', valid_from: 2022, valid_to: '2024' },
      { Name: 'Somebody', From: '2020-02', TO: '2020-02' },
    ]),
    'json',
    'people.json',
  );
  assert.equal(entries.length, 3);
  assert.deepEqual(entries[0], {
    name: 'Murat Nurtleu', aliases: ['Murat Nurtileu'], role: 'Foreign Minister', country: 'KAZ', org: null,
    validFrom: '2023-04-01', validTo: '2025-09-26',
  });
  assert.deepEqual(entries[1].aliases, ['Zhang', 'Ming Zhang']);
  assert.equal(entries[1].country, null);
  assert.equal(entries[1].org, 'SCO');
  assert.equal(entries[1].validFrom, '2022-01-01');
  assert.equal(entries[1].validTo, '2024-12-31');
  // A leap-year February widens to the 29th.
  assert.equal(entries[2].validFrom, '2020-02-01');
  assert.equal(entries[2].validTo, '2020-02-29');
  assert.equal(entries[2].role, null);
});

test('JSON object form {"actors": [...]} and a leading byte-order mark', () => {
  const entries = parseActorDictionary('\uFEFF{"actors": [{"name": "Li Qiang", "role": "Premier", "country": "CHN"}]}', 'json', 'a.json');
  assert.equal(entries.length, 1);
  assert.equal(entries[0].name, 'Li Qiang');
  assert.equal(entries[0].validFrom, null);
  assert.equal(entries[0].validTo, null);
});

test('CSV with header, quoted cells, blank lines and ";"-separated aliases', () => {
  const csv = [
    'name,aliases,role,country,org,valid_from,valid_to',
    'Subrahmanyam Jaishankar,"S. Jaishankar; S Jaishankar; Dr. S. Jaishankar",External Affairs Minister,IND,,2019-05-30,',
    '',
    '"Tedros Adhanom Ghebreyesus",Tedros,Director-General,,WHO,2017-07,',
  ].join('\r\n');
  const entries = parseActorDictionary(csv, 'csv', 'people.csv');
  assert.equal(entries.length, 2);
  // "S Jaishankar" folds to the same key as "S. Jaishankar", so only the first spelling is kept.
  assert.deepEqual(entries[0], {
    name: 'Subrahmanyam Jaishankar', aliases: ['S. Jaishankar', 'Dr. S. Jaishankar'], role: 'External Affairs Minister',
    country: 'IND', org: null, validFrom: '2019-05-30', validTo: null,
  });
  assert.equal(entries[1].org, 'WHO');
  assert.equal(entries[1].country, null);
  assert.equal(entries[1].validFrom, '2017-07-01');
});

test('CSV headers match loosely: case, spaces, validFrom/from spellings', () => {
  const entries = parseActorDictionary('Name , Country,Valid From,To\nKassym-Jomart Tokayev,KAZ,2019-03-20,\n', 'csv', 'x.csv');
  assert.equal(entries[0].country, 'KAZ');
  assert.equal(entries[0].validFrom, '2019-03-20');
});

test('duplicated rows merge silently, pooling aliases; different tenures stay apart', () => {
  const csv = [
    'name,aliases,role,country,valid_from,valid_to',
    'Wang Yi,,Foreign Minister,CHN,2013-03-16,2022-12-30',
    'Wang Yi,Wang,Foreign Minister,CHN,2013-03-16,2022-12-30',
    'WANG YI,Wang;Wang Yi,foreign minister,chn,2013-03-16,2022-12-30',
    'Wang Yi,,Foreign Minister,CHN,2023-07-25,',
  ].join('\n');
  const entries = parseActorDictionary(csv, 'csv', 'p.csv');
  assert.equal(entries.length, 2);
  assert.deepEqual(entries[0].aliases, ['Wang']);
  assert.equal(entries[1].validFrom, '2023-07-25');
});

test('an alias equal to the name (once folded) is dropped', () => {
  const [e] = parseActorDictionary('[{"name": "Recep Tayyip Erdoğan", "aliases": ["Recep Tayyip Erdogan", "Erdogan", "erdogan"]}]', 'json', 'a.json');
  assert.deepEqual(e.aliases, ['Erdogan']);
});

test('error: country that is not a three-letter code names file, row and value', () => {
  const csv = 'name,role,country\nLi Qiang,Premier,CHN\nMurat Nurtleu,Foreign Minister,Kazakhstan\n';
  const err = rejects(csv, 'csv', 'people.csv',
    "actors file people.csv, row 3: 'country' must be an ISO 3166-1 alpha-3 code like KAZ, got 'Kazakhstan'");
  assert.equal(err.hint, 'fix the row or leave country empty');
  rejects('[{"name": "X", "country": "KZ"}]', 'json', 'a.json', 'entry 1', "got 'KZ'");
  rejects('[{"name": "X", "country": "K4Z"}]', 'json', 'a.json', "got 'K4Z'");
});

test('row numbers count the header as row 1 and skip over quoted line breaks', () => {
  const csv = 'name,aliases,country\n"Li\nQiang",,CHN\nWang Yi,,China\n';
  rejects(csv, 'csv', 'p.csv', 'row 4', "got 'China'");
});

test('error: unknown CSV column and unknown JSON key are reported by name', () => {
  rejects('name,title,country\nX,Dr,KAZ\n', 'csv', 'p.csv', "unknown column 'title'");
  rejects('[{"name": "X", "position": "President"}]', 'json', 'p.json', 'entry 1', "unknown key 'position'");
});

test('error: the same field given twice', () => {
  rejects('name,valid_from,from\nX,2020,2021\n', 'csv', 'p.csv', "'valid_from' and 'from' both give valid_from");
  rejects('[{"name": "X", "validTo": "2020", "to": "2021"}]', 'json', 'p.json', "'validTo' and 'to'");
});

test('error: a header without a name column, and a value under an unnamed column', () => {
  rejects('role,country\nPresident,KAZ\n', 'csv', 'p.csv', "no 'name' column");
  rejects('name,country,\nX,KAZ,oops\n', 'csv', 'p.csv', 'row 2', "'oops'", 'without a header');
});

test('error: missing or empty name', () => {
  rejects('name,country\n,KAZ\n', 'csv', 'p.csv', 'row 2', "'name' is required");
  rejects('[{"country": "KAZ"}]', 'json', 'p.json', 'entry 1', "'name' is required");
  rejects('[{"name": "..."}]', 'json', 'p.json', "'name' has no letters");
});

test('error: malformed and impossible dates', () => {
  rejects('name,valid_from\nX,02/07/2024\n', 'csv', 'p.csv', 'row 2', "'valid_from' must be a date like 2024-07-02, 2024-07 or 2024, got '02/07/2024'");
  rejects('name,valid_to\nX,2023-02-29\n', 'csv', 'p.csv', "got '2023-02-29'");
  rejects('name,valid_to\nX,2023-13\n', 'csv', 'p.csv', "got '2023-13'");
  rejects('[{"name": "X", "validFrom": true}]', 'json', 'p.json', "'valid_from' must be text, got a boolean");
});

test('error: validTo before validFrom', () => {
  rejects('name,valid_from,valid_to\nX,2024-03-01,2023-01-31\n', 'csv', 'p.csv', 'row 2', "'valid_to' 2023-01-31 is before 'valid_from' 2024-03-01");
  // Month-widening is applied before the comparison: the same month is fine.
  const [e] = parseActorDictionary('name,valid_from,valid_to\nX,2024-03,2024-03\n', 'csv', 'p.csv');
  assert.equal(e.validTo, '2024-03-31');
});

test('error: empty file, header-only CSV, empty JSON list', () => {
  rejects('', 'csv', 'p.csv', 'actors file p.csv is empty');
  rejects(' \n\n', 'json', 'p.json', 'is empty');
  rejects('name,country\n', 'csv', 'p.csv', 'has a header row but no people');
  rejects('[]', 'json', 'p.json', 'is empty');
  rejects('{"actors": []}', 'json', 'p.json', 'is empty');
});

test('error: unreadable CSV and JSON', () => {
  rejects('name,country\nX,KAZ,extra\n', 'csv', 'p.csv', 'is not readable CSV');
  rejects('name,country\n"X,KAZ\n', 'csv', 'p.csv', 'is not readable CSV');
  rejects('[{"name": "X",]', 'json', 'p.json', 'is not valid JSON');
});

test('error: wrong JSON shapes', () => {
  rejects('{"people": []}', 'json', 'p.json', 'must hold its entries under "actors"');
  rejects('"Li Qiang"', 'json', 'p.json', 'expected a JSON list of entries');
  rejects('["Li Qiang"]', 'json', 'p.json', 'entry 1', 'must be an object');
  rejects('[{"name": "X", "aliases": 5}]', 'json', 'p.json', "'aliases' must be a list");
  rejects('[{"name": "X", "aliases": ["a", 5]}]', 'json', 'p.json', 'every alias must be text, got a number');
  rejects('[{"name": "X", "role": ["President"]}]', 'json', 'p.json', "'role' must be text, got a list");
});

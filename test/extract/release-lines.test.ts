import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/nlp/sentences.ts';
import { issuerOf, missionOf, signOffIssuer } from '../../src/extract/release-lines.ts';

const read = (text: string) => {
  const sentences = splitSentences(text);
  const firstBody = sentences.find((s) => s.index > 0 && !s.heading) ?? null;
  return { issuer: issuerOf(sentences, firstBody), mission: missionOf(text, sentences, firstBody) };
};
const body = 'The Minister met the Ambassador on Monday.';

test('issuerOf reads the issuing government from a heading line above the body', () => {
  assert.equal(read(`Talks\nPress Release – Ministry of Foreign Affairs of Peru\n${body}`).issuer, 'PER');
  assert.equal(read(`Talks\nMinistry of Foreign Affairs of Estonia | Press release | 27.10.2025\n${body}`).issuer, 'EST');
  assert.equal(read(`Talks\nThe Presidency of the Republic of Ghana\n${body}`).issuer, 'GHA');
  assert.equal(read(`Talks\nMinistry of Foreign Affairs and Trade of Hungary\n${body}`).issuer, 'HUN');
});

test('issuerOf must NOT read a body sentence, the headline, or a line that names no country', () => {
  assert.equal(read(`Ministry of Foreign Affairs of Peru\n${body}`).issuer, null);
  assert.equal(read(`Talks\n${body} The Ministry of Foreign Affairs of Peru said so.`).issuer, null);
  assert.equal(read(`Talks\nMinistry of Foreign Affairs of the Interior Desk\n${body}`).issuer, null);
});

test('missionOf reads the sending country and the seat of an embassy or high commission', () => {
  const kathmandu = read(`Call\nEmbassy of India, Kathmandu\n${body}`).mission;
  assert.deepEqual([kathmandu?.sender, kathmandu?.seat?.location], ['IND', { place: 'Kathmandu', country: 'NPL' }]);
  const korea = read(`Call\nEmbassy of the Republic of Kazakhstan in the Republic of Korea\n${body}`).mission;
  assert.deepEqual([korea?.sender, korea?.seat?.location], ['KAZ', { place: null, country: 'KOR' }]);
  assert.equal(read(`Call\nHigh Commission of India, Dhaka\n${body}`).mission?.seat?.location.place, 'Dhaka');
});

test('missionOf must NOT read an embassy named in the body, or one of no known country', () => {
  assert.equal(read(`Call\n${body} He visited the Embassy of India, Kathmandu.`).mission, null);
  assert.equal(read(`Call\nEmbassy of Atlantis, Kathmandu\n${body}`).mission, null);
});

test('signOffIssuer reads the office and country that sign a release off below its body', () => {
  assert.equal(signOffIssuer(splitSentences(`Calls\n${body}\n.    .    .\nMINISTRY OF FOREIGN AFFAIRS\nSINGAPORE\n5 MAY 2025`)), 'SGP');
  assert.equal(signOffIssuer(splitSentences(`Visit\n${body}\nPrime Minister's Office\nMalaysia`)), 'MYS');
});

test('signOffIssuer must NOT read an office named in the body, one without a country line, or an unknown country', () => {
  assert.equal(signOffIssuer(splitSentences(`Calls\n${body} The Ministry of Foreign Affairs welcomed it.\nSingapore`)), null);
  assert.equal(signOffIssuer(splitSentences(`Calls\n${body}\nMINISTRY OF FOREIGN AFFAIRS\n5 MAY 2025`)), null);
  assert.equal(signOffIssuer(splitSentences(`Calls\n${body}\nMINISTRY OF FOREIGN AFFAIRS\nPRESS DIVISION`)), null);
});

test('issuerOf reads the UK government\'s "From: Prime Minister\'s Office, 10 Downing Street" line', () => {
  assert.equal(read('PM call with President-elect Trump: 6 November 2024\nFrom: Prime Minister\'s Office, 10 Downing Street\nPublished 6 November 2024\nThe Prime Minister spoke with President-elect Donald Trump this evening.').issuer, 'GBR');
  // Must NOT: "From" in a body sentence.
  assert.equal(read('Talks\nFrom Downing Street, the Prime Minister spoke with President Macron.').issuer, null);
});

test('issuerOf reads the UK government\'s readout headline "PM call with ...: 6 May 2025"', () => {
  assert.equal(read(`PM call with Prime Minister Modi of India: 6 May 2025\n\n${body}`).issuer, 'GBR');
  assert.equal(read(`PM meeting with President Zelenskyy: 8 February 2023\n\n${body}`).issuer, 'GBR');
  // Must NOT: a paper's headline about a prime minister's call, with no dated readout form.
  assert.equal(read(`PM call with Modi seals trade deal\n\n${body}`).issuer, null);
  assert.equal(read(`Modi's call with the PM: 6 May 2025\n\n${body}`).issuer, null);
});

test('issuerOf reads a UK government page whose standfirst comes before its "From:" line, and a headline of several readouts', () => {
  assert.equal(read(`G20 bilaterals\nReadouts of the Prime Minister's meetings on the first day of the summit.\nFrom: Prime Minister's Office, 10 Downing Street\nPublished 18 November 2024\n${body}`).issuer, 'GBR');
  assert.equal(read(`PM meetings with President Xi of China and Prime Minister Albanese of Australia: 18 November 2024\n${body}`).issuer, 'GBR');
  // Must not: a "From:" line deep in the body is no page header.
  assert.equal(read(`Talks\n${body}\n${body}\n${body}\n${body}\n${body}\nFrom: Prime Minister's Office, 10 Downing Street`).issuer, null);
});

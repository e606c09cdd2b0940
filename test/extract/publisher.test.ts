import { test } from 'node:test';
import assert from 'node:assert/strict';
import { publisherCountry } from '../../src/extract/publisher.ts';
import { extractArticle } from '../../src/extract/index.ts';

test('a government address gives its country; a news outlet or a malformed address gives none', () => {
  const cases: [string | null, string | null][] = [
    ['https://www.gov.uk/government/news/pm-call-with-prime-minister-albanese', 'GBR'],
    ['https://www.mea.gov.in/bilateral-documents.htm', 'IND'],
    ['https://www.mofa.go.jp/a_o/page1e.html', 'JPN'],
    ['https://www.sre.gob.mx/prensa/x', 'MEX'],
    ['http://en.kremlin.ru/events/president/news/1', 'RUS'],
    ['https://www.akorda.kz/en/x', 'KAZ'],
    ['https://www.state.gov/secretary-rubios-call', 'USA'],
    // Must not: outlets, look-alikes, nonsense.
    ['https://www.reuters.com/world/x', null],
    ['https://www.bbc.co.uk/news/x', null],
    ['https://kremlin.ru.example.com/x', null],
    ['https://notkremlin.ru/x', null],
    ['not a url', null],
    [null, null],
  ];
  for (const [url, want] of cases) assert.equal(publisherCountry(url), want, String(url));
});

test('"The Prime Minister" alone in a government readout is that government\'s, named from the officials list', () => {
  const text = 'PM call with Prime Minister Albanese\n\nThe Prime Minister spoke with the Australian Prime Minister, Anthony Albanese, this morning.\n\nThe Prime Minister then spoke to the Prime Minister of India, Narendra Modi.';
  const calls = (url: string | null) => extractArticle({ text, published: '2024-07-06', title: null, url, language: null })
    .engagements.map((e) => e.participants.map((p) => `${p.name}|${p.country}`).sort().join(' & '));
  assert.deepEqual(calls('https://www.gov.uk/government/news/pm-call'), ['Anthony Albanese|AUS & Keir Starmer|GBR', 'Keir Starmer|GBR & Narendra Modi|IND']);
  // Without the publisher nobody says whose Prime Minister it is: no UK side is made up.
  assert.ok(calls('https://www.reuters.com/x').every((c) => !c.includes('GBR')));
});

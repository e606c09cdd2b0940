import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineDate } from '../../src/extract/dateline-date.ts';
import { extractArticle } from '../../src/extract/index.ts';

test('a dateline with a full date gives the day the story was filed', () => {
  const MUST: [string, string][] = [
    ['WASHINGTON, September 27, 2023 — Secretary of State Antony J. Blinken met today with Indian External Affairs Minister Subrahmanyam Jaishankar.', '2023-09-27'],
    ['New York, 18 September 2023. The Secretary-General met today with the President of Brazil.', '2023-09-18'],
    ['MANILA, July 8, 2024 (Reuters) - Japan and the Philippines signed a defence pact on Monday.', '2024-07-08'],
    ['Berlin, 13 September 2024 – Federal Chancellor Olaf Scholz welcomed the President of Kenya.', '2024-09-13'],
  ];
  for (const [s, want] of MUST) assert.equal(datelineDate(s), want, s);
});

test('no dateline date: none given, no year, or a sentence that only starts like one', () => {
  const MUST_NOT = [
    'RIO DE JANEIRO, Nov 19 (Agency) – Indian Prime Minister Narendra Modi held several meetings.',
    'ASTANA – President Tokayev met the President of Mongolia on Thursday.',
    'Astana, 4 July 2024 marked the start of the SCO summit, the ministry said.',
    'President Tokayev met with the President of Mongolia on July 4, 2024 in Astana.',
    'Yesterday, the ministers met in Baku.',
  ];
  for (const s of MUST_NOT) assert.equal(datelineDate(s), null, s);
});

test('without a publication date, "today" and weekdays count from the dateline; with one, from it', () => {
  const text = `Modi speaks with Zelenskyy
New Delhi, 26 December 2022. Prime Minister Narendra Modi spoke on the phone today with President of Ukraine Volodymyr Zelenskyy.`;
  const undated = extractArticle({ text, published: null, title: null, url: null, language: null });
  assert.equal(undated.engagements[0].date, '2022-12-26');
  assert.equal(undated.article.published, null, 'the dateline is not reported as the publication date');
  const dated = extractArticle({ text, published: '2022-12-27', title: null, url: null, language: null });
  assert.equal(dated.engagements[0].date, '2022-12-27');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/extract/index.ts';

const LEAD = 'Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva held talks in Brasilia on Wednesday. ';
const outcomes = (sentence: string) => extractArticle({ text: `Xi in Brasilia\n\n${LEAD}${sentence}`, published: '2024-11-20', title: null, url: null, language: null })
  .engagements.flatMap((e) => e.outcomes);

test('an outcome ends where ", and" opens the next act with its own subject', () => {
  const [support, congratulation] = outcomes("Lula expressed support for China's position on a peace plan for Ukraine, and Xi congratulated Brazil on hosting the G20 summit.");
  assert.equal(support.summary, "expressed support for China's position on a peace plan for Ukraine");
  // Xi, right before the verb after the comma, is who congratulated: not one more thing Lula supported.
  assert.deepEqual([congratulation.kind, congratulation.by, congratulation.to], ['congratulation', 'CHN', 'BRA']);
  const [pledge] = outcomes('China pledged to buy more Brazilian beef, and the two sides set a goal of expanding direct flights to 10 a week.');
  assert.equal(pledge.summary, 'pledged to buy more Brazilian beef');
  // Without a new subject the act goes on: "..., and thanked him for ..." shares the first one's.
  const [proposal] = outcomes('Xi proposed a new air route between Beijing and Sao Paulo, and more flights for tourists.');
  assert.match(proposal.summary, /and more flights for tourists$/);
});

test('"witnessed the exchange of eight agreements" is a signing of eight; an exchange of views is not', () => {
  const [signing] = outcomes('The two leaders witnessed the exchange of eight agreements, including a bilateral investment treaty.');
  assert.deepEqual([signing.kind, signing.quantity], ['signing', { value: 8, unit: 'agreements' }]);
  assert.deepEqual(outcomes('The two sides had a frank exchange of views on Ukraine.'), []);
});

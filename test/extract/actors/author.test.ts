import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/extract/index.ts';

const ex = (text: string, published = '2024-07-05') => extractArticle({ text, published, title: null, url: null, language: null });
const sides = (text: string, published?: string) => ex(text, published).engagements.map((e) => e.participants.map((p) => p.name).sort().join(' + '));

test('an op-ed in the first person: the byline names the "I" who met', () => {
  const text = `What we agreed in Canberra
By Winston Peters
Relations with our largest neighbour need tending. On Thursday, a week after the election, I was in Canberra for talks with Foreign Minister Penny Wong about the Pacific and about trade.
We will meet again in Wellington.`;
  assert.deepEqual(sides(text, '2024-08-03'), ['Penny Wong + Winston Peters'], 'the writer is the other side');
});

test('a thread on X: the handle line names the writer, and a post with no subject is his', () => {
  const text = `In Nairobi
Foreign Secretary David Lammy (@DavidLammy)
1/ Landed in Nairobi this morning.
2/ Held talks today with President William Ruto on trade, climate finance and security in the region.`;
  assert.deepEqual(sides(text, '2024-10-03'), ['David Lammy + William Ruto'], 'the post without a subject is the writer\'s');
});

test('the note under an op-ed names the writer', () => {
  const text = `Why we went to Beijing
I travelled to Beijing this week. On Tuesday I sat down with Foreign Minister Wang Yi for three hours of talks on the war in Ukraine.
Those talks will continue.
Andrii Sybiha is the Minister for Foreign Affairs of Ukraine.`;
  const r = sides(text, '2025-02-20');
  assert.deepEqual(r, ['Andrii Sybiha + Wang Yi'], `the signature: ${r.join('; ')}`);
});

test('no writer: a story about a minister whose last sentence starts with a name, and an "I" in quotes', () => {
  const story = `Saudi crown prince receives Syrian leader
RIYADH: Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa in Riyadh on Sunday.
The two discussed reconstruction.
Saudi Foreign Minister Faisal bin Farhan visited Damascus last month.`;
  const r = ex(story, '2025-02-03');
  assert.equal(r.engagements.length, 1, 'the last sentence names no writer: no second meeting is made for him');
  const quoted = `Minister speaks of talks
By Staff Reporter
"I held talks with President William Ruto on trade," the visiting minister told reporters.`;
  assert.equal(ex(quoted, '2024-10-03').engagements.length, 0, 'an "I" in quotation marks is not the byline\'s writer');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTriggers } from '../../src/extract/engagements/triggers.ts';
import type { Sentence } from '../../src/nlp/sentences.ts';

const sent = (text: string): Sentence => ({ index: 1, start: 0, end: text.length, text, paragraph: 1, heading: false });
const happened = (text: string) => findTriggers(sent(text)).filter((t) => t.form !== 'noun' && t.status === 'happened');

const MUST: [string, string | null][] = [
  ['President Tokayev met with the President of Mongolia, Ukhnaagiin Khurelsukh, to discuss trade.', 'met'],
  ['Murat Nurtleu had a bilateral meeting with Subrahmanyam Jaishankar on July 2.', 'held-talks'],
  ['Vladimir Putin telephoned the President of Azerbaijan, Ilham Aliyev, on Saturday.', 'phone-verb'],
  ['Xi Jinping and Vladimir Putin spoke by video link on Tuesday.', 'video-call'],
  ['Sheinbaum said she spoke by telephone with President Donald Trump earlier in the day.', 'phone-spoke'],
  ['On Friday, Aliyev had called Tokayev.', 'phone-call-verb'],
  ['Sharif later called on Supreme Leader Ayatollah Ali Khamenei to offer his sympathy.', 'called-on'],
  ['Modi also sat down with Norwegian Prime Minister Jonas Gahr Store.', 'sat-down'],
  ['During the talks with Indonesian President Prabowo Subianto, the emphasis was on commerce.', 'fronted-talks'],
  ['Lula received Chinese President Xi Jinping at the Alvorada Palace on Wednesday.', 'received'],
  ['Tokayev held talks in Ulaanbaatar on Tuesday with Ukhnaagiin Khurelsukh.', 'held-talks'],
];

const MUST_NOT: string[] = [
  'Trump said he would also speak to Canadian Prime Minister Justin Trudeau later on Monday.',
  'The five Central Asian ministers will sit down with Jaishankar today for the dialogue itself.',
  'The two leaders had previously spoken by phone in late November.',
  'Nurtleu and Jaishankar had previously met in Astana in July 2024.',
  'Ruto is due to meet Vice President Kamala Harris on Friday.',
  'The leaders are expected to hold talks next week.',
  'Iwaya invited Wang to visit Japan.',
  'He said he looked forward to joining those talks himself.',
  'The president did not meet the opposition leader.',
  'India on Wednesday welcomed the ceasefire between Israel and Lebanon.',
  'The plan is designed to meet the needs of farmers.',
];

test('triggers that report an engagement that happened', () => {
  for (const [s, id] of MUST) {
    const t = happened(s);
    assert.ok(t.length > 0, `no trigger in: ${s}`);
    if (id) assert.ok(t.some((x) => x.id === id), `expected ${id} in: ${s} (got ${t.map((x) => x.id).join(',')})`);
  }
});

test('planned, recalled, negated or unrelated uses are not engagements that happened', () => {
  for (const s of MUST_NOT) {
    assert.deepEqual(happened(s).map((t) => t.id), [], `wrongly a happened trigger in: ${s}`);
  }
});

test('phone and video triggers carry their kind', () => {
  assert.ok(happened('Putin telephoned Aliyev.').every((t) => t.kind === 'phone_call'));
  assert.ok(happened('The two presidents held a video conference on Monday.').some((t) => t.kind === 'video_call'));
});

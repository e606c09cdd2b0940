import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Engagement } from '../../src/model/engagement.ts';
import { fuseClaims, type ClaimInput } from '../../src/fuse/fuse-engagement.ts';

function claim(articleId: string, over: Partial<Engagement>, meta: Partial<ClaimInput> = {}): ClaimInput {
  return {
    articleId,
    rootArticleId: articleId,
    isCopy: false,
    published: '2024-05-10',
    order: articleId,
    confidence: 0.5,
    engagement: {
      kind: 'meeting', date: '2024-05-10', location: { place: null, country: null }, occasion: null,
      participants: [{ name: 'Wang Yi', role: 'Foreign Minister', country: 'CHN', org: null }, { name: 'Saidov', role: null, country: 'UZB', org: null }],
      topics: [], outcomes: [], evidence: `evidence of ${articleId}`, ...over,
    },
    ...meta,
  };
}

test('the most supported reading wins and every reading is kept with its article', () => {
  const f = fuseClaims([
    claim('a', { location: { place: 'Tashkent', country: 'UZB' } }, { published: '2024-05-11' }),
    claim('b', { location: { place: 'Samarkand', country: 'UZB' } }, { published: '2024-05-10' }),
    claim('c', { location: { place: 'Samarkand', country: 'UZB' } }, { published: '2024-05-12' }),
  ]);
  assert.equal(f.place, 'Samarkand');
  assert.deepEqual(f.readings.place, [{ value: 'Samarkand', article_id: 'b' }, { value: 'Tashkent', article_id: 'a' }, { value: 'Samarkand', article_id: 'c' }]);
  assert.equal(f.evidence, 'evidence of b', 'evidence comes from the earliest original');
  assert.equal(f.firstReported, '2024-05-10');
  assert.equal(f.lastReported, '2024-05-12');
});

test('copies add no support: two copies of one article do not outvote another original', () => {
  const f = fuseClaims([
    claim('orig1', { date: '2024-05-09' }, { published: '2024-05-09' }),
    claim('copy1', { date: '2024-05-09' }, { rootArticleId: 'orig1', isCopy: true, published: '2024-05-09' }),
    claim('copy2', { date: '2024-05-09' }, { rootArticleId: 'orig1', isCopy: true, published: '2024-05-09' }),
    claim('orig2', { date: '2024-05-10' }, { published: '2024-05-08' }),
  ]);
  // One source each: the tie goes to orig2, published first.
  assert.equal(f.date, '2024-05-10');
  assert.equal(f.numSources, 2);
  assert.equal(f.numCopies, 2);
  assert.equal(f.numArticles, 4);
  assert.equal(f.readings.date.length, 4);
  assert.equal(f.confidence, 0.75);
});

test('participants merge by person, names grow fuller, topics and outcomes are unioned without repeats', () => {
  const f = fuseClaims([
    claim('a', { topics: ['trade'], outcomes: [{ kind: 'signing', by: null, to: null, summary: 'signed 5 documents', quantity: { value: 5, unit: 'documents' } }] }),
    claim('b', {
      participants: [{ name: 'Bakhtiyor Saidov', role: 'Foreign Minister', country: 'UZB', org: null }, { name: 'Wang', role: 'Foreign Minister', country: 'CHN', org: null }],
      topics: ['trade', 'energy'],
      outcomes: [{ kind: 'signing', by: null, to: null, summary: 'five agreements signed', quantity: { value: 5, unit: 'documents' } }, { kind: 'invitation', by: 'CHN', to: 'UZB', summary: 'invited', quantity: null }],
    }),
  ]);
  assert.deepEqual(f.participants, [
    { name: 'Wang Yi', role: 'Foreign Minister', country: 'CHN', org: null },
    { name: 'Bakhtiyor Saidov', role: 'Foreign Minister', country: 'UZB', org: null },
  ]);
  assert.deepEqual(f.topics, ['trade', 'energy']);
  assert.deepEqual(f.outcomes.map((o) => o.summary), ['signed 5 documents', 'invited']);
  assert.equal(f.fingerprint, 'CHN,UZB');
});

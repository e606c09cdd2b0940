import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { h } from '../../../src/serve/web/src/h.ts';
import { CommitmentCard, type Commitment } from '../../../src/serve/web/src/pages/commitments.ts';

const c: Commitment = {
  id: 'cm_1', kind: 'invitation', subject: 'visit', status: 'fulfilled', status_date: '2024-10-29', by: 'MNG', to: 'KAZ',
  owed_by: ['KAZ'], owed_to: ['MNG'], summary: 'Kassym-Jomart Tokayev to pay a state visit to Mongolia', quantity: null, deadline: null, deadline_text: null,
  origin: { engagement_id: 'e1', date: '2024-07-04', kind: 'meeting', place: 'Astana', country: 'KAZ' },
  sources: [
    { article_id: 'a1', url: 'https://example.org/readout', title: 'Head of State receives the President of Mongolia', published: '2024-07-04', source: 'Official readout', role: 'original' },
    { article_id: 'a2', url: 'javascript:alert(1)', title: '<script>alert(1)</script>', published: null, source: null, role: 'copy' },
  ],
  links: [{ id: 'l1', relation: 'fulfils', engagement_id: 'e2', date: '2024-10-29', kind: 'visit', place: 'Ulaanbaatar', country: 'MNG', reason: 'Tokayev made a visit to Ulaanbaatar', confidence: 0.9, review: null, reviewed_by: null }],
  history: [
    { status: 'proposed', date: '2024-07-04', reason: 'invitation made on 4 July 2024 by MNG', engagement_id: 'e1', link_id: null },
    { status: 'accepted', date: '2024-07-04', reason: 'accepted at the same meeting', engagement_id: 'e1', link_id: null },
    { status: 'fulfilled', date: '2024-10-29', reason: 'Tokayev made a visit to Ulaanbaatar', engagement_id: 'e2', link_id: 'l1' },
  ],
  verified: ['summary'],
};

test('a commitment card shows the way from promise to fulfilment with its sources, and never renders source markup', () => {
  const html = renderToStaticMarkup(h(MemoryRouter, null, h(CommitmentCard, { c })));
  assert.match(html, /Owed by Kazakhstan to Mongolia/);
  assert.match(html, /4 July 2024<\/strong> · proposed/);
  assert.match(html, /29 October 2024<\/strong> · fulfilled: Tokayev made a visit to Ulaanbaatar/);
  assert.match(html, /href="\/engagements\/e2"/);
  assert.match(html, /href="https:\/\/example.org\/readout"/);
  assert.match(html, /✓ verified/);
  assert.doesNotMatch(html, /<script>/);
  assert.doesNotMatch(html, /href="javascript:/);
});

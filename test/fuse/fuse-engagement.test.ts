import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Engagement, Participant } from '../../src/model/engagement.ts';
import { fuseClaims, type ClaimInput } from '../../src/fuse/fuse-engagement.ts';
import { fullerName, samePerson } from '../../src/fuse/person-name.ts';

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

/**
 * The participant merge written the plain way, a list of (role, claim) votes searched for each
 * claim: what fuseClaims must agree with. Claims arrive in priority order, as fuseClaims sorts them.
 */
function mergeByVoteList(claims: ClaimInput[]): Participant[] {
  const side = (a: { country: string | null; org: string | null }, b: { country: string | null; org: string | null }) =>
    (a.country ?? '').toUpperCase() === (b.country ?? '').toUpperCase() && ((a.country ?? '') !== '' || (a.org ?? '').toUpperCase() === (b.org ?? '').toUpperCase());
  const merged: { p: { name: string | null; country: string | null; org: string | null }; votes: { role: string; claim: ClaimInput }[] }[] = [];
  for (const c of claims) {
    for (const p of c.engagement.participants) {
      let m = merged.find((x) => side(x.p, p) && !!p.name && !!x.p.name && samePerson(x.p.name, p.name));
      if (!m && !p.name) m = merged.find((x) => side(x.p, p) && (!x.p.name || (!!p.role && x.votes.some((v) => v.role === p.role))));
      if (!m) merged.push((m = { p: { name: p.name, country: p.country ? p.country.toUpperCase() : null, org: p.org }, votes: [] }));
      else if (p.name) m.p.name = m.p.name ? fullerName(m.p.name, p.name) : p.name;
      if (!m.p.org && p.org) m.p.org = p.org;
      if (p.role) m.votes.push({ role: p.role, claim: c });
    }
  }
  return merged.map(({ p, votes }) => {
    // The role most independent sources give, the first given on a tie; a copy speaks only when its
    // original gave this person no role.
    const voters = claims.filter((c) => votes.some((v) => v.claim === c));
    const originals = new Set(voters.filter((c) => !c.isCopy).map((c) => c.rootArticleId));
    const support = new Map<string, { roots: Set<string>; rank: number }>();
    voters.forEach((c, rank) => {
      const role = votes.find((v) => v.claim === c)!.role;
      const e = support.get(role) ?? { roots: new Set<string>(), rank };
      if (!c.isCopy || !originals.has(c.rootArticleId)) e.roots.add(c.rootArticleId);
      support.set(role, e);
    });
    let role: string | null = null;
    let best: { roots: Set<string>; rank: number } | null = null;
    for (const [r, e] of support) if (!best || e.roots.size > best.roots.size || (e.roots.size === best.roots.size && e.rank < best.rank)) [role, best] = [r, e];
    return { name: p.name, role, country: p.country, org: p.org };
  });
}

test('the participant merge agrees with a plain vote list over arbitrary reports, copies and repeated people', () => {
  const person = fc.record({
    name: fc.constantFrom(null, 'Wang Yi', 'Wang', 'W. Yi', 'Bakhtiyor Saidov', 'Saidov', 'B. Saidov', 'Li Qiang', 'Kim'),
    role: fc.constantFrom(null, 'Foreign Minister', 'Prime Minister', 'President', 'Ambassador'),
    country: fc.constantFrom(null, 'CHN', 'chn', 'UZB', 'PRK'),
    org: fc.constantFrom(null, 'SCO', 'UN'),
  });
  const report = fc.record({
    participants: fc.array(person, { minLength: 1, maxLength: 4 }),
    published: fc.constantFrom(null, '2024-05-09', '2024-05-10', '2024-05-11'),
    copyOf: fc.option(fc.nat(5), { nil: null }),
  });
  fc.assert(fc.property(fc.array(report, { minLength: 1, maxLength: 25 }), (reports) => {
    const claims = reports.map((r, i) => claim(`a${String(i).padStart(2, '0')}`, { participants: r.participants as Participant[] }, {
      published: r.published,
      // A copy of an article that is in the set or not: both change whose role counts.
      ...(r.copyOf === null || r.copyOf === i ? {} : { isCopy: true, rootArticleId: `a${String(r.copyOf).padStart(2, '0')}` }),
    }));
    const sorted = [...claims].sort((a, b) => (a.isCopy !== b.isCopy ? (a.isCopy ? 1 : -1) : (a.published ?? '9999') < (b.published ?? '9999') ? -1 : (a.published ?? '9999') > (b.published ?? '9999') ? 1 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    assert.deepEqual(fuseClaims(claims).participants, mergeByVoteList(sorted));
  }), { numRuns: 400 });
});

test("two spellings of one city are one reading, under the gazetteer's name; a place it does not list stays as written", () => {
  const f = fuseClaims([
    claim('a', { location: { place: 'Kiev', country: 'UKR' } }),
    claim('b', { location: { place: 'Kyiv', country: 'UKR' } }),
    claim('c', { location: { place: 'Lviv', country: 'UKR' } }),
  ]);
  assert.equal(f.place, 'Kyiv');
  const g = fuseClaims([claim('a', { location: { place: 'Woodside', country: 'USA' } })]);
  assert.equal(g.place, 'Woodside');
});

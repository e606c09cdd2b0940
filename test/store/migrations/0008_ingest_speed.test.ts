import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engagementCandidates } from '../../../src/store/queries/engagement-candidates.ts';
import { saveEngagement, type EngagementRow } from '../../../src/store/writes/save-engagement.ts';
import { targets } from '../helpers.ts';

const undated = (first: string, last: string): EngagementRow => ({
  kind: 'meeting', date: null, place: null, country: null, occasion: null, participants: [], topics: [], outcomes: [], evidence: 'They met.',
  readings: { kind: [], date: [], place: [], country: [], occasion: [] }, fingerprint: 'KAZ,MNG', confidence: 0.5, num_sources: 1, num_copies: 0,
  num_articles: 1, first_reported: first, last_reported: last, countries: ['KAZ', 'MNG'], actors: [],
});

for (const target of targets()) {
  test(`undated engagements are found by their reporting period overlapping the window, off one index (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx = { db: store.db, json: store.json };
      await saveEngagement(ctx, 'before', undated('2024-01-01', '2024-01-09'), 'new');
      await saveEngagement(ctx, 'overlaps-start', undated('2024-01-05', '2024-01-10'), 'new');
      await saveEngagement(ctx, 'inside', undated('2024-01-11', '2024-01-12'), 'new');
      await saveEngagement(ctx, 'spans', undated('2023-12-01', '2024-03-01'), 'new');
      await saveEngagement(ctx, 'after', undated('2024-01-14', '2024-01-20'), 'new');
      const found = await engagementCandidates(ctx, { from: '2024-01-10', to: '2024-01-13', undatedFrom: '2024-01-10', undatedTo: '2024-01-13', countries: ['MNG'], sharedCountries: 1, fingerprint: 'KAZ,MNG' });
      assert.deepEqual(found.map((e) => e.id), ['inside', 'overlaps-start', 'spans']);
      if (store.dialect === 'sqlite') {
        const plan = await sql<{ detail: string }>`explain query plan select id from engagements where date is null and last_reported >= ${'2024-01-10'} and first_reported <= ${'2024-01-13'}`.execute(store.db);
        assert.match(plan.rows.map((r) => r.detail).join('\n'), /engagements_undated_span \(date=\? AND last_reported>\?\)/);
        const names = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name like 'engagements_undated%'`.execute(store.db);
        assert.deepEqual(names.rows.map((r) => r.name), ['engagements_undated_span']);
      }
    } finally {
      await cleanup();
    }
  });
}

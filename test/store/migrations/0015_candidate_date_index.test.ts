import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engagementCandidates } from '../../../src/store/queries/engagement-candidates.ts';
import { saveEngagement, type EngagementRow } from '../../../src/store/writes/save-engagement.ts';
import { targets } from '../helpers.ts';

const row = (over: Partial<EngagementRow>): EngagementRow => ({
  kind: 'meeting', date: '2024-05-01', place: null, country: null, occasion: null, participants: [], topics: [], outcomes: [],
  evidence: 'They met.', readings: { kind: [], date: [], place: [], country: [], occasion: [] }, fingerprint: '', confidence: 0.5,
  num_sources: 1, num_copies: 0, num_articles: 1, first_reported: '2024-05-01', last_reported: '2024-05-01', countries: [], actors: [], ...over,
});

for (const target of targets()) {
  test(`dated candidates are checked for their countries from the date index, and only those kept are read (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx = { db: store.db, json: store.json };
      await saveEngagement(ctx, 'e1', row({ countries: ['KAZ', 'MNG'] }), 'new');
      await saveEngagement(ctx, 'e2', row({ date: '2024-05-02', countries: ['CHN', 'KAZ'] }), 'new');
      await saveEngagement(ctx, 'e3', row({ date: '2024-05-04', countries: ['KAZ', 'MNG'] }), 'new');
      const window = { from: '2024-04-30', to: '2024-05-02', undatedFrom: '2024-04-28', undatedTo: '2024-05-04', fingerprint: '' };
      const got = await engagementCandidates(ctx, { ...window, countries: ['KAZ', 'MNG'], sharedCountries: 2 });
      assert.deepEqual(got.map((r) => r.id), ['e1']);
      if (store.dialect === 'sqlite') {
        const plan = (await sql<{ detail: string }>`explain query plan select id, kind, participants from engagements where date >= '2024-04-30' and date <= '2024-05-02'
          and (select count(*) from engagement_countries c where c.engagement_id = engagements.id and c.iso3 in ('KAZ', 'MNG')) >= 2`.execute(store.db)).rows.map((r) => r.detail).join('\n');
        assert.match(plan, /engagements USING INDEX engagements_date_id/);
        const names = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name like 'engagements_date%' order by name`.execute(store.db);
        assert.deepEqual(names.rows.map((r) => r.name), ['engagements_date_id']);
      }
    } finally {
      await cleanup();
    }
  });
}

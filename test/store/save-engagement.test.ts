import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ctx } from '../../src/store/context.ts';
import { insertActor } from '../../src/store/writes/insert-actor.ts';
import { saveEngagement, type EngagementRow } from '../../src/store/writes/save-engagement.ts';
import { targets } from './helpers.ts';

const row = (over: Partial<EngagementRow>): EngagementRow => ({
  kind: 'meeting', date: '2024-05-01', place: null, country: null, occasion: null, participants: [], topics: [], outcomes: [],
  evidence: 'They met.', readings: { kind: [], date: [], place: [], country: [], occasion: [] }, fingerprint: '', confidence: 0.5,
  num_sources: 1, num_copies: 0, num_articles: 1, first_reported: '2024-05-01', last_reported: '2024-05-01', countries: [], actors: [], ...over,
});

for (const target of targets()) {
  test(`re-saving an engagement leaves exactly the links given: kept, dropped, added and re-roled (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx: Ctx = { db: store.db, json: store.json };
      const links = async (id: string) => ({
        countries: (await ctx.db.selectFrom('engagement_countries').select('iso3').where('engagement_id', '=', id).orderBy('iso3').execute()).map((r) => r.iso3),
        actors: (await ctx.db.selectFrom('engagement_actors').select(['actor_id', 'role']).where('engagement_id', '=', id).orderBy('actor_id').execute()).map((r) => [r.actor_id, r.role]),
      });
      const ids: string[] = [];
      for (const name of ['Ann Ash', 'Bo Birch', 'Cy Cedar']) ids.push(await insertActor(ctx, { name, aliases: [], country: 'KAZ', org: null, keys: [name] }));
      const [a, b, c] = ids;
      const sorted = (xs: [string, string | null][]) => xs.sort((x, y) => (x[0] < y[0] ? -1 : 1));
      assert.equal(await saveEngagement(ctx, 'e1', row({ countries: ['KAZ', 'MNG'], actors: [{ actor_id: a, role: 'President' }, { actor_id: b, role: null }] }), 'new'), 'created');
      assert.deepEqual(await links('e1'), { countries: ['KAZ', 'MNG'], actors: sorted([[a, 'President'], [b, null]]) });

      assert.equal(await saveEngagement(ctx, 'e1', row({ countries: ['CHN', 'MNG'], actors: [{ actor_id: b, role: 'Minister' }, { actor_id: c, role: null }] })), 'updated');
      assert.deepEqual(await links('e1'), { countries: ['CHN', 'MNG'], actors: sorted([[b, 'Minister'], [c, null]]) });

      // Unchanged links, and none at all.
      await saveEngagement(ctx, 'e1', row({ countries: ['CHN', 'MNG'], actors: [{ actor_id: b, role: 'Minister' }, { actor_id: c, role: null }] }), 'existing');
      assert.deepEqual(await links('e1'), { countries: ['CHN', 'MNG'], actors: sorted([[b, 'Minister'], [c, null]]) });
      await saveEngagement(ctx, 'e1', row({}), 'existing');
      assert.deepEqual(await links('e1'), { countries: [], actors: [] });
    } finally {
      await cleanup();
    }
  });
}

for (const target of targets()) {
  test(`a rewrite stores every column given, whether or not an indexed one changed (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx: Ctx = { db: store.db, json: store.json };
      const stored = async () => {
        const r = await ctx.db.selectFrom('engagements').selectAll().where('id', '=', 'e1').executeTakeFirstOrThrow();
        // PostgreSQL's search vector is derived from the evidence, not a column the caller gives.
        const { updated_at: _, evidence_tsv: _tsv, ...rest } = r as typeof r & { evidence_tsv?: unknown };
        return { ...rest, participants: store.json.read(r.participants), topics: store.json.read(r.topics), outcomes: store.json.read(r.outcomes), readings: store.json.read(r.readings), confidence: Number(r.confidence) };
      };
      const expect = (r: EngagementRow) => {
        const { countries: _c, actors: _a, ...rest } = r;
        return { id: 'e1', ...rest };
      };
      const first = row({ countries: ['KAZ', 'MNG'], topics: ['trade'], fingerprint: 'KAZ|MNG' });
      await saveEngagement(ctx, 'e1', first, 'new');
      assert.deepEqual(await stored(), expect(first));
      // Only what no index reads: readings, counts, evidence.
      const second: EngagementRow = { ...first, readings: { ...first.readings, kind: [{ value: 'meeting' as const, article_id: 'a2' }] }, num_articles: 2, num_copies: 1, evidence: 'They met again.', confidence: 0.7 };
      await saveEngagement(ctx, 'e1', second, 'existing');
      assert.deepEqual(await stored(), expect(second));
      // Each indexed column in turn, then all of them back at once.
      const changes: Partial<EngagementRow>[] = [{ kind: 'phone_call' }, { date: null }, { first_reported: '2024-04-30' }, { last_reported: '2024-05-03' }, { fingerprint: 'CHN|KAZ' }, { num_sources: 3 }, { topics: ['trade', 'energy'] }];
      let current = second;
      for (const change of changes) {
        current = { ...current, ...change };
        await saveEngagement(ctx, 'e1', current, 'existing');
        assert.deepEqual(await stored(), expect(current));
      }
      await saveEngagement(ctx, 'e1', second, 'existing');
      assert.deepEqual(await stored(), expect(second));
    } finally {
      await cleanup();
    }
  });
}

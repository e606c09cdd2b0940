import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import type { Store } from '../../../src/store/db.ts';
import { backfill } from '../../../src/store/migrations/0007_read_rollups.ts';
import { deleteEngagement } from '../../../src/store/writes/delete-engagement.ts';
import { saveEngagement, type EngagementRow } from '../../../src/store/writes/save-engagement.ts';
import type { Topic } from '../../../src/model/topics.ts';
import { targets } from '../helpers.ts';

// Few values of each, so that random rewrites keep hitting the same counts, months and pairs.
const KINDS = ['meeting', 'phone_call', 'visit'] as const;
const DATES = [null, '2023-12-30', '2024-01-02', '2024-01-20', '2024-02-11'];
const TOPICS: Topic[] = ['trade', 'energy', 'security_defense', 'tourism'];
const COUNTRIES = ['KAZ', 'MNG', 'UZB', 'CHN'];

const row = (o: { kind: (typeof KINDS)[number]; date: string | null; first: string | null; topics: Topic[]; countries: string[] }): EngagementRow => ({
  kind: o.kind, date: o.date, place: null, country: null, occasion: null, participants: [], topics: o.topics, outcomes: [], evidence: 'They met.',
  readings: { kind: [], date: [], place: [], country: [], occasion: [] }, fingerprint: o.countries.join(','), confidence: 0.5, num_sources: 1,
  num_copies: 0, num_articles: 1, first_reported: o.first, last_reported: o.first, countries: o.countries, actors: [],
});

const engagement = fc.record({
  kind: fc.constantFrom(...KINDS),
  date: fc.constantFrom(...DATES),
  first: fc.constantFrom(...DATES),
  // Repeats and any order: a topic listed twice counts once, and a reordered list changes nothing.
  topics: fc.array(fc.constantFrom(...TOPICS), { maxLength: 5 }),
  countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 4 }),
});
const op = fc.oneof(
  fc.record({ do: fc.constant('save' as const), slot: fc.nat(5), e: engagement }),
  fc.record({ do: fc.constant('delete' as const), slot: fc.nat(5) }),
);

/** The rollup counts (zero rows left out, slots added up) and the timelines, sorted. */
async function snapshot(store: Store) {
  const counts = await sql<{ facet: string; scope: string; value: string; n: string | number }>`select facet, scope, value, sum(n) as n
    from rollup_counts where facet <> 'table' group by facet, scope, value having sum(n) <> 0 order by facet, scope, value`.execute(store.db);
  const timelines = await sql`select scope, sort_key, engagement_id from engagement_timelines order by scope, sort_key, engagement_id`.execute(store.db);
  return { counts: counts.rows.map((r) => ({ ...r, n: Number(r.n) })), timelines: timelines.rows };
}

for (const target of targets()) {
  test(`the rollup triggers keep the counts a full recount gives, through any engagement writes (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx = { db: store.db, json: store.json };
      await fc.assert(
        fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
          await sql`delete from engagements`.execute(store.db);
          await sql`delete from rollup_counts`.execute(store.db);
          await sql`delete from engagement_timelines`.execute(store.db);
          const live = new Set<number>();
          for (const o of ops) {
            if (o.do === 'delete') {
              await deleteEngagement(ctx, `e${o.slot}`);
              live.delete(o.slot);
            } else {
              await saveEngagement(ctx, `e${o.slot}`, row(o.e), live.has(o.slot) ? 'existing' : 'new');
              live.add(o.slot);
            }
          }
          const kept = await snapshot(store);
          await sql`delete from rollup_counts`.execute(store.db);
          await sql`delete from engagement_timelines`.execute(store.db);
          // 0007's recount of the timelines and the counts (its claim_codes one is of that version's columns).
          for (const s of backfill(store.dialect).filter((q) => !q.includes('claim_codes'))) await sql.raw(s).execute(store.db);
          assert.deepEqual(kept, await snapshot(store));
        }),
        { numRuns: target.name === "sqlite" ? 150 : 40, seed: 14 },
      );
    } finally {
      await cleanup();
    }
  });
}

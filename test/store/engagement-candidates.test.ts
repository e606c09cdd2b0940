import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EngagementKind, Participant } from '../../src/model/engagement.ts';
import type { Ctx } from '../../src/store/context.ts';
import { engagementCandidates } from '../../src/store/queries/engagement-candidates.ts';
import { saveEngagement, type EngagementRow } from '../../src/store/writes/save-engagement.ts';
import { addDays } from '../../src/fuse/dates.ts';
import { countriesOf, DATED_SLACK_DAYS, fingerprint, matchScore, sharedCountriesNeeded, UNDATED_SLACK_DAYS } from '../../src/fuse/match.ts';
import { targets } from './helpers.ts';

const COUNTRIES = ['KAZ', 'MNG', 'CHN', 'RUS', 'UZB'];
const NAMES: Record<string, string[]> = { KAZ: ['Tokayev', 'Nurtleu'], MNG: ['Khurelsukh'], CHN: ['Xi Jinping', 'Wang Yi'], RUS: ['Putin'], UZB: ['Mirziyoyev'] };
const KINDS: EngagementKind[] = ['meeting', 'visit', 'phone_call'];

/** A small seeded generator, so a failure names a case that can be run again. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 2 ** 32;
  };
}

function party(r: () => number): Participant[] {
  const pool = [...COUNTRIES];
  const out: Participant[] = [];
  const n = 1 + Math.floor(r() * 3);
  for (let i = 0; i < n && pool.length; i++) {
    const c = pool.splice(Math.floor(r() * pool.length), 1)[0];
    const names = NAMES[c];
    out.push({ name: r() < 0.2 ? null : names[Math.floor(r() * names.length)], role: null, country: c, org: null });
  }
  if (r() < 0.25) out.push({ name: 'Guterres', role: 'Secretary-General', country: null, org: 'UN' });
  return out;
}

const day = (r: () => number) => addDays('2024-05-01', Math.floor(r() * 10));

for (const target of targets()) {
  test(`every engagement a report could fuse with is among its candidates, and one country of several in common is not read (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const ctx: Ctx = { db: store.db, json: store.json };
      const r = rng(20241128);
      const stored: { id: string; kind: EngagementKind; date: string | null; participants: Participant[]; first: string; last: string }[] = [];
      for (let i = 0; i < 120; i++) {
        const participants = party(r);
        const first = day(r);
        const e = { id: `e${i}`, kind: KINDS[Math.floor(r() * KINDS.length)], date: r() < 0.7 ? first : null, participants, first, last: addDays(first, Math.floor(r() * 3)) };
        stored.push(e);
        const row: EngagementRow = {
          kind: e.kind, date: e.date, place: null, country: null, occasion: null, participants, topics: [], outcomes: [], evidence: 'They met.',
          readings: { kind: [], date: [], place: [], country: [], occasion: [] }, fingerprint: fingerprint(participants), confidence: 0.5,
          num_sources: 1, num_copies: 0, num_articles: 1, first_reported: e.first, last_reported: e.last, countries: countriesOf(participants), actors: [],
        };
        await saveEngagement(ctx, e.id, row, 'new');
      }
      let fusable = 0;
      let skipped = 0;
      for (let i = 0; i < 150; i++) {
        const participants = party(r);
        const published = day(r);
        const claim = { kind: KINDS[Math.floor(r() * KINDS.length)], date: r() < 0.7 ? published : null, participants, published };
        const ref = claim.date ?? published;
        const slack = claim.date ? DATED_SLACK_DAYS : UNDATED_SLACK_DAYS;
        const found = new Set((await engagementCandidates(ctx, {
          from: addDays(ref, -slack), to: addDays(ref, slack), undatedFrom: addDays(ref, -UNDATED_SLACK_DAYS), undatedTo: addDays(ref, UNDATED_SLACK_DAYS),
          countries: countriesOf(participants), sharedCountries: sharedCountriesNeeded(countriesOf(participants)), fingerprint: fingerprint(participants),
        })).map((e) => e.id));
        const mine = countriesOf(participants);
        for (const e of stored) {
          const score = matchScore(claim, { kind: e.kind, date: e.date, participants: e.participants, firstReported: e.first, lastReported: e.last });
          if (score !== null) {
            fusable++;
            assert.ok(found.has(e.id), `report ${i} (${JSON.stringify(claim)}) fuses with ${e.id} (${JSON.stringify(e)}), which was not a candidate`);
          }
          const common = countriesOf(e.participants).filter((c) => mine.includes(c)).length;
          if (mine.length >= 2 && common === 1) {
            assert.ok(!found.has(e.id), `report ${i} shares one of its ${mine.length} countries with ${e.id}, which was read anyway`);
            skipped++;
          }
        }
      }
      // The case must exercise both rules, or it proves nothing.
      assert.ok(fusable >= 20, `only ${fusable} fusable pairs`);
      assert.ok(skipped >= 20, `only ${skipped} one-country-in-common pairs`);
    } finally {
      await cleanup();
    }
  });
}

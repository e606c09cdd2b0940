// The short form of `npm run chaos`: kill -9 at random moments of a real ingest (extractor, store,
// fusion), then a re-run; nothing acknowledged is lost and nothing is stored twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCampaign, seeded } from '../../chaos/campaign.ts';
import { checkStore } from '../../chaos/verify.ts';
import { openStore } from '../../src/store/db.ts';

test('5 kill -9 trials × 300 articles on SQLite: 0 lost, 0 doubled, store whole after the re-run', { timeout: 150_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-chaos-test-'));
  try {
    const lines: string[] = [];
    const r = await runCampaign({ target: join(dir, 'chaos.db'), trials: 5, articles: 300, rand: seeded(8), log: (l) => lines.push(l) });
    const summary = `${r.trials} trials, ${r.lost} lost, ${r.doubled} doubled`;
    process.stdout.write(`# chaos: ${summary} (${r.trials - r.missed} blows landed mid-run)\n`);
    assert.equal(summary, '5 trials, 0 lost, 0 doubled', lines.join('\n'));
    assert.deepEqual(r.problems, [], lines.join('\n'));
    assert.ok(r.trials - r.missed >= 1, `no blow landed mid-run:\n${lines.join('\n')}`);
    assert.equal(r.final.articles, 300);
    assert.equal(r.final.engagements, 150);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the store check catches what it claims to: a lost acknowledgement and a doubled meeting', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-chaos-check-'));
  const store = await openStore(join(dir, 'check.db'));
  try {
    const clean = await checkStore(store, []);
    assert.deepEqual([clean.lost, clean.doubledArticles, clean.doubledEngagements, clean.problems], [[], [], [], []]);
    const lost = await checkStore(store, ['chaos-7']);
    assert.deepEqual(lost.lost, ['chaos-7'], 'an acknowledged key missing from the store is reported');
    const now = new Date().toISOString();
    for (const id of ['e1', 'e2']) {
      await store.db.insertInto('engagements').values({ id, kind: 'meeting', date: '2025-07-01', place: null, country: null, occasion: null, participants: '[]', topics: '[]', outcomes: '[]', evidence: 'x', readings: '{}', fingerprint: 'KAZ,MNG', confidence: 0.5, num_sources: 1, num_copies: 0, num_articles: 1, first_reported: null, last_reported: null, updated_at: now } as never).execute();
      await store.db.insertInto('engagement_countries').values([{ engagement_id: id, iso3: 'KAZ' }, { engagement_id: id, iso3: 'MNG' }]).execute();
    }
    const doubled = await checkStore(store, []);
    assert.deepEqual(doubled.doubledEngagements, ['KAZ,MNG|2025-07-01']);
    assert.ok(doubled.problems.some((p) => /engagements no claim supports/.test(p)), doubled.problems.join('; '));
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

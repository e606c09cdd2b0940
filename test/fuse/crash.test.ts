import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { integrityCheck, openStore } from '../../src/store/db.ts';
import { listEngagements } from '../../src/store/queries/list-engagements.ts';
import { stats } from '../../src/store/queries/stats.ts';

const CHILD = fileURLToPath(new URL('./crash-child.ts', import.meta.url));
const N = 300;

function runChild(db: string, killAfter: number | null): Promise<{ code: number | null; signal: NodeJS.Signals | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, String(N)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    let err = '';
    let buf = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
      if (killAfter !== null && !killed && lines.length >= killAfter) {
        killed = true;
        // A little jitter lands the kill anywhere inside the next batch's transaction.
        setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 4));
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (killAfter === null && code !== 0) reject(new Error(`ingest child failed (${code}): ${err}`));
      else resolve({ code, signal, lines });
    });
  });
}

test('SIGKILL during ingest leaves a consistent SQLite store, and a re-run completes it exactly once', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-crash-'));
  const db = join(dir, 'crash.db');
  try {
    const killAfter = 20 + Math.floor(Math.random() * 230);
    const first = await runChild(db, killAfter);
    assert.equal(first.signal, 'SIGKILL', `the child finished before the kill at ${killAfter}`);

    let store = await openStore(db);
    assert.deepEqual(await integrityCheck(store), []);
    const mid = await stats(store);
    assert.ok(mid.articles >= killAfter - 1 && mid.articles < N, `stored ${mid.articles} after kill at ${killAfter}`);
    assert.equal(mid.claims, mid.articles, 'every stored article has its claim: no half-written article');
    await store.close();

    const second = await runChild(db, null);
    const summary = JSON.parse(second.lines.at(-1)!.replace(/^done /, ''));
    assert.equal(summary.new + summary.duplicates, N);
    assert.equal(summary.failed, 0);

    store = await openStore(db);
    try {
      assert.deepEqual(await integrityCheck(store), []);
      const s = await stats(store);
      assert.equal(s.articles, N);
      assert.equal(s.claims, N);
      assert.equal(s.engagements, N / 3, 'one engagement per meeting, none duplicated by the restart');
      const titles = await store.db.selectFrom('articles').select('title').execute();
      assert.equal(new Set(titles.map((t) => t.title)).size, N);
      const all = await listEngagements(store, { limit: 10_000 });
      const keys = all.map((e) => `${e.participants.map((p) => p.country).sort().join(',')}|${e.date}`);
      assert.equal(new Set(keys).size, all.length);
      assert.ok(all.every((e) => e.num_sources === 3 && e.date !== null), 'each meeting fused from its three reports');
      const actors = await store.db.selectFrom('actors').select('name').execute();
      assert.equal(actors.length, 8, `actors: ${actors.map((a) => a.name).join('; ')}`);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

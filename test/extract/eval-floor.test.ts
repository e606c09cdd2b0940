import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { extractArticle } from '../../src/extract/index.ts';

// Regression floors on the annotated sets: the shared dev set (beside the repository) and our own
// example-corpus annotations. The scorer is the shared one, run as a separate process.
const root = resolve(import.meta.dirname, '..', '..');
const shared = resolve(root, '..', 'shared', 'eval');

function score(goldDir: string, only?: string[]): { overall: number; [k: string]: unknown } {
  const gold = mkdtempSync(join(tmpdir(), 'readout-gold-'));
  const pred = mkdtempSync(join(tmpdir(), 'readout-pred-'));
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json') && (!only || only.includes(x)))) {
    copyFileSync(join(goldDir, f), join(gold, f));
    const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const r = extractArticle({ text: g.text, title: g.title ?? null, published: g.published ?? null, url: g.source_url ?? null, language: null });
    writeFileSync(join(pred, f), JSON.stringify(r));
  }
  const out = spawnSync(process.execPath, [join(shared, 'score.mjs'), '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  return JSON.parse(out.stdout);
}

const hasShared = existsSync(join(shared, 'score.mjs'));

test('the seed article scores at least 0.95 overall', { skip: !hasShared && 'shared/eval is not beside the repository' }, () => {
  const r = score(join(shared, 'dev'), ['seed.json']);
  assert.ok(r.overall >= 0.95, `seed overall ${r.overall}`);
});

test('the dev set scores at least 0.85 overall', { skip: !hasShared && 'shared/eval is not beside the repository' }, () => {
  const r = score(join(shared, 'dev'));
  assert.ok(r.overall >= 0.85, `dev overall ${r.overall}`);
});

// Rounds 81-88 brought harder styles still (0.38-0.76 on first reading), and rounds 89-99 more (0.48-0.68);
// rounds 100-108, in the plainer styles of wires and official readouts, read 0.67-0.82 first:
// the 2,180 score 0.748, the 1,940 before them 0.739. Rounds 114-120 read 0.67-0.82 first; the 2,380 score 0.76.
// Rounds 121-126 read 0.70-0.83 first; the 2,520 score 0.77. Rounds 127-132 read 0.69-0.80 first; the 2,700 score 0.77.
// Rounds 133-136 read 0.68-0.90 first; the 2,820 score 0.775. Rounds 137-142 read 0.73-0.79 first; the 3,000 score 0.78.
// Rounds 143-146 read 0.70-0.80 first; the 3,120 score 0.78.
test('the 3,120 probe articles of rounds 35-146 score at least 0.73 overall (mostly seen articles: a regression floor)', { skip: !hasShared && 'shared/eval is not beside the repository' }, () => {
  const r = score(join(root, 'test', 'gold', 'probes'));
  assert.ok(r.overall >= 0.73, `probes overall ${r.overall}`);
});

test('no engagement is found in the negative dev articles', { skip: !hasShared && 'shared/eval is not beside the repository' }, () => {
  for (const f of ['d14.json', 'd15.json', 'd16.json']) {
    const g = JSON.parse(readFileSync(join(shared, 'dev', f), 'utf8'));
    const r = extractArticle({ text: g.text, title: g.title, published: g.published, url: null, language: null });
    assert.deepEqual(r.engagements.map((e) => e.evidence), [], f);
  }
});

void mkdirSync;

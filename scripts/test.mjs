#!/usr/bin/env node
// Runs every *.test.ts under test/ with node's own runner (its closing summary is what CI reads).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}
const filter = process.argv.slice(2);
let files = collect('test', []);
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
// A failed assert.ok without a message can hang while node looks for the failing expression in the
// transformed source; a time limit turns such a hang into a failure instead of a stalled CI.
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=300000', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);

// npm run eval: runs the extractor over annotated articles and prints the shared scorer's report.
//   npm run eval [-- --gold DIR] [--json] [--verbose]     (default gold: ../shared/eval/dev, then test/gold/examples)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { extractArticle } from '../src/extract/index.ts';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared', 'eval');
const scorer = join(shared, 'score.mjs');
const golds = opt('--gold') ? [resolve(opt('--gold')!)] : [join(shared, 'dev'), join(root, 'test', 'gold', 'examples')];

if (!existsSync(scorer)) {
  console.error(`eval: the scorer ${scorer} is missing; it comes with the shared evaluation folder beside the repository`);
  process.exit(2);
}
for (const gold of golds) {
  if (!existsSync(gold)) { console.error(`eval: no gold folder at ${gold}`); process.exitCode = 2; continue; }
  const pred = mkdtempSync(join(tmpdir(), 'readout-eval-'));
  for (const f of readdirSync(gold).filter((x) => x.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8'));
    const r = extractArticle({ text: g.text, title: g.title ?? null, published: g.published ?? null, url: g.source_url ?? g.url ?? null, language: null });
    writeFileSync(join(pred, f), JSON.stringify(r, null, 1));
  }
  if (!args.includes('--json')) console.log(`== ${gold} (predictions in ${pred})`);
  const out = spawnSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, ...(args.includes('--json') ? ['--json'] : []), ...(args.includes('--verbose') ? ['--verbose'] : [])], { encoding: 'utf8' });
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  if (out.status !== 0) process.exitCode = out.status ?? 1;
}

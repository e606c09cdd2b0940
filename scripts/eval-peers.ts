// Scores the sentence coder on the event-coding field's gold standards in ../shared/peers:
// PLOVER's gold-standard records and PETRARCH-2's validation records. The sentences stay there
// (their licences do not let us copy them); this script only reads them.
//   npm run eval:peers                 a table
//   npm run eval:peers -- --json       {"plover": {...}, "petrarch": {...}}
//   npm run eval:peers -- --misses     also list the records the coder got wrong
//   npm run eval:peers -- --peers DIR  read the gold files from DIR
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../src/model/errors.ts';
import { evaluatePetrarch, evaluatePlover, type PeerEvaluation } from '../src/extract/coder/peers/evaluate.ts';

const PLOVER_FILE = 'PLOVER_GSR_CAMEO.txt';
const PETRARCH_FILE = 'PETR2_GSR_validation.xml';

function parseArgs(argv: string[]): { json: boolean; misses: boolean; peers: string } {
  const out = { json: false, misses: false, peers: fileURLToPath(new URL('../../shared/peers/', import.meta.url)) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--misses') out.misses = true;
    else if (a === '--peers') {
      const dir = argv[++i];
      if (!dir) throw new UserError('bad-option', '--peers needs a folder', 'e.g. --peers ../shared/peers');
      out.peers = dir;
    } else throw new UserError('bad-option', `unknown option ${a}`, 'use --json, --misses or --peers DIR');
  }
  if (!existsSync(out.peers)) {
    throw new UserError('peers-missing', `the peers folder ${out.peers} does not exist`, 'give the folder holding PLOVER_GSR_CAMEO.txt and PETR2_GSR_validation.xml with --peers DIR');
  }
  return out;
}

function line(name: string, e: PeerEvaluation): string {
  const s = e.score;
  const types = Object.entries(s.per_type).map(([k, v]) => `${k} ${v.tp}/${v.fp}/${v.fn}`).join(', ');
  return `${name.padEnd(9)} P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}  F1 ${s.f1.toFixed(3)}  false-diplomatic ${(s.false_diplomatic_rate * 100).toFixed(1)}% (${s.false_diplomatic}/${s.non_diplomatic_records})  records ${s.records} (${s.diplomatic_records} diplomatic)\n          tp/fp/fn by type: ${types}`;
}

function run(): number {
  const opts = parseArgs(process.argv.slice(2));
  const results: Record<string, PeerEvaluation> = {};
  const plover = join(opts.peers, PLOVER_FILE);
  const petrarch = join(opts.peers, PETRARCH_FILE);
  if (existsSync(plover)) results.plover = evaluatePlover(plover);
  if (existsSync(petrarch)) results.petrarch = evaluatePetrarch(petrarch);
  if (!Object.keys(results).length) {
    throw new UserError('peers-missing', `neither ${PLOVER_FILE} nor ${PETRARCH_FILE} is in ${opts.peers}`, 'give the folder holding them with --peers DIR');
  }
  if (opts.json) {
    process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.score]))) + '\n');
    return 0;
  }
  for (const [k, v] of Object.entries(results)) {
    process.stdout.write(line(k, v) + '\n');
    if (opts.misses) for (const m of v.misses) process.stdout.write(`  ${m.id}: gold ${m.gold.join('|')} got ${m.predicted.join('|') || '-'}  ${m.text.slice(0, 160)}\n`);
  }
  return 0;
}

try {
  process.exitCode = run();
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(`eval:peers: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
    process.exitCode = 2;
  } else throw err;
}

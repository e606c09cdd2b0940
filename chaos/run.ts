// npm run chaos — kill -9 at random moments during an ingest of generated articles through the real
// extractor and store, on SQLite and (given a server) PostgreSQL, plus PostgreSQL immediate
// shutdowns on a throwaway cluster; the store is checked after every blow and after a final re-run.
//
//   npm run chaos -- [--trials 50] [--articles 20000] [--seed N] [--pg URL] [--pg-immediate [TRIALS]] [--no-sqlite]
//
// READOUT_TEST_PG stands in for --pg. --pg-immediate needs root and a PostgreSQL install (as in CI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../src/model/errors.ts';
import { runCampaign, seeded, type CampaignResult } from './campaign.ts';
import { scratchDatabase, throwawayCluster, type Cluster } from './postgres.ts';

const IMMEDIATE_PORT = 55491;

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UserError('bad-option', `--${name} '${raw}' is not a positive whole number`, `e.g. --${name} ${fallback}`);
  return n;
}

function report(name: string, r: CampaignResult): boolean {
  const ok = r.lost === 0 && r.doubled === 0 && r.problems.length === 0;
  process.stdout.write(`\n${name}: ${r.trials} trials, ${r.lost} lost, ${r.doubled} doubled`
    + ` (${r.trials - r.missed} blows landed mid-run; final store ${r.final.articles} articles, ${r.final.engagements} engagements; ${(r.ms / 1000).toFixed(0)} s)\n`);
  for (const p of r.problems.slice(0, 20)) process.stdout.write(`  PROBLEM ${p}\n`);
  return ok;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      trials: { type: 'string' }, articles: { type: 'string' }, seed: { type: 'string' },
      pg: { type: 'string' }, 'pg-immediate': { type: 'boolean' }, 'immediate-trials': { type: 'string' },
      'no-sqlite': { type: 'boolean' }, quiet: { type: 'boolean' },
    },
  });
  const trials = whole('trials', values.trials, 50);
  const articles = whole('articles', values.articles, 20_000);
  const immediateTrials = whole('immediate-trials', values['immediate-trials'], 10);
  const seed = whole('seed', values.seed, Date.now() % 2 ** 31);
  const log = values.quiet ? undefined : (s: string) => process.stdout.write(`  ${s}\n`);
  process.stdout.write(`chaos: ${trials} trials × ${articles.toLocaleString('en')} articles, seed ${seed}\n`);
  let ok = true;

  if (!values['no-sqlite']) {
    const dir = mkdtempSync(join(tmpdir(), 'readout-chaos-'));
    try {
      process.stdout.write('\nSQLite, kill -9 of the ingest process\n');
      ok = report('SQLite kill -9', await runCampaign({ target: join(dir, 'chaos.db'), trials, articles, rand: seeded(seed), log })) && ok;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  let cluster: Cluster | null = null;
  try {
    if (values['pg-immediate']) {
      process.stdout.write(`\nstarting a throwaway PostgreSQL cluster on 127.0.0.1:${IMMEDIATE_PORT} (scripts/ci/start-postgres.sh)\n`);
      cluster = await throwawayCluster(IMMEDIATE_PORT);
    }
    const pgUrl = values.pg ?? process.env.READOUT_TEST_PG ?? cluster?.url ?? null;
    if (pgUrl) {
      const scratch = await scratchDatabase(pgUrl);
      try {
        process.stdout.write(`\nPostgreSQL, kill -9 of the ingest process (${scratch.url.replace(/\/\/[^@]*@/, '//')})\n`);
        ok = report('PostgreSQL kill -9', await runCampaign({ target: scratch.url, trials, articles, rand: seeded(seed + 1), log })) && ok;
      } finally {
        await scratch.drop();
      }
    } else {
      process.stdout.write('\nPostgreSQL skipped: give --pg URL, set READOUT_TEST_PG, or pass --pg-immediate (root) for a throwaway cluster\n');
    }
    if (cluster) {
      const c = cluster;
      process.stdout.write('\nPostgreSQL, immediate shutdown of the server (pg_ctl stop -m immediate) mid-ingest\n');
      const r = await runCampaign({
        target: c.url, trials: immediateTrials, articles: Math.min(articles, 4000), rand: seeded(seed + 2), log,
        strike: async (pid) => { await c.stopImmediate(); process.kill(pid, 'SIGKILL'); },
        afterStrike: () => c.restart(),
      });
      ok = report('PostgreSQL immediate shutdown', r) && ok;
    }
  } finally {
    if (cluster) await cluster.teardown().catch((e: unknown) => process.stderr.write(`stopping the throwaway cluster failed: ${String(e)}\n`));
  }
  process.stdout.write(ok ? '\nchaos: all stores consistent\n' : '\nchaos: FAILED\n');
  return ok ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (err) {
  if (err instanceof UserError) {
    process.stderr.write(`chaos: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
    process.exitCode = 2;
  } else throw err;
}

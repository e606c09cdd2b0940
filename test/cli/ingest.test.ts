import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { Command, CommanderError } from 'commander';
import { registerEngagements } from '../../src/cli/commands/engagements.ts';
import { registerStats } from '../../src/cli/commands/stats.ts';
import { registerActors } from '../../src/cli/commands/actors.ts';
import { UserError } from '../../src/model/errors.ts';
import { integrityCheck, openStore } from '../../src/store/db.ts';

const HARNESS = fileURLToPath(new URL('./ingest-harness.ts', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../examples/corpus/', import.meta.url));

function cli(args: string[], onSpawn?: (pid: number, child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HARNESS, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    onSpawn?.(child.pid!, child);
  });
}

/** Runs a read command in this process and captures what it prints. */
async function run(args: string[]): Promise<{ out: string; error: unknown }> {
  const p = new Command('readout').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
  registerEngagements(p);
  registerStats(p);
  registerActors(p);
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => ((out += chunk), true)) as typeof process.stdout.write;
  try {
    await p.parseAsync(args, { from: 'user' });
    return { out, error: null };
  } catch (error) {
    return { out, error };
  } finally {
    process.stdout.write = write;
  }
}

describe('readout ingest and the read commands, end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
  const db = join(dir, 'r.db');
  let first: Awaited<ReturnType<typeof cli>>;
  let second: Awaited<ReturnType<typeof cli>>;
  before(async () => {
    first = await cli(['ingest', CORPUS, '--db', db, '--json', '--published-default', '2025-07-24']);
    second = await cli(['ingest', CORPUS, '--db', db, '--json']);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the example corpus is stored once: a second run finds only duplicates', () => {
    assert.equal(first.code, 0, first.err);
    const s1 = JSON.parse(first.out);
    assert.equal(s1.read, 31);
    assert.equal(s1.new, 31);
    assert.equal(s1.failed, 0, JSON.stringify(s1.failures));
    assert.ok(s1.nearDuplicates >= 1);
    assert.ok(s1.engagements >= 20, `engagements ${s1.engagements}`);
    assert.equal(second.code, 0, second.err);
    const s2 = JSON.parse(second.out);
    assert.equal(s2.read, 31);
    assert.equal(s2.duplicates, 31);
    assert.equal(s2.new + s2.failed + s2.engagements, 0);
  });

  test('the syndicated near-copy 007 is linked to the wire story 006, and nothing else is a copy', () => {
    const raw = new Database(db, { readonly: true });
    try {
      const rows = raw.prepare('select id, source, near_duplicate_of from articles').all() as { id: string; source: string; near_duplicate_of: string | null }[];
      const by = (n: string) => rows.find((r) => r.source.includes(n))!;
      assert.equal(by('007-').near_duplicate_of, by('006-').id);
      assert.deepEqual(rows.filter((r) => r.near_duplicate_of).map((r) => r.source.replace(/^.*\//, '')), ['007-kaz-mng-state-visit-syndicated.json']);
      // The article with no date of its own took --published-default.
      assert.equal((raw.prepare("select published from articles where source like '%022-%'").get() as { published: string }).published, '2025-07-24');
    } finally {
      raw.close();
    }
  });

  test('engagements --pair KAZ,MNG --format json: the July and October 2024 meetings with their sources', async () => {
    const { out, error } = await run(['engagements', '--db', db, '--pair', 'KAZ,MNG', '--format', 'json']);
    assert.equal(error, null);
    const list = JSON.parse(out) as { date: string; id: string; num_sources: number; sources: { url: string | null; role: string; article_id: string }[]; participants: { country: string }[] }[];
    const july = list.find((e) => e.date?.startsWith('2024-07'));
    const october = list.find((e) => e.date === '2024-10-29' && e.sources.length >= 3);
    assert.ok(july, `dates: ${list.map((e) => e.date)}`);
    assert.ok(october, `dates: ${list.map((e) => e.date)}`);
    assert.ok(list.every((e) => ['KAZ', 'MNG'].every((c) => e.participants.some((p) => p.country === c))));
    // 001 and 002 report one meeting: however many of them the extractor reads, one engagement holds them.
    assert.equal(list.filter((e) => e.date?.startsWith('2024-07')).length, 1);
    assert.ok(july.sources.length >= 1);
    assert.ok(july.sources.every((s) => s.role === 'original'));
    assert.ok(october.sources.some((s) => s.role === 'copy'), 'the near-copy 007 is listed as a copy');
    assert.equal(october.num_sources, october.sources.length - 1, 'the copy is not an independent source');
    assert.ok(july.id && october.id);
    // The PM's courtesy call the same day (008) is a separate engagement, not fused into the visit.
    assert.ok(list.some((e) => e.date === '2024-10-29' && e !== october));
  });

  test('csv, table, stats and actors read the same store', async () => {
    const csv = (await run(['engagements', '--db', db, '--pair', 'KAZ,MNG', '--format', 'csv'])).out.trim().split('\n');
    assert.match(csv[0], /^id,date,kind,place/);
    assert.ok(csv.some((l) => l.includes('2024-10-29')));
    const table = (await run(['engagements', '--db', db, '--country', 'mng', '--from', '2024-07-01', '--to', '2024-07-31'])).out;
    assert.match(table, /2024-07-0\d/);
    assert.doesNotMatch(table, /2024-10-29/);
    const stats = JSON.parse((await run(['stats', '--db', db, '--format', 'json'])).out);
    assert.equal(stats.articles, 31);
    assert.equal(stats.near_duplicates, 1);
    const actors = JSON.parse((await run(['actors', '--db', db, '--q', 'tokayev', '--format', 'json'])).out);
    assert.equal(actors.length, 1);
    assert.equal(actors[0].country, 'KAZ');
  });

  test('bad filters are user errors naming the input', async () => {
    const cases: [string[], RegExp][] = [
      [['--country', 'Mongolia'], /country "Mongolia" is not an ISO/],
      [['--pair', 'KAZ'], /--pair 'KAZ' is not two country codes/],
      [['--pair', 'KAZ,Mongol'], /pair country "Mongol"/],
      [['--from', '2024-02-30'], /from "2024-02-30" is not a date/],
      [['--topic', 'sports'], /topic "sports"/],
      [['--kind', 'lunch'], /kind "lunch"/],
      [['--limit', 'ten'], /--limit 'ten'/],
    ];
    for (const [args, re] of cases) {
      const { error } = await run(['engagements', '--db', db, ...args]);
      assert.ok(error instanceof UserError && re.test(error.message) && !!error.hint, `${args.join(' ')}: ${String(error)}`);
    }
    const { error } = await run(['engagements', '--db', db, '--format', 'xml']);
    assert.ok(error instanceof CommanderError);
  });

  test('a missing input is a user error before the store is touched', async () => {
    const r = await cli(['ingest', join(dir, 'nope'), '--db', join(dir, 'other.db')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /no such file or directory: .*nope/);
    assert.match(r.err, /hint:/);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  });
});

test('Ctrl-C stops after the current article, prints the summary, exits 130; a re-run completes the rest', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-sigint-'));
  const db = join(dir, 'r.db');
  const src = join(dir, 'in');
  mkdirSync(src);
  const N = 300;
  for (let i = 0; i < N; i++) {
    writeFileSync(join(src, `${String(i).padStart(4, '0')}.json`), JSON.stringify({
      url: `https://example.org/sigint/${i}`,
      published: '2024-05-10',
      text: `Report ${i}. Foreign Minister Murat Nurtleu of Kazakhstan met Foreign Minister Wang Yi of China in Astana on ${1 + (i % 28)} April 2024 for talks number ${i}. They discussed trade, transit and energy, and agreed to expand flights between the two capitals. Item ${i} of the series.`,
    }));
  }
  try {
    const interrupted = await cli(['ingest', src, '--db', db, '--json'], (_pid, child) => {
      const poll = setInterval(() => {
        try {
          const raw = new Database(db, { readonly: true, fileMustExist: true });
          const n = (raw.prepare('select count(*) as n from articles').get() as { n: number }).n;
          raw.close();
          if (n >= 5) {
            clearInterval(poll);
            child.kill('SIGINT');
          }
        } catch {
          // The store or its tables do not exist yet.
        }
      }, 25);
      child.on('close', () => clearInterval(poll));
    });
    assert.equal(interrupted.code, 130, interrupted.err);
    const s1 = JSON.parse(interrupted.out);
    assert.equal(s1.interrupted, true);
    assert.ok(s1.new >= 5 && s1.new < N, `stored ${s1.new}`);
    let store = await openStore(db);
    assert.deepEqual(await integrityCheck(store), []);
    const count = async () => Number((await store.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(await count(), s1.new, 'every article the summary counts is stored, and no other');
    await store.close();

    const rerun = await cli(['ingest', src, '--db', db, '--json']);
    assert.equal(rerun.code, 0, rerun.err);
    const s2 = JSON.parse(rerun.out);
    assert.equal(s2.duplicates, s1.new);
    assert.equal(s2.new, N - s1.new);
    store = await openStore(db);
    assert.equal(await count(), N);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

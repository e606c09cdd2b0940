import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { enqueueArticles } from '../../src/queue/enqueue.ts';
import { eventsOf, reports } from './corpus.ts';
import { NEEDS_PG, pgDatabase } from './pg.ts';

const CHILD = fileURLToPath(new URL('./worker-child.ts', import.meta.url));
const N = 2_000;

interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; jobs: number; summary: string | null }>;
}

function startWorker(url: string, queueSchema: string, onJob: (n: number) => void): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, url, queueSchema], { stdio: ['ignore', 'pipe', 'pipe'] });
  let jobs = 0;
  let summary: string | null = null;
  let buf = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    for (const l of lines) {
      if (l.startsWith('done ')) summary = l.slice(5);
      else onJob(++jobs);
    }
  });
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; jobs: number; summary: string | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`worker failed (${code ?? signal}): ${err}`));
      else resolve({ code, signal, jobs, summary });
    });
  });
  return { child, done };
}

test('three workers over 2,000 articles, one killed mid-run: every article and every engagement stored exactly once', { skip: NEEDS_PG, timeout: 240_000 }, async () => {
  const pg = await pgDatabase();
  try {
    const articles = reports(N);
    let t = Date.now();
    const first = await enqueueArticles(articles, { db: pg.url, queueSchema: pg.queueSchema, batchSize: 400 });
    assert.deepEqual({ queued: first.queued, failed: first.failed }, { queued: N, failed: 0 });
    // The same articles again (and one repeated inside a batch): waiting jobs are updated, none added.
    const again = await enqueueArticles([...articles.slice(0, 500), articles[3]], { db: pg.url, queueSchema: pg.queueSchema, batchSize: 600 });
    assert.equal(again.repeated, 1);
    const jobs = await pg.admin.query(`select count(*)::int as n, count(distinct key)::int as keys from ${pg.queueSchema}.jobs`);
    assert.deepEqual(jobs.rows[0], { n: N, keys: N });

    const enqueueMs = Date.now() - t;
    t = Date.now();
    const victim = Math.floor(Math.random() * 3);
    const killAt = 10 + Math.floor(Math.random() * 60);
    const runs: Run[] = [];
    for (let w = 0; w < 3; w++) {
      runs.push(startWorker(pg.url, pg.queueSchema, (n) => {
        // A little jitter lands the kill anywhere in the next job: extracting, waiting or storing.
        if (w === victim && n === killAt) setTimeout(() => runs[w].child.kill('SIGKILL'), Math.floor(Math.random() * 30));
      }));
    }
    const ended = await Promise.all(runs.map((r) => r.done));
    process.stderr.write(`# enqueue ${enqueueMs} ms; workers ${Date.now() - t} ms; jobs per worker ${ended.map((e) => e.jobs).join('/')}, killed #${victim} after ${killAt}\n`);
    assert.equal(ended[victim].signal, 'SIGKILL', `worker ${victim} finished before the kill after ${killAt} jobs`);
    assert.ok(ended.every((e, i) => i === victim || (e.code === 0 && e.summary)), 'the other two ran the queue dry and stopped');

    const q = async (text: string) => (await pg.admin.query(text)).rows;
    const [counts] = await q(`select
      (select count(*)::int from articles) as articles,
      (select count(distinct title)::int from articles) as titles,
      (select count(*)::int from claims) as claims,
      (select count(*)::int from article_keys) as keys,
      (select count(*)::int from actors) as actors,
      (select count(*)::int from queue_rejects) as rejects`);
    assert.deepEqual(counts, { articles: N, titles: N, claims: N, keys: 2 * N, actors: 20, rejects: 0 });
    const left = await q(`select count(*)::int as n from ${pg.queueSchema}.jobs`);
    assert.equal(left[0].n, 0, 'no job left behind, none failed for good');

    const events = eventsOf(N);
    const rows = await q(`select e.kind, e.date, e.num_articles, string_agg(c.iso3, ',' order by c.iso3) as countries
      from engagements e join engagement_countries c on c.engagement_id = e.id group by e.id`);
    assert.equal(rows.length, events.length, 'one engagement per event');
    const byKey = new Map(rows.map((r) => [`${r.countries}|${r.date}`, r]));
    assert.equal(byKey.size, rows.length, 'no event stored twice');
    for (const e of events) {
      const r = byKey.get(`${[...e.countries].sort().join(',')}|${e.date}`);
      assert.ok(r, `event ${e.n} (${e.countries.join('-')} ${e.date}) is missing`);
      assert.equal(r.kind, e.kind);
      assert.equal(Number(r.num_articles), e.reports, `event ${e.n} fused from all its reports`);
    }
    const [rollup] = await q('select sum(engagements)::int as engagements, sum(articles)::int as articles from pair_day_counts');
    assert.deepEqual(rollup, { engagements: events.length, articles: N });
  } finally {
    await pg.cleanup();
  }
});

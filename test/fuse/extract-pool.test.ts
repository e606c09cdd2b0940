import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Article } from '../../src/model/article.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { ExtractPool } from '../../src/fuse/extract-pool.ts';
import { extrasFor, workerExtras } from '../../src/fuse/worker-extras.ts';

const example = (name: string): Article => {
  const j = JSON.parse(readFileSync(new URL(`../../examples/corpus/${name}.json`, import.meta.url), 'utf8'));
  return { text: j.text, title: j.title, published: j.published, url: j.url, language: 'en', source: j.source };
};

test('a worker extracts exactly what the extractor gives in place, and a closed pool says so', { timeout: 30_000 }, async () => {
  const pool = new ExtractPool({ size: 1 });
  try {
    const articles = [example('006-kaz-mng-state-visit-wire'), example('008-mng-kaz-pm-courtesy-call')];
    const results = await Promise.all(articles.map((a) => pool.extract(a)));
    for (const [i, a] of articles.entries()) {
      const here = extractArticle(a);
      // Timings differ run to run; everything else must be the same.
      const strip = (r: object) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'timings' || k === 'ms' ? undefined : v)));
      assert.deepEqual(strip(results[i]), strip(here));
    }
    assert.ok(results[0].engagements.length > 0);
    // The worker also hashed the text and serialised the engagements, exactly as the main thread would.
    for (const [i, a] of articles.entries()) assert.deepEqual(extrasFor(results[i], a.text), workerExtras(a.text, results[i]));
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.extract(example('006-kaz-mng-state-visit-wire')), /closed/);
  assert.throws(() => new ExtractPool({ size: 0 }), /at least one worker/);
});

test('assist() extracts on the calling thread the queued article a worker would reach last, exactly as a worker would', { timeout: 60_000 }, async () => {
  const pool = new ExtractPool({ size: 1 });
  try {
    const names = readdirSync(new URL('../../examples/corpus/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    // More than the worker is posted at once (12), so some wait in the pool where assist() finds them.
    const articles = [...names, ...names].slice(0, 20).map(example);
    const order: number[] = [];
    const pending = articles.map((a, i) => pool.extract(a).then((r) => { order.push(i); return r; }));
    let assisted = 0;
    while (pool.assist()) assisted++;
    assert.equal(assisted, 8, 'the 8 articles not posted to the worker');
    assert.equal(pool.assist(), false, 'nothing left to take');
    const results = await Promise.all(pending);
    // The last article handed in was taken first: the worker keeps the ones needed soonest.
    assert.deepEqual(order.slice(0, 8), [19, 18, 17, 16, 15, 14, 13, 12]);
    const strip = (r: object) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'timings' || k === 'ms' ? undefined : v)));
    for (const [i, a] of articles.entries()) assert.deepEqual(strip(results[i]), strip(extractArticle(a)), `article ${i}`);
  } finally {
    await pool.close();
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { scanPlaces } from '../../../src/extract/gazetteer/index.ts';

interface Gold {
  text: string;
  engagements: { location: { place: string | null; country: string | null }; participants: { country: string | null; org: string | null }[] }[];
}

const sharedDev = new URL('../../../../shared/eval/dev/', import.meta.url);
const repoGold = new URL('../../gold/examples/', import.meta.url);
const hasShared = existsSync(sharedDev);

function load(dir: URL): [string, Gold][] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Gold]);
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Every country, organisation and place the gold engagements name must be found somewhere in the article. */
function checkArticles(articles: [string, Gold][]): void {
  assert.ok(articles.length > 0);
  for (const [file, a] of articles) {
    const ms = scanPlaces(a.text);
    const countries = new Set(ms.map((m) => m.iso3));
    const orgs = new Set(ms.map((m) => m.org));
    const cities = new Set(ms.map((m) => m.city && fold(m.city)));
    for (const e of a.engagements) {
      for (const p of e.participants) {
        if (p.country) assert.ok(countries.has(p.country), `${file}: participant country ${p.country} not found`);
        if (p.org) assert.ok(orgs.has(p.org), `${file}: participant organisation ${p.org} not found`);
      }
      if (e.location.country) assert.ok(countries.has(e.location.country), `${file}: location ${e.location.country} not found`);
      if (e.location.place) assert.ok(cities.has(fold(e.location.place)), `${file}: place ${e.location.place} not found`);
    }
  }
}

test('the dev articles: every gold country, organisation and place is found', { skip: !hasShared && 'shared/eval is not beside the repository' }, () => {
  checkArticles(load(sharedDev));
});

test('the gold examples: every gold country, organisation and place is found', () => {
  checkArticles(load(repoGold));
});

test('a dev article: the exact mentions of the seed readout', { skip: !hasShared && 'shared/eval is not beside the repository' }, () => {
  const seed = load(sharedDev).find(([f]) => f === 'seed.json')![1];
  const got = scanPlaces(seed.text).map((m) => `${m.text}:${m.iso3 ?? m.org}`);
  assert.deepEqual(got.slice(0, 9), [
    'Kazakhstan:KAZ', 'Mongolia:MNG', 'Turkmenistan:TKM', 'India:IND', 'Kazakhstan:KAZ',
    'Shanghai Cooperation Organization:SCO', 'SCO:SCO', 'Kazakh:KAZ', 'Astana:KAZ',
  ]);
  assert.ok(got.includes('Akorda:KAZ'));
  assert.ok(got.includes('Halk Maslahaty:TKM'));
  assert.ok(!got.some((m) => m.startsWith('People')), 'no mention from "People\'s Council"');
});

test('speed: a floor of 15 MB/s CPU time even beside other tests (the target is 30 MB/s; see throughput.bench.ts)', (t) => {
  const texts = [...(hasShared ? load(sharedDev) : []), ...load(repoGold)].map(([, a]) => a.text);
  const one = texts.join('\n\n');
  const corpus = one.repeat(Math.ceil(2_000_000 / one.length));
  const mb = Buffer.byteLength(corpus, 'utf8') / 1e6;
  scanPlaces(corpus);
  // CPU time of this process, so time spent waiting for a core on a busy machine does not count.
  let best = Infinity;
  for (let i = 0; i < 7; i++) {
    const c0 = process.cpuUsage();
    scanPlaces(corpus);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  const rate = mb / (best / 1000);
  t.diagnostic(`scanPlaces: ${rate.toFixed(1)} MB/s (${mb.toFixed(2)} MB in ${best.toFixed(1)} ms CPU, best of 7)`);
  assert.ok(rate >= 15, `scanPlaces ran at ${rate.toFixed(1)} MB/s`);
});

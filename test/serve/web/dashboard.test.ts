// Drives the dashboard in Debian's chromium as a reader would, on a store built from the example corpus.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { extractArticle } from '../../../src/extract/index.ts';
import { ingestArticles, type Store } from '../../../src/serve/queries/store.ts';
import { buildServer, ensureWebBuild } from '../../../src/serve/server.ts';
import { corpusStore } from '../api/corpus.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = new URL('../../../test-artifacts/', import.meta.url).pathname;
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing: install it with apt-get install -y chromium to run the browser tests`;
if (skip) process.stderr.write(`skipping the dashboard browser tests: ${skip}\n`);

const HOSTILE = [
  'Kazakhstan and Kyrgyzstan leaders meet',
  'On 3 March 2025, President Kassym-Jomart Tokayev held a meeting with the President of Kyrgyzstan, Sadyr Japarov, in Astana. <script>alert(1)</script> The sides discussed trade. <img src=x onerror=alert(1)>',
].join('\n');

let store: Store;
let cleanup: () => Promise<void>;
let app: FastifyInstance;
let browser: Browser;
let base: string;
const dialogs: string[] = [];
const cspErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text()); });
  page.on('pageerror', (e) => cspErrors.push(`page error: ${e.message}`));
  await page.goto(`${base}${path}`);
  return page;
}

describe('dashboard in a browser', { skip }, () => {
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ store, cleanup } = await corpusStore());
    await ingestArticles(store, [{ text: HOSTILE, title: 'Kazakhstan and Kyrgyzstan leaders meet', published: '2025-03-04', url: 'https://example.org/hostile', language: 'en', source: 'test' }], (a) => extractArticle(a));
    app = await buildServer({ store, token: null, webDir: await ensureWebBuild() });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await cleanup?.();
  });

  it('goes from the overview to the Kazakhstan–Mongolia pair and sees the $500 million target in the July 2024 source', async () => {
    const page = await open('/');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}overview.png`, fullPage: true });
    await page.getByRole('link', { name: 'Kazakhstan–Mongolia' }).click();
    await page.getByRole('heading', { name: 'Kazakhstan–Mongolia' }).waitFor();
    assert.match(page.url(), /\/pairs\/KAZ\/MNG$/);
    await page.screenshot({ path: `${ARTIFACTS}pair-kaz-mng.png`, fullPage: true });
    await page.locator('ul.engagements a.engagement-link', { hasText: '4 July 2024' }).click();
    await page.getByRole('heading', { name: /Meeting: Kazakhstan – Mongolia/ }).waitFor();
    const target = page.locator('.article-text mark[data-kind="outcome"][data-label="target"]', { hasText: '$500 million' });
    await target.first().waitFor();
    assert.ok((await target.count()) >= 1);
    // The other highlights are there too, and plain words are not marked.
    assert.ok((await page.locator('.article-text mark[data-kind="participant"]', { hasText: 'Ukhnaagiin Khurelsukh' }).count()) >= 1);
    assert.equal(await page.locator('.article-text mark', { hasText: /^President said$/ }).count(), 0);
    await target.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}engagement-kaz-mng-2024-07.png`, fullPage: true });
    await page.close();
  });

  it('shows markup from an article as text and never runs it', async () => {
    const page = await open('/engagements?pair=KAZ,KGZ&from=2025-03-01&to=2025-03-31');
    await page.locator('ul.engagements a.engagement-link').first().click();
    const text = page.locator('.article-text', { hasText: 'alert(1)' });
    await text.waitFor();
    const shown = await text.innerText();
    assert.ok(shown.includes('<script>alert(1)</script>'));
    assert.ok(shown.includes('<img src=x onerror=alert(1)>'));
    assert.equal(await page.locator('.article-text script, .article-text img, body img').count(), 0);
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);
    await page.screenshot({ path: `${ARTIFACTS}hostile-article.png`, fullPage: true });
    await page.close();
  });

  it('keeps filters in the URL, so a filtered view survives a reload', async () => {
    const page = await open('/engagements?kind=phone_call');
    await page.locator('ul.engagements li').first().waitFor();
    const kinds = await page.locator('ul.engagements .kind').allInnerTexts();
    assert.ok(kinds.length >= 2 && kinds.every((k) => k === 'Phone call'));
    await page.locator('select[name="kind"]').selectOption('video_call');
    await page.waitForURL(/kind=video_call/);
    await page.reload();
    await page.locator('ul.engagements li').first().waitFor();
    assert.deepEqual([...new Set(await page.locator('ul.engagements .kind').allInnerTexts())], ['Video call']);
    await page.close();
  });

  it('draws the map offline and opens a country profile on click', async () => {
    const page = await open('/map');
    const kaz = page.locator('svg.map path[data-iso3="KAZ"]');
    await kaz.waitFor();
    assert.ok((await page.locator('svg.map path.country').count()) > 150);
    assert.ok((await page.locator('svg.map line.pair-line').count()) > 5);
    await page.screenshot({ path: `${ARTIFACTS}map.png` });
    await kaz.click();
    await page.getByRole('heading', { name: 'Kazakhstan' }).waitFor();
    assert.match(page.url(), /\/countries\/KAZ$/);
    await page.close();
  });

  it('draws the network and finds people from the search box', async () => {
    const page = await open('/network');
    await page.locator('[data-testid="network"] canvas').first().waitFor();
    await page.screenshot({ path: `${ARTIFACTS}network.png` });
    await page.getByRole('searchbox', { name: 'Search' }).fill('Khurelsukh');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Ukhnaagiin Khurelsukh' }).click();
    await page.getByRole('heading', { name: 'Roles over time' }).waitFor();
    assert.ok((await page.locator('ul.engagements li').count()) >= 2);
    await page.screenshot({ path: `${ARTIFACTS}actor.png`, fullPage: true });
    await page.close();
  });

  it('shows the July 2024 invitation to Mongolia fulfilled by the October 2024 state visit in the commitments tracker', async () => {
    const page = await open('/commitments?pair=KAZ,MNG');
    await page.getByRole('heading', { name: 'Commitments' }).waitFor();
    await page.getByText('state visit to Mongolia').first().waitFor();
    const text = await page.locator('main').innerText();
    // The invitation card: fulfilled, with the October visit as the step that fulfilled it.
    assert.match(text, /invitation\s+fulfilled\s+[^\n]*state visit to Mongolia[\s\S]*?29 October 2024\s*·\s*fulfilled/);
    await page.screenshot({ path: `${ARTIFACTS}commitments-kaz-mng.png`, fullPage: true });
    await page.close();
  });

  it('broke no Content Security Policy rule and threw no page error', () => {
    assert.deepEqual(cspErrors, []);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articlesFromBytes, htmlToArticle } from '../../src/ingest/index.ts';
import { stripSiteName } from '../../src/ingest/html-title.ts';
import { assertUserError } from './helpers.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const page = (head: string, body: string): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;
const STORY =
  '<article><p>The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss water sharing on the Syr Darya.</p>' +
  '<p>They agreed to set up a joint commission and to meet again before the end of the year, officials said after the talks.</p></article>';

test('a realistic news page: title, date, language, URL and one line per paragraph', () => {
  const [a] = articlesFromBytes(fixture('news-page.html'), 'news-page.html', {});
  assert.equal(a.title, 'Foreign ministers of Kazakhstan and Türkiye meet in Astana');
  assert.equal(a.published, '2024-03-14');
  assert.equal(a.language, 'en');
  assert.equal(a.url, 'https://steppe-herald.example/world/2024/03/kz-tr-talks');
  assert.equal(a.source, 'news-page.html');
  const lines = a.text.split('\n');
  assert.equal(lines[0], a.title);
  assert.equal(lines.filter((l) => l === a.title).length, 1, 'the title appears once');
  for (const expected of [
    'ASTANA, March 14 — Kazakh Foreign Minister Murat Nurtleu held talks with Turkish Foreign Minister Hakan Fidan in Astana on Thursday, the ministry said in a statement.',
    'Nurtleu said Kazakhstan was ready to increase oil and gas supplies and proposed a joint working group on logistics. Fidan invited his counterpart to visit Ankara later this year.',
    '“Our countries are bound by history and by a shared future,” Fidan told reporters after the meeting.',
    'Trade turnover in 2023 reached $6.4 billion.',
    'More than 4,000 Turkish companies operate in Kazakhstan.',
  ]) {
    assert.ok(lines.includes(expected), `missing line: ${expected}`);
  }
  for (const forbidden of ['dataLayer', 'renderAd', 'SECRET_TRACKER', 'querySelectorAll', 'Advertisement', 'Subscribe', 'Politics', 'Related stories', 'Wheat exports', 'All rights reserved', 'min-height', '@context']) {
    assert.ok(!a.text.includes(forbidden), `text should not contain ${forbidden}`);
  }
});

test('--published and --url override the page metadata', () => {
  const [a] = articlesFromBytes(fixture('news-page.html'), 'news-page.html', { published: '2024-03-20', url: 'https://override.example/x' });
  assert.equal(a.published, '2024-03-20');
  assert.equal(a.url, 'https://override.example/x');
});

test('a page declaring windows-1252 decodes its accents and quotes', () => {
  const [a] = articlesFromBytes(fixture('cp1252-declared.html'), 'cp1252-declared.html', {});
  assert.equal(a.language, 'fr');
  assert.equal(a.title, 'Entretien entre les ministres des Affaires étrangères');
  assert.ok(a.text.includes('s’est entretenu mercredi à Paris avec son homologue sénégalais.'), a.text);
  assert.ok(a.text.includes('« un partenariat d’avenir »'));
  assert.ok(!a.text.includes('Ã'), 'no mojibake');
});

test('a page that only builds its text with scripts is an empty-input error, and no script runs', () => {
  let ran = false;
  (globalThis as Record<string, unknown>).boot = () => {
    ran = true;
  };
  assertUserError(() => articlesFromBytes(fixture('scripts-only.html'), 'scripts-only.html', {}), 'empty-input', 'scripts-only.html');
  assert.equal(ran, false);
  delete (globalThis as Record<string, unknown>).boot;
  const r = htmlToArticle(page('', '<script>document.title = "pwned"</script><style>p{}</style>'), { name: 'x.html' });
  assert.equal(r.text, '');
});

test('title: og:title first, then <title> without its site suffix, then the first h1', () => {
  const og = htmlToArticle(page('<meta property="og:title" content="OG headline"><title>Title headline | Site</title>', `<h1>H1 headline</h1>${STORY}`), { name: 'a.html' });
  assert.equal(og.title, 'OG headline');
  const t = htmlToArticle(page('<title>Ministers agree on water commission - Steppe News</title>', STORY), { name: 'b.html' });
  assert.equal(t.title, 'Ministers agree on water commission');
  const h1 = htmlToArticle(page('', `<h1>Water talks in Tashkent</h1>${STORY}`), { name: 'c.html' });
  assert.equal(h1.title, 'Water talks in Tashkent');
  assert.ok(h1.text.startsWith('Water talks in Tashkent\n'));
  const none = htmlToArticle(page('', STORY), { name: 'd.html' });
  assert.equal(none.title, null);
  assert.ok(none.text.startsWith('The foreign ministers of Kazakhstan'));
});

test('site-name suffixes are dropped only when they look like a site name', () => {
  assert.equal(stripSiteName('Xi meets Putin | Reuters', null, true), 'Xi meets Putin');
  assert.equal(stripSiteName('Xi meets Putin | World | The Steppe Herald', null, true), 'Xi meets Putin');
  assert.equal(stripSiteName('Talks in Astana - BBC News', null, true), 'Talks in Astana');
  assert.equal(stripSiteName('Talks held — Ministry of Foreign Affairs of Kazakhstan', null, true), 'Talks held');
  assert.equal(stripSiteName('Reuters | Xi meets Putin', 'Reuters', true), 'Xi meets Putin');
  assert.equal(stripSiteName('Talks in Astana | The Steppe Herald', 'The Steppe Herald', false), 'Talks in Astana');
  // headlines that use a dash keep both halves
  assert.equal(stripSiteName('Lavrov meets Wang Yi - ministers discuss Ukraine', null, true), 'Lavrov meets Wang Yi - ministers discuss Ukraine');
  assert.equal(stripSiteName('Modi - Macron call: leaders discuss defence deal', null, true), 'Modi - Macron call: leaders discuss defence deal');
  // og:title loses only the known site name
  assert.equal(stripSiteName('Talks in Astana | Analysis', 'The Steppe Herald', false), 'Talks in Astana | Analysis');
});

test('the title is not repeated when the body already starts with it', () => {
  const r = htmlToArticle(
    page('<title>Kazakhstan and Uzbekistan agree water commission | Site</title>', `<article><h1>Kazakhstan and Uzbekistan agree water commission</h1>${STORY}</article>`),
    { name: 'e.html' },
  );
  assert.equal(r.text.split('\n').filter((l) => l.includes('agree water commission')).length, 1, r.text);
});

test('published date: meta tags, then JSON-LD, then <time> in the article', () => {
  const meta = htmlToArticle(
    page('<meta property="article:published_time" content="2024-01-02T08:00:00Z"><script type="application/ld+json">{"datePublished":"2023-05-05"}</script>', STORY),
    { name: 'f.html' },
  );
  assert.equal(meta.published, '2024-01-02');
  const named = htmlToArticle(page('<meta name="DC.date.issued" content="2024-01-03">', STORY), { name: 'f2.html' });
  assert.equal(named.published, '2024-01-03');
  const ld = htmlToArticle(
    page('<meta name="date" content="not a date"><script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","datePublished":"2023-05-05T23:10:00-04:00"}]</script>', STORY),
    { name: 'g.html' },
  );
  assert.equal(ld.published, '2023-05-05');
  const time = htmlToArticle(page('', `<aside><time datetime="2001-01-01">old</time></aside><article><time datetime="2022-07-08T10:00">8 July</time>${STORY}</article>`), { name: 'h.html' });
  assert.equal(time.published, '2022-07-08');
  const none = htmlToArticle(page('<script type="application/ld+json">{ not json, "datePublished": "2020-01-01" </script>', STORY), { name: 'i.html' });
  assert.equal(none.published, null, 'malformed JSON-LD is skipped');
});

test('language is the first subtag of <html lang>', () => {
  const r = htmlToArticle(`<html lang="pt-BR"><body>${STORY}</body></html>`, { name: 'j.html' });
  assert.equal(r.language, 'pt');
  const bad = htmlToArticle(`<html lang="not a tag"><body>${STORY}</body></html>`, { name: 'k.html' });
  assert.equal(bad.language, null);
});

test('blocks become lines: paragraphs, list items, quotes, <br>, <pre>; nested blocks are not doubled', () => {
  const body =
    '<article><p>The foreign ministers of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss water sharing on the Syr Darya and energy.<br>Second line of the same paragraph, still about the water talks in Tashkent.</p>' +
    '<ul><li><p>First outcome: a joint commission on water.</p></li><li>Second outcome: a <b>power</b> swap deal.</li></ul>' +
    '<blockquote><p>“We are neighbours and partners,” the minister said after the long talks in the capital.</p></blockquote>' +
    '<pre>Line A\nLine B</pre><p hidden>Hidden paragraph</p><p style="display: none">Invisible paragraph</p></article>';
  const r = htmlToArticle(page('', body), { name: 'l.html' });
  const lines = r.text.split('\n');
  assert.ok(lines.includes('Second line of the same paragraph, still about the water talks in Tashkent.'), r.text);
  assert.equal(lines.filter((l) => l === 'First outcome: a joint commission on water.').length, 1);
  assert.ok(lines.includes('Second outcome: a power swap deal.'));
  assert.ok(lines.includes('“We are neighbours and partners,” the minister said after the long talks in the capital.'));
  assert.ok(lines.includes('Line A') && lines.includes('Line B'));
  assert.ok(!r.text.includes('Hidden paragraph') && !r.text.includes('Invisible paragraph'));
});

test('a bare fragment (no <html>) keeps all its paragraphs', () => {
  const [a] = articlesFromBytes(Buffer.from('<p>First paragraph of the readout.</p>\n<p>Second paragraph of the readout.</p>\n<p>Third.</p>'), 'stdin', {});
  assert.equal(a.text, 'First paragraph of the readout.\nSecond paragraph of the readout.\nThird.');
});

test('a page too big for Readability is read from its body, minus navigation, footer, asides and forms', () => {
  const filler = '<span>word</span> '.repeat(21_000);
  const html = page(
    '<title>Big page</title>',
    `<nav>Home News Sport</nav><div><p>The leaders met in Baku on Friday.</p><p>${filler}</p></div><aside>Most read</aside><form>Search</form><footer>Copyright</footer><script>evil()</script>`,
  );
  const started = Date.now();
  const r = htmlToArticle(html, { name: 'big.html' });
  assert.ok(Date.now() - started < 3000);
  assert.ok(r.text.includes('The leaders met in Baku on Friday.'));
  for (const forbidden of ['Home News Sport', 'Most read', 'Search', 'Copyright', 'evil']) assert.ok(!r.text.includes(forbidden), forbidden);
});

test('hostile nesting is refused quickly instead of hanging the parser', () => {
  const html = '<html><body>' + '<div>'.repeat(200_000) + 'x</body></html>';
  const started = Date.now();
  assertUserError(() => htmlToArticle(html, { name: 'deep.html' }), 'html-too-deep', 'deep.html');
  assert.ok(Date.now() - started < 1000);
  // ordinary unclosed paragraphs are not nesting
  const flat = htmlToArticle('<html><body>' + '<p>Talks went well. '.repeat(6000) + '</body></html>', { name: 'flat.html' });
  assert.ok(flat.text.startsWith('Talks went well.'));
});

test('character references read as one text, not a node each: a flood of them reads in well under a second', () => {
  const lead = 'Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Tuesday.';
  const html = `<html><body><p>${lead} ${'&#65;&#x42;&amp;'.repeat(30_000)} End.</p></body></html>`;
  const t0 = performance.now();
  const a = htmlToArticle(html, { name: 'flood.html' });
  assert.ok(performance.now() - t0 < 5000);
  assert.ok(a.text.startsWith(lead));
  assert.ok(a.text.includes('AB&AB&'));
});

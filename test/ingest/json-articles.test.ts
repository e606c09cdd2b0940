import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { articlesFromBytes } from '../../src/ingest/index.ts';
import { assertUserError } from './helpers.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const json = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

test('a .json array of text and html articles', () => {
  const [a, b] = articlesFromBytes(fixture('articles.json'), 'articles.json', {});
  assert.equal(a.title, 'Modi speaks with Macron by phone');
  assert.equal(a.published, '2024-02-01');
  assert.equal(a.url, 'https://news.example/a1');
  assert.equal(a.source, 'articles.json[0]');
  assert.equal(b.url, 'https://news.example/a2', 'source_url is accepted for url');
  assert.equal(b.published, '2024-02-03', 'a timestamp keeps the day as written');
  assert.equal(b.title, 'Scholz trifft Tusk');
  assert.equal(b.language, 'de');
  assert.ok(b.text.startsWith('Scholz trifft Tusk\nBundeskanzler Olaf Scholz traf am Samstag'));
  assert.ok(!b.text.includes('steal'));
});

test('a single .json object, with the object fields beating the HTML metadata', () => {
  const html = '<html><head><title>Page title | Site</title><meta property="article:published_time" content="2020-01-01"></head><body><p>The presidents met in Baku on Friday and discussed the transit corridor.</p></body></html>';
  const [a] = articlesFromBytes(json({ title: 'Given title', published: '2024-04-04', html }), 'one.json', {});
  assert.equal(a.title, 'Given title');
  assert.equal(a.published, '2024-04-04');
  const [m] = articlesFromBytes(json({ html }), 'meta.json', {});
  assert.equal(m.published, '2020-01-01');
  const [o] = articlesFromBytes(json({ published: '2024-04-04', html }), 'opt.json', { published: '2024-05-05', url: 'https://o.example' });
  assert.equal(o.published, '2024-05-05');
  assert.equal(o.url, 'https://o.example');
});

test('.jsonl reads one object per line, skipping blank lines, naming items by line', () => {
  const articles = articlesFromBytes(fixture('articles.jsonl'), 'articles.jsonl', {});
  assert.equal(articles.length, 2);
  assert.equal(articles[0].title, 'Erdogan hosts Aliyev');
  assert.equal(articles[1].source, 'articles.jsonl:3');
  assert.equal(articles[1].title, null);
});

test('JSON on stdin (no extension) is recognised; prose starting with a bracket is not', () => {
  const [a] = articlesFromBytes(json([{ text: 'Talks in Riga.' }]), 'stdin', {});
  assert.equal(a.text, 'Talks in Riga.');
  const lines = articlesFromBytes(Buffer.from('{"text": "One."}\n{"text": "Two."}\n'), 'stdin', {});
  assert.deepEqual(lines.map((x) => x.text), ['One.', 'Two.']);
  const [p] = articlesFromBytes(Buffer.from('[Updated] The ministers met in Riga.\nThey agreed on energy links.'), 'stdin', {});
  assert.equal(p.text, '[Updated] The ministers met in Riga.\nThey agreed on energy links.');
});

test('invalid JSON names the file; a JSON Lines file named .json gets a hint', () => {
  assertUserError(() => articlesFromBytes(Buffer.from('[{"text": "a",}]'), 'broken.json', {}), 'bad-json', 'broken.json');
  const e = assertUserError(() => articlesFromBytes(Buffer.from('{"text":"a"}\n{"text":"b"}\n'), 'lines.json', {}), 'bad-json', 'lines.json');
  assert.ok(e.hint?.includes('.jsonl'));
  assertUserError(() => articlesFromBytes(Buffer.from('{"text":"a"}\n{"text": oops}\n'), 'feed.jsonl', {}), 'bad-json', 'feed.jsonl:2');
});

test('invalid article objects name the file and the index', () => {
  assertUserError(() => articlesFromBytes(json([{ text: 'ok' }, { title: 'no body' }]), 'a.json', {}), 'bad-article', 'a.json[1]');
  assertUserError(() => articlesFromBytes(json([{ text: 42 }]), 'b.json', {}), 'bad-article', 'b.json[0]');
  assertUserError(() => articlesFromBytes(json([{ text: 'x', url: 7 }]), 'c.json', {}), 'bad-article', 'c.json[0]');
  assertUserError(() => articlesFromBytes(json(['just a string']), 'd.json', {}), 'bad-article', 'd.json[0]');
  assertUserError(() => articlesFromBytes(json(42), 'n.json', {}), 'bad-article', 'n.json');
  const e = assertUserError(() => articlesFromBytes(json([{ text: 'x', published: '2024-02-30' }]), 'e.json', {}), 'bad-date', 'e.json[0]');
  assert.ok(e.message.includes("'2024-02-30'"));
  assertUserError(() => articlesFromBytes(Buffer.from('{"text":"x","published":"5 May"}\n'), 'f.jsonl', {}), 'bad-date', 'f.jsonl:1');
});

test('empty arrays, empty texts and blank JSONL files are empty-input errors', () => {
  assertUserError(() => articlesFromBytes(json([]), 'none.json', {}), 'empty-input', 'none.json');
  assertUserError(() => articlesFromBytes(json([{ text: '  \n ' }]), 'blank.json', {}), 'empty-input', 'blank.json[0]');
  assertUserError(() => articlesFromBytes(json({ html: '<script>x()</script>' }), 'script.json', {}), 'empty-input', 'script.json');
  assertUserError(() => articlesFromBytes(Buffer.from('\n\n  \n'), 'blank.jsonl', {}), 'empty-input', 'blank.jsonl');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'readout.mjs');
const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE = `Kazakhstan and Mongolia discuss trade at Astana talks
ASTANA, July 5 (Agency) – Kazakh President Kassym-Jomart Tokayev met Mongolian President Ukhnaagiin Khurelsukh in Astana on Thursday on the sidelines of the SCO Summit.
The two presidents discussed trade, transport and energy. Tokayev proposed raising trade turnover to $500 million.
Khurelsukh invited Tokayev to pay a state visit to Mongolia, and the invitation was accepted.
`;

test('extract prints one JSON object with engagements, article, actors and extractor', () => {
  const f = join(dir, 'a.txt');
  writeFileSync(f, ARTICLE);
  const r = run(['extract', f, '--published', '2024-07-05', '--url', 'https://example.org/a']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.article.published, '2024-07-05');
  assert.equal(j.article.url, 'https://example.org/a');
  assert.equal(j.extractor.name, 'readout');
  assert.equal(j.engagements.length, 1);
  const e = j.engagements[0];
  assert.equal(e.date, '2024-07-04');
  assert.deepEqual(e.participants.map((p: { country: string }) => p.country).sort(), ['KAZ', 'MNG']);
  assert.equal(e.location.country, 'KAZ');
  const target = e.outcomes.find((o: { kind: string }) => o.kind === 'target');
  assert.deepEqual(target?.quantity, { value: 500000000, unit: 'USD' });
  // Every span quotes the article text exactly.
  const text = j.article.textLength;
  assert.ok(text > 0);
  for (const s of e.spans.evidence) assert.equal(typeof s.start, 'number');
  assert.ok(e.codes.cameo.length > 0);
});

test('extract reads standard input and several files as jsonl', () => {
  const f = join(dir, 'b.txt');
  writeFileSync(f, ARTICLE);
  const a = run(['extract', '-', '--published', '2024-07-05'], ARTICLE);
  assert.equal(a.code, 0, a.err);
  assert.equal(JSON.parse(a.out).engagements.length, 1);
  const b = run(['extract', f, f, '--published', '2024-07-05']);
  assert.equal(b.code, 0, b.err);
  assert.equal(b.out.trim().split('\n').length, 2);
});

test('table format is for people', () => {
  const f = join(dir, 'c.txt');
  writeFileSync(f, ARTICLE);
  const r = run(['extract', f, '--published', '2024-07-05', '--format', 'table']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Khurelsukh/);
  assert.match(r.out, /1 article\(s\), 1 engagement\(s\)/);
});

test('user mistakes give a clear message, a non-zero exit and no stack trace', () => {
  const cases: [string[], RegExp, string | Buffer | undefined][] = [
    [['extract', join(dir, 'missing.txt')], /no such file/i, undefined],
    [['extract', join(dir, 'c.txt'), '--published', '2024-13-45'], /--published/, undefined],
    [['extract', join(dir, 'c.txt'), '--format', 'xml'], /format/i, undefined],
    [['extract', join(dir, 'c.txt'), '--url', 'ftp://x'], /--url/, undefined],
    [['extract', join(dir, 'c.txt'), '--actors', join(dir, 'nope.csv')], /nope\.csv/, undefined],
  ];
  writeFileSync(join(dir, 'c.txt'), ARTICLE);
  for (const [args, re] of cases) {
    const r = run(args);
    assert.notEqual(r.code, 0, `exit 0 for ${args.join(' ')}`);
    assert.match(r.err, re, args.join(' '));
    assert.doesNotMatch(r.err, /\n\s+at .+:\d+:\d+/, `stack trace for ${args.join(' ')}`);
  }
});

test('bad input files: empty, binary, invalid UTF-8, huge single line, script-only HTML', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const bin = join(dir, 'x.pdf');
  writeFileSync(bin, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0)]));
  const bad = join(dir, 'bad.txt');
  writeFileSync(bad, Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0xa0, 0xa1, 0x20, 0xff, 0xfe, 0x41]));
  const huge = join(dir, 'huge.txt');
  writeFileSync(huge, 'a'.repeat(50 * 1024 * 1024));
  const scripts = join(dir, 'scripts.html');
  writeFileSync(scripts, '<html><head><title>x</title><script>alert(1)</script></head><body>' + '<script>var a=1;</script>'.repeat(2000) + '</body></html>');
  for (const f of [empty, bin, bad, huge]) {
    const t0 = Date.now();
    const r = run(['extract', f]);
    assert.ok(Date.now() - t0 < 30000, `too slow on ${f}`);
    assert.notEqual(r.code, 0, `exit 0 for ${f}`);
    assert.ok(r.err.length > 0 && r.err.length < 2000, `unclear error for ${f}: ${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at .+:\d+:\d+/, `stack trace for ${f}`);
  }
  const r = run(['extract', scripts]);
  // A page of scripts has no article: either a clear error or an empty result, never script text.
  if (r.code === 0) assert.deepEqual(JSON.parse(r.out).engagements, []);
  else assert.doesNotMatch(r.err, /\n\s+at .+:\d+:\d+/);
  assert.doesNotMatch(r.out, /alert\(1\)/);
});

test('an actor dictionary overrides what the text says', () => {
  const f = join(dir, 'd.txt');
  writeFileSync(f, 'Talks in Ashgabat\nOn 3 March 2025, Foreign Minister Rashid Meredov received Ambassador Jan Novak in Ashgabat.\n');
  const actors = join(dir, 'actors.csv');
  writeFileSync(actors, 'name,aliases,role,country,valid_from,valid_to\nJan Novak,,Ambassador,CZE,2024-01-01,\nRashid Meredov,,Foreign Minister,TKM,2007-01-01,\n');
  const r = run(['extract', f, '--actors', actors, '--published', '2025-03-03']);
  assert.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  assert.equal(j.engagements.length, 1);
  assert.deepEqual(j.engagements[0].participants.map((p: { country: string }) => p.country).sort(), ['CZE', 'TKM']);
});

void readFileSync; void existsSync;

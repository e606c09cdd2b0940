import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { readArticles, readStreamCapped, DEFAULT_MAX_BYTES } from '../../src/ingest/index.ts';
import { assertRejectsUserError } from './helpers.ts';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let dir = '';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-ingest-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('reads a plain-text file', async () => {
  const [a] = await readArticles(join(fixtures, 'plain-article.txt'), { published: '2024-04-09' });
  assert.equal(a.title, 'Lavrov and Wang Yi hold talks in Beijing');
  assert.equal(a.published, '2024-04-09');
  assert.ok(a.text.includes('The ministers discussed the situation in Ukraine, energy cooperation'));
  assert.ok(!a.text.includes('\n\n\n'));
});

test('reads a UTF-16LE file with a BOM', async () => {
  const [a] = await readArticles(join(fixtures, 'utf16le-bom.txt'), {});
  assert.equal(a.title, 'Réunion à Genève');
  assert.ok(a.text.includes('Elles ont signé un accord sur l’eau.'));
});

test('reads HTML, JSON and JSONL files', async () => {
  assert.equal((await readArticles(join(fixtures, 'news-page.html'), {}))[0].published, '2024-03-14');
  assert.equal((await readArticles(join(fixtures, 'articles.json'), {})).length, 2);
  assert.equal((await readArticles(join(fixtures, 'articles.jsonl'), {})).length, 2);
});

test('a missing file, a directory and an empty path are clear errors', async () => {
  const e = await assertRejectsUserError(() => readArticles('x.txt', {}), 'missing-file', 'x.txt');
  assert.equal(e.message, 'no such file: x.txt');
  await assertRejectsUserError(() => readArticles(join(dir, 'nope', 'deeper.txt'), {}), 'missing-file', 'deeper.txt');
  await assertRejectsUserError(() => readArticles(dir, {}), 'is-directory', dir);
  await assertRejectsUserError(() => readArticles('', {}), 'missing-file', 'no input file');
});

test('an unreadable file is a permission error', async () => {
  const path = join(dir, 'secret.txt');
  writeFileSync(path, 'secret');
  chmodSync(path, 0o000);
  if (process.getuid?.() !== 0) {
    await assertRejectsUserError(() => readArticles(path, {}), 'unreadable', 'secret.txt');
    return;
  }
  // root reads anything, so the check runs in a child process as the unprivileged "nobody" user.
  chmodSync(dir, 0o755);
  const r = runScript(`readArticles(${JSON.stringify(path)}, {})`, '', { uid: 65534, gid: 65534 });
  const err = JSON.parse(r.stdout || '{}');
  assert.equal(err.code, 'unreadable', r.stdout + r.stderr);
  assert.ok(err.message.includes('secret.txt'));
});

test('empty and whitespace-only files are empty-input errors naming the file', async () => {
  const empty = join(dir, 'empty.txt');
  const blank = join(dir, 'blank.txt');
  writeFileSync(empty, '');
  writeFileSync(blank, ' \n\t \r\n ');
  await assertRejectsUserError(() => readArticles(empty, {}), 'empty-input', 'empty.txt');
  await assertRejectsUserError(() => readArticles(blank, {}), 'empty-input', 'blank.txt');
});

test('a binary file is refused by name', async () => {
  const pdf = join(dir, 'readout.pdf');
  writeFileSync(pdf, Buffer.from('%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n', 'latin1'));
  const e = await assertRejectsUserError(() => readArticles(pdf, {}), 'binary-input', 'readout.pdf');
  assert.ok(e.message.includes('(PDF)'));
});

test('a 50 MB single-line file hits the size cap before it is read', async () => {
  const big = join(dir, 'huge.txt');
  writeFileSync(big, '');
  truncateSync(big, 50 * 1024 * 1024); // sparse: instant, and all on "one line"
  const started = Date.now();
  const e = await assertRejectsUserError(() => readArticles(big, {}), 'too-large', 'huge.txt');
  assert.ok(Date.now() - started < 500);
  assert.ok(e.message.includes('52,428,800 bytes') && e.message.includes(DEFAULT_MAX_BYTES.toLocaleString('en-US')), e.message);
  assert.ok(e.hint?.includes('--max-bytes'));
  await assertRejectsUserError(() => readArticles(join(fixtures, 'plain-article.txt'), { maxBytes: 100 }), 'too-large', 'plain-article.txt');
});

test('a 9 MB single line under the cap is read in well under 2 s', async () => {
  const path = join(dir, 'one-line.txt');
  writeFileSync(path, 'The ministers discussed trade, energy and transit across the Caspian Sea. '.repeat(120_000));
  const started = Date.now();
  const [a] = await readArticles(path, {});
  const elapsed = Date.now() - started;
  assert.ok(elapsed < 2000, `took ${elapsed} ms`);
  assert.ok(a.text.length > 8_000_000);
  assert.equal(a.title, null);
});

test('streams stop at the cap instead of buffering endless input', async () => {
  let produced = 0;
  const endless = new Readable({
    read() {
      produced += 65536;
      this.push(Buffer.alloc(65536, 0x61));
    },
  });
  await assertRejectsUserError(() => readStreamCapped(endless, 1024 * 1024, 'stdin'), 'too-large', 'stdin');
  assert.ok(produced < 4 * 1024 * 1024, `read ${produced} bytes`);
  assert.equal((await readStreamCapped(Readable.from([Buffer.from('ab'), Buffer.from('c')]), 10, 'stdin')).toString(), 'abc');
});

test('bad options fail before any file is touched', async () => {
  await assertRejectsUserError(() => readArticles('does-not-exist.txt', { published: '2024-13-45' }), 'bad-date', '2024-13-45');
  await assertRejectsUserError(() => readArticles('does-not-exist.txt', { maxBytes: -1 }), 'bad-option', '--max-bytes');
});

// Runs `call` (an expression using readArticles) in a fresh node process and prints its articles or
// its error as JSON, so stdin can be a real pipe.
function runScript(call: string, input: Buffer | string, extra: { uid?: number; gid?: number } = {}): { status: number | null; stdout: string; stderr: string } {
  const script = `
    const { readArticles } = await import('./src/ingest/index.ts');
    try {
      process.stdout.write(JSON.stringify(await ${call}));
    } catch (e) {
      process.stdout.write(JSON.stringify({ code: e.code, message: e.message }));
    }`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 20_000,
    ...extra,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const runStdin = (input: Buffer | string, opts: object) => runScript(`readArticles('-', ${JSON.stringify(opts)})`, input);

test('reads text from stdin through a pipe (child process)', () => {
  const r = runStdin('Aliyev and Pashinyan meet in Brussels\nThe leaders met on Tuesday.\n', { published: '2024-07-02' });
  assert.equal(r.status, 0, r.stderr);
  const [a] = JSON.parse(r.stdout);
  assert.equal(a.source, 'stdin');
  assert.equal(a.title, 'Aliyev and Pashinyan meet in Brussels');
  assert.equal(a.published, '2024-07-02');
});

test('reads HTML from stdin, and stdin over the cap is refused (child process)', () => {
  const html = runStdin('<!doctype html><html lang="es"><head><title>Cumbre en Madrid | Diario</title></head><body><article><p>Los presidentes se reunieron en Madrid el lunes para hablar de comercio y energía.</p></article></body></html>', {});
  assert.equal(html.status, 0, html.stderr);
  const [a] = JSON.parse(html.stdout);
  assert.equal(a.title, 'Cumbre en Madrid');
  assert.equal(a.language, 'es');
  assert.equal(a.text, 'Cumbre en Madrid\nLos presidentes se reunieron en Madrid el lunes para hablar de comercio y energía.');

  const big = runStdin(Buffer.alloc(200_000, 0x61), { maxBytes: 100_000 });
  const err = JSON.parse(big.stdout);
  assert.equal(err.code, 'too-large');
  assert.ok(err.message.startsWith('stdin:'));
});

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActorDictionaryFile } from '../../../../src/extract/actors/dictionary/index.ts';
import { UserError } from '../../../../src/model/errors.ts';

let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-actors-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof UserError, `expected a UserError, got ${String(err)}`);
    assert.equal(err.code, 'actors-file');
    return err;
  }
  assert.fail('expected an error');
}

test('format follows the extension', () => {
  const csv = loadActorDictionaryFile(file('people.csv', 'name,country\nLi Qiang,CHN\n'));
  assert.equal(csv[0].country, 'CHN');
  const json = loadActorDictionaryFile(file('people.JSON', '[{"name": "Li Qiang", "country": "chn"}]'));
  assert.equal(json[0].country, 'CHN');
});

test('without a known extension the content decides', () => {
  assert.equal(loadActorDictionaryFile(file('people.txt', '  \n[{"name": "Wang Yi"}]'))[0].name, 'Wang Yi');
  assert.equal(loadActorDictionaryFile(file('people', '{"actors": [{"name": "Wang Yi"}]}'))[0].name, 'Wang Yi');
  assert.equal(loadActorDictionaryFile(file('people.tsv', 'name\nWang Yi\n'))[0].name, 'Wang Yi');
});

test('a .json file that holds CSV is reported as bad JSON, not guessed at', () => {
  const err = userError(() => loadActorDictionaryFile(file('wrong.json', 'name\nWang Yi\n')));
  assert.match(err.message, /is not valid JSON/);
});

test('missing file', () => {
  const p = join(dir, 'nope.csv');
  const err = userError(() => loadActorDictionaryFile(p));
  assert.equal(err.message, `actors file ${p} does not exist`);
  assert.match(err.hint ?? '', /--actors/);
});

test('a directory instead of a file', () => {
  const d = join(dir, 'folder.csv');
  mkdirSync(d);
  assert.match(userError(() => loadActorDictionaryFile(d)).message, /is a directory/);
});

test('unreadable file', { skip: process.getuid?.() === 0 ? 'root can read anything' : false }, () => {
  const p = file('locked.csv', 'name\nX\n');
  chmodSync(p, 0o000);
  try {
    assert.match(userError(() => loadActorDictionaryFile(p)).message, /cannot be read: permission denied/);
  } finally {
    chmodSync(p, 0o600);
  }
});

test('bytes that are not UTF-8', () => {
  // "Erdoğan" in a single-byte Turkish code page is not valid UTF-8.
  const p = file('latin.csv', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x45, 0x72, 0x64, 0x6f, 0xf0, 0x61, 0x6e, 0x0a]));
  const err = userError(() => loadActorDictionaryFile(p));
  assert.match(err.message, /is not UTF-8 text/);
  assert.match(err.hint ?? '', /UTF-8/);
});

test('error messages name the file as the user gave it', () => {
  const p = file('people.csv', 'name,country\nX,Kazakhstan\n');
  assert.equal(
    userError(() => loadActorDictionaryFile(p)).message,
    `actors file ${p}, row 2: 'country' must be an ISO 3166-1 alpha-3 code like KAZ, got 'Kazakhstan'`,
  );
});

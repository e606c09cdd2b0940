import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { UserError } from '../../../src/model/errors.ts';
import { registerExport } from '../../../src/cli/commands/export.ts';
import { fixtureStore } from './fixture.ts';

async function run(args: string[]): Promise<{ out: string; err: string }> {
  const chunks: Buffer[] = [];
  const stdout = new PassThrough();
  stdout.on('data', (c: Buffer) => chunks.push(c));
  let err = '';
  const p = new Command('readout').exitOverride();
  registerExport(p, { stdout, stderr: { write: (s: string) => (err += s) } });
  await p.parseAsync(args, { from: 'user' });
  return { out: Buffer.concat(chunks).toString('utf8'), err };
}

describe('readout export', () => {
  let db: string;
  let cleanup: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), 'readout-cli-export-'));
  before(async () => {
    const f = await fixtureStore();
    db = f.path;
    cleanup = f.cleanup;
  });
  after(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test('writes GDELT TSV and its mentions to files, and reports what it wrote', async () => {
    const out = join(dir, 'events.tsv');
    const mentions = join(dir, 'mentions.tsv');
    const { err } = await run(['export', '--layout', 'gdelt', '--out', out, '--mentions', mentions, '--db', db]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    assert.equal(lines[0].split('\t').length, 61);
    assert.equal(lines.length - 1, 12);
    assert.match(err, /wrote 12 gdelt rows from 3 engagements/);
    assert.ok(readFileSync(mentions, 'utf8').split('\n').length > 12);
  });

  test('filters from the command line, to standard output', async () => {
    const { out } = await run(['export', '--layout', 'plover', '--pair', 'MNG,KAZ', '--db', db]);
    const recs = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(recs.map((r) => r.event), ['CONSULT', 'SUPPORT']);
    const empty = await run(['export', '--kind', 'visit', '--db', db]);
    assert.equal(empty.out, '');
  });

  test('user mistakes are UserErrors naming the input', async () => {
    const rejects = (args: string[], re: RegExp) => assert.rejects(run(args), (e: unknown) => e instanceof UserError && re.test(e.message) && !!e.hint);
    await rejects(['export', '--db', join(dir, 'nope.db')], /no store at/);
    await rejects(['export', '--layout', 'readout', '--format', 'tsv', '--db', db], /cannot be written as tsv/);
    await rejects(['export', '--pair', 'MNG', '--db', db], /--pair 'MNG' needs exactly two/);
    await rejects(['export', '--from', '2024-13-01', '--db', db], /not a date/);
    await rejects(['export', '--out', dir, '--db', db], /is a directory/);
  });
});

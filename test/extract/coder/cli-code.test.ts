import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { UserError } from '../../../src/model/errors.ts';
import { registerCode } from '../../../src/cli/commands/code.ts';

async function run(args: string[]): Promise<string> {
  const chunks: string[] = [];
  const p = new Command('readout').exitOverride();
  registerCode(p, { write: (c: string) => chunks.push(c) });
  await p.parseAsync(args, { from: 'user' });
  return chunks.join('');
}

test('readout code prints one JSON line per sentence with diplomatic events', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-code-'));
  const file = join(dir, 'a.txt');
  writeFileSync(file, 'Rebels shelled the town on Monday.\n\nThe Kenyan president visited Tanzania and signed a trade agreement.\n');
  const lines = (await run(['code', file])).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 1, 'the shelling sentence has no diplomatic event');
  const [l] = lines;
  assert.match(l.sentence.text, /visited Tanzania/);
  assert.deepEqual(l.events.map((e: { event: string; cameo: string }) => [e.event, e.cameo]), [['CONSULT', '042'], ['SUPPORT', '057']]);
  for (const k of ['actor', 'recipient', 'event', 'mode', 'context', 'eventText', 'goldstein', 'quadClass']) assert.ok(k in l.events[0], k);
  const all = (await run(['code', file, '--all'])).trim().split('\n').map((x) => JSON.parse(x));
  assert.equal(all.length, 2);
  assert.equal(all[0].events[0].event, 'ASSAULT');
  assert.equal(all[0].events[0].diplomatic, false);
});

test('readout code names a missing file', async () => {
  await assert.rejects(run(['code', '/nonexistent/file.txt']), (e: unknown) => e instanceof UserError && /no such file/.test(e.message));
  await assert.rejects(run(['code', '-', '--max-bytes', 'lots']), (e: unknown) => e instanceof UserError && /--max-bytes/.test(e.message));
});

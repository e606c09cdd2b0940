import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { UserError } from '../../src/model/errors.ts';
import { parseConcurrency, registerWorker } from '../../src/cli/commands/worker.ts';
import { enqueueSummaryLine, runIngestQueue } from '../../src/cli/commands/ingest-queue.ts';

function program(): Command {
  const p = new Command('readout').exitOverride();
  registerWorker(p);
  return p;
}

test('worker --concurrency takes 1 to 256 processes; anything else is a user error naming the value', () => {
  assert.equal(parseConcurrency(undefined), 1);
  assert.equal(parseConcurrency('4'), 4);
  for (const bad of ['0', '-2', '1.5', 'lots', '257']) {
    assert.throws(() => parseConcurrency(bad), (e: unknown) => e instanceof UserError && e.message.includes(`'${bad}'`));
  }
});

test('worker refuses a SQLite store and a bad queue schema before touching anything', async () => {
  await assert.rejects(program().parseAsync(['worker', '--db', './readout.db'], { from: 'user' }), (e: unknown) => e instanceof UserError && e.code === 'queue-needs-postgres');
  await assert.rejects(program().parseAsync(['worker', '--db', 'postgres://u@127.0.0.1:1/x', '--queue-schema', 'Bad-Name'], { from: 'user' }), (e: unknown) => e instanceof UserError && e.code === 'bad-option');
  await assert.rejects(program().parseAsync(['worker', '--concurrency', '0', '--db', 'postgres://u@127.0.0.1:1/x'], { from: 'user' }), UserError);
});

test('ingest --queue checks its options: PostgreSQL only, no --actors, a real date', async () => {
  await assert.rejects(runIngestQueue(['x.json'], { db: './readout.db' }), (e: unknown) => e instanceof UserError && e.code === 'queue-needs-postgres');
  await assert.rejects(runIngestQueue(['x.json'], { db: 'postgres://u@127.0.0.1:1/x', actors: 'a.csv' }), (e: unknown) => e instanceof UserError && /--actors/.test(e.message) && /worker/.test(e.hint ?? ''));
  await assert.rejects(runIngestQueue(['x.json'], { db: 'postgres://u@127.0.0.1:1/x', publishedDefault: '2024-13-45' }), (e: unknown) => e instanceof UserError && e.message.includes('--published-default'));
  await assert.rejects(runIngestQueue(['x.json'], { db: 'postgres://u@127.0.0.1:1/x', maxBytes: '-5' }), (e: unknown) => e instanceof UserError && e.message.includes("'-5'"));
});

test('the enqueue summary line says what was queued and what was not', () => {
  const line = enqueueSummaryLine({ read: 5, queued: 3, stored: 1, repeated: 0, failed: 1, failures: [], interrupted: false }, 1.25);
  assert.equal(line, 'read 5, queued 3, already stored 1, repeated 0, failed 1 in 1.3 s');
  assert.match(enqueueSummaryLine({ read: 1, queued: 0, stored: 0, repeated: 0, failed: 0, failures: [], interrupted: true }, 0), /^interrupted: /);
});

import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { UserError } from '../../src/model/errors.ts';
import { openStore } from '../../src/store/db.ts';

function userError(code: string, re: RegExp) {
  return (e: unknown) => e instanceof UserError && e.code === code && re.test(e.message) && !!e.hint;
}

describe('openStore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-open-'));

  test('creates a SQLite store in WAL mode with foreign keys, and reopens it', async () => {
    const path = join(dir, 'ok.db');
    const s = await openStore(path);
    assert.equal(s.dialect, 'sqlite');
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(s.db);
    assert.equal(mode.rows[0].journal_mode, 'wal');
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(s.db);
    assert.equal(fk.rows[0].foreign_keys, 1);
    await s.close();
    const again = await openStore(path);
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name = 'corrections'`.execute(again.db);
    assert.equal(tables.rows.length, 1);
    await again.close();
  });

  test('bad SQLite paths are user errors that name the path', async () => {
    await assert.rejects(openStore(join(dir, 'missing', 'x.db')), userError('store-path', /folder ".*missing" does not exist/));
    await assert.rejects(openStore(dir), userError('store-path', /is a directory/));
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database, just some text that is long enough to have a header '.repeat(20));
    await assert.rejects(openStore(junk), userError('store-not-sqlite', /junk\.db" exists but is not a SQLite database/));
    await assert.rejects(openStore(''), userError('store-path', /no store/));
    await assert.rejects(openStore('mysql://localhost/readout'), userError('store-url', /unsupported store URL/));
  });

  test('an unreachable PostgreSQL names host and port and hints what to check', async () => {
    // Port 1 on loopback: nothing listens there, so the refusal is immediate.
    await assert.rejects(openStore('postgres://u:secret@127.0.0.1:1/readout'), (e: unknown) =>
      e instanceof UserError && e.code === 'store-unreachable' && /127\.0\.0\.1:1/.test(e.message) && !/secret/.test(e.message) && /running/.test(e.hint ?? ''));
  });

  test('a PostgreSQL URL with a missing database says which', { skip: !process.env.READOUT_TEST_PG }, async () => {
    const u = new URL(process.env.READOUT_TEST_PG!);
    u.pathname = '/readout_no_such_db';
    await assert.rejects(openStore(u.toString()), userError('store-no-database', /no database "readout_no_such_db"/));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));
});

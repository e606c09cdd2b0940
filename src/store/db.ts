import { existsSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { UserError } from '../model/errors.ts';
import { jsonCodec, type JsonCodec } from './json.ts';
import type { DialectName } from './migrations/dialect.ts';
import { migrationProvider } from './migrations/index.ts';
import { nameStatements } from './pg-named-statements.ts';
import { cachingDatabase, shareSqliteHandle } from './sqlite-statements.ts';
import type { Database } from './schema.ts';

export interface Store {
  db: Kysely<Database>;
  dialect: DialectName;
  /** What was opened, with any password masked: safe to print. */
  target: string;
  json: JsonCodec;
  close(): Promise<void>;
}

const BUSY_TIMEOUT_MS = 10_000;
const PG_CONNECT_TIMEOUT_MS = 5_000;

function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

function maskUrl(target: string): string {
  try {
    const u = new URL(target);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return target;
  }
}

function checkSqlitePath(path: string): void {
  const abs = resolve(path);
  if (existsSync(abs)) {
    const st = statSync(abs);
    if (st.isDirectory()) {
      throw new UserError('store-path', `the store path "${path}" is a directory, not a database file`, 'Give a file name inside it, e.g. readout.db');
    }
    try {
      accessSync(abs, constants.R_OK | constants.W_OK);
    } catch {
      throw new UserError('store-path', `the store file "${path}" is not readable and writable by this user`, 'Fix its permissions or choose another path');
    }
    return;
  }
  const dir = dirname(abs);
  if (!existsSync(dir)) {
    throw new UserError('store-path', `cannot create the store "${path}": the folder "${dir}" does not exist`, 'Create the folder first or choose a path in an existing one');
  }
  if (!statSync(dir).isDirectory()) {
    throw new UserError('store-path', `cannot create the store "${path}": "${dir}" is not a folder`, 'Choose a path inside a folder');
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UserError('store-path', `cannot create the store "${path}": the folder "${dir}" is not writable`, 'Choose a writable folder or fix its permissions');
  }
}

function openSqlite(target: string): { db: Kysely<Database>; raw: BetterSqlite3.Database } {
  if (target !== ':memory:') checkSqlitePath(target);
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(target, { timeout: BUSY_TIMEOUT_MS });
    // 8 KB pages for a new store (an existing one keeps its own): a claim is several KB of JSON, and
    // at the 4 KB default most claims spill into overflow pages. Measured: 7% less SQL time in ingest.
    raw.pragma('page_size = 8192');
    // WAL lets readers (the web UI) work during an ingest, and a killed writer leaves no torn pages.
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    // A fixed page cache well above the 2 MB default: ingest touches index pages all over a large store.
    raw.pragma('cache_size = -65536');
    // Checkpoints copy the WAL into the database and sync both; letting the WAL reach 32 MB first
    // syncs less often, and a page rewritten several times in between is copied once.
    raw.pragma('wal_autocheckpoint = 8000');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    raw.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new UserError('store-not-sqlite', `"${target}" exists but is not a SQLite database (${code})`, 'Point --store at a Readout database or at a new file name');
    }
    if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM')) {
      throw new UserError('store-path', `cannot open the store "${target}" for writing (${code})`, 'Check the path and its permissions');
    }
    throw err;
  }
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(raw) }) }), raw };
}

async function openPostgres(target: string, opts: StoreOptions): Promise<Kysely<Database>> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new UserError('store-url', `"${maskUrl(target)}" is not a valid PostgreSQL URL`, 'Use the form postgres://user:password@host:5432/database');
  }
  const host = url.hostname || 'localhost';
  const port = url.port || '5432';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default)';
  const pool = new pg.Pool({ connectionString: target, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS, max: 4 });
  // An idle client dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  if (opts.namedStatements) nameStatements(pool);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    const e = err as { code?: string; message?: string };
    const where = `${host}:${port}`;
    if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'EHOSTUNREACH' || e.code === 'ETIMEDOUT' || e.code === 'EAI_AGAIN' || /timeout/i.test(e.message ?? '')) {
      throw new UserError('store-unreachable', `cannot reach PostgreSQL at ${where} (${e.code ?? e.message})`, `Check that the server is running and accepts TCP connections on ${where}, or fix the host/port in the URL`);
    }
    if (e.code === '3D000') {
      throw new UserError('store-no-database', `PostgreSQL at ${where} has no database "${database}"`, `Create it first: createdb -h ${host} -p ${port} ${database}`);
    }
    if (e.code === '28P01' || e.code === '28000') {
      throw new UserError('store-auth', `PostgreSQL at ${where} refused the login for user "${decodeURIComponent(url.username) || '(default)'}"`, 'Check the user name and password in the URL');
    }
    throw new UserError('store-connect', `cannot connect to PostgreSQL at ${where}: ${e.message ?? String(err)}`, 'Check the URL and the server log');
  }
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export interface StoreOptions {
  /** PostgreSQL: prepare each parameterised statement once per connection (pg-named-statements.ts). */
  namedStatements?: boolean;
}

/** Opens (creating if needed) a Readout store and brings its schema up to date. */
export async function openStore(target: string, opts: StoreOptions = {}): Promise<Store> {
  if (typeof target !== 'string' || !target.trim()) {
    throw new UserError('store-path', 'no store given', 'Pass a SQLite file path or a postgres:// URL');
  }
  let dialect: DialectName;
  let db: Kysely<Database>;
  let raw: BetterSqlite3.Database | null = null;
  if (isPostgresUrl(target)) {
    dialect = 'postgres';
    db = await openPostgres(target, opts);
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    throw new UserError('store-url', `unsupported store URL "${maskUrl(target)}"`, 'Use a file path for SQLite or a postgres:// URL');
  } else {
    dialect = 'sqlite';
    ({ db, raw } = openSqlite(target));
  }

  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const msg = error instanceof Error ? error.message : String(error);
    if (/corrupted migrations/i.test(msg)) {
      throw new UserError('store-version', `the store ${maskUrl(target)} was written by a newer Readout (${msg})`, 'Upgrade Readout, or use a new store');
    }
    throw new Error(`migrating store ${maskUrl(target)} failed${failed ? ` at ${failed}` : ''}: ${msg}`, { cause: error });
  }

  const json = jsonCodec(dialect);
  if (raw) shareSqliteHandle(json, raw);
  return {
    db,
    dialect,
    target: maskUrl(target),
    json,
    close: () => db.destroy(),
  };
}

/** `PRAGMA integrity_check` for SQLite; PostgreSQL checks itself. Returns the problems found. */
export async function integrityCheck(store: Store): Promise<string[]> {
  if (store.dialect !== 'sqlite') return [];
  const r = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
  return r.rows.map((x) => x.integrity_check).filter((x) => x !== 'ok');
}

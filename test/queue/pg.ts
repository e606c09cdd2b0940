// Shared by the PostgreSQL tests of the queue and the scale layout: a throwaway database per test on
// the READOUT_TEST_PG server. A database, not a schema: Kysely's migrator looks for its bookkeeping
// tables in every schema, so a store in a fresh schema beside another one would not migrate.
import pg from 'pg';

export const PG_URL = process.env.READOUT_TEST_PG ?? '';

/** Why a PostgreSQL-only test is skipped, or false when it can run. */
export const NEEDS_PG = PG_URL ? false : 'READOUT_TEST_PG is not set: these tests need PostgreSQL (start one with scripts/ci/start-postgres.sh and export the URL it prints)';

let seq = 0;

export interface PgDatabase {
  url: string;
  queueSchema: string;
  /** Connected to the test's database. */
  admin: pg.Client;
  cleanup(): Promise<void>;
}

export async function pgDatabase(): Promise<PgDatabase> {
  const name = `readout_t_${process.pid}_${Date.now()}_${seq++}`;
  const server = new pg.Client({ connectionString: PG_URL });
  await server.connect();
  await server.query(`create database ${name}`);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  return {
    url: u.toString(),
    queueSchema: 'readout_jobs',
    admin,
    cleanup: async () => {
      await admin.end();
      await server.query(`drop database if exists ${name} with (force)`);
      await server.end();
    },
  };
}

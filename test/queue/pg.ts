// Shared by the queue tests: a throwaway schema pair (store and queue) on the READOUT_TEST_PG server.
import pg from 'pg';

export const PG_URL = process.env.READOUT_TEST_PG ?? '';

/** Why a PostgreSQL-only test is skipped, or false when it can run. */
export const NEEDS_PG = PG_URL ? false : 'READOUT_TEST_PG is not set: these tests need PostgreSQL (start one with scripts/ci/start-postgres.sh and export the URL it prints)';

let seq = 0;

export interface PgSchemas {
  /** The store URL, its search_path set to the test's own schema. */
  url: string;
  queueSchema: string;
  admin: pg.Client;
  cleanup(): Promise<void>;
}

export async function pgSchemas(): Promise<PgSchemas> {
  const base = `q_${process.pid}_${Date.now()}_${seq++}`;
  const queueSchema = `${base}_jobs`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${base}`);
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${base}`);
  return {
    url: u.toString(),
    queueSchema,
    admin,
    cleanup: async () => {
      await admin.query(`drop schema if exists ${base} cascade`);
      await admin.query(`drop schema if exists ${queueSchema} cascade`);
      await admin.end();
    },
  };
}

// Until the lead registers migration 0006 in src/store/migrations/index.ts, tests create its tables
// directly, without recording it as run, so openStore still accepts the store. Once it is registered
// openStore has already applied it and this does nothing.
import { sql } from 'kysely';
import { migrationProvider } from '../../../src/store/migrations/index.ts';
import * as commitments from '../../../src/store/migrations/0006_commitments.ts';
import type { Store } from '../../../src/store/db.ts';

export async function withCommitmentSchema(store: Store): Promise<Store> {
  const registered = Object.keys(await migrationProvider(store.dialect).getMigrations()).some((k) => k.endsWith('_commitments'));
  if (registered) return store;
  const exists = store.dialect === 'sqlite'
    ? (await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = 'commitments'`.execute(store.db)).rows[0].n > 0
    : (await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_name = 'commitments' and table_schema = current_schema()`.execute(store.db)).rows[0].n !== '0';
  if (!exists) await commitments.up(store.db, store.dialect);
  return store;
}

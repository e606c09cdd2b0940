// Applies migration 0006 when the store's own list does not carry it yet (until the lead registers it).
import { Migrator, type Migration } from 'kysely';
import { migrationProvider } from '../../../src/store/migrations/index.ts';
import * as commitments from '../../../src/store/migrations/0006_commitments.ts';
import type { Store } from '../../../src/store/db.ts';

export async function withCommitmentSchema(store: Store): Promise<Store> {
  const base = migrationProvider(store.dialect);
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      const all = await base.getMigrations();
      if (!Object.keys(all).some((k) => k.endsWith('_commitments'))) {
        all['0006_commitments'] = { up: (db) => commitments.up(db, store.dialect), down: (db) => commitments.down(db) };
      }
      return all;
    },
  };
  const { error } = await new Migrator({ db: store.db, provider }).migrateToLatest();
  if (error) throw error;
  return store;
}

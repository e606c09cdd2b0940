import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from './dialect.ts';
import * as m0001 from './0001_initial.ts';
import * as m0002 from './0002_serve_read_indexes.ts';
import * as m0003 from './0003_postgres_volume.ts';
import * as m0004 from './0004_queue_workers.ts';
import * as m0005 from './0005_ingest_lookups.ts';
import * as m0006 from './0006_commitments.ts';
import * as m0007 from './0007_read_rollups.ts';
import * as m0008 from './0008_ingest_speed.ts';
import * as m0009 from './0009_lean_country_index.ts';
import * as m0010 from './0010_claim_code_scores.ts';
import * as m0011 from './0011_claim_digest.ts';
import * as m0012 from './0012_fusion_covering_indexes.ts';
import * as m0013 from './0013_band_buckets.ts';
import * as m0014 from './0014_flat_rollup_triggers.ts';
import * as m0015 from './0015_candidate_date_index.ts';

interface MigrationModule {
  up(db: Parameters<Migration['up']>[0], dialect: DialectName): Promise<void>;
  down?(db: Parameters<Migration['up']>[0], dialect: DialectName): Promise<void>;
}

// Imported statically, not read from disk, so migrations travel with a bundled or installed build.
const MIGRATIONS: Record<string, MigrationModule> = {
  '0001_initial': m0001,
  '0002_serve_read_indexes': m0002,
  '0003_postgres_volume': m0003,
  '0004_queue_workers': m0004,
  '0005_ingest_lookups': m0005,
  '0006_commitments': m0006,
  '0007_read_rollups': m0007,
  '0008_ingest_speed': m0008,
  '0009_lean_country_index': m0009,
  '0010_claim_code_scores': m0010,
  '0011_claim_digest': m0011,
  '0012_fusion_covering_indexes': m0012,
  '0013_band_buckets': m0013,
  '0014_flat_rollup_triggers': m0014,
  '0015_candidate_date_index': m0015,
};

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        out[name] = {
          up: (db) => m.up(db, dialect),
          down: m.down ? (db) => m.down!(db, dialect) : undefined,
        };
      }
      return out;
    },
  };
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { ingestArticles } from '../../../src/fuse/ingest.ts';
import { bandKeys, shingleHashes, signature } from '../../../src/fuse/near-duplicate.ts';
import { openStore } from '../../../src/store/db.ts';
import { jsonCodec } from '../../../src/store/json.ts';
import { migrationProvider } from '../../../src/store/migrations/index.ts';
import type { DialectName } from '../../../src/store/migrations/dialect.ts';
import type { Database } from '../../../src/store/schema.ts';
import { insertArticle } from '../../../src/store/writes/insert-article.ts';
import { pgDatabase } from '../../queue/pg.ts';
import { article, prose, tableExtractor } from '../helpers.ts';

interface OldStore {
  /** What openStore takes to open it again. */
  target: string;
  /** The store's database, migrated up to 0011 only. */
  db: Kysely<Database>;
  cleanup(): Promise<void>;
}

async function storeAt0011(dialect: DialectName): Promise<OldStore> {
  let old: OldStore;
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'readout-0013-'));
    const target = join(dir, 'readout.db');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new BetterSqlite3(target) }) });
    old = { target, db, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  } else {
    const d = await pgDatabase();
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: d.url }) }) });
    old = { target: d.url, db, cleanup: d.cleanup };
  }
  const { error } = await new Migrator({ db: old.db, provider: migrationProvider(dialect) }).migrateTo('0011_claim_digest');
  if (error) throw error;
  return old;
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  test(`0013 drops a row-per-band store's bands and re-bands its articles, which near-copies then find (${dialect})`, { skip: dialect === 'postgres' && !process.env.READOUT_TEST_PG }, async () => {
    const old = await storeAt0011(dialect);
    try {
      const text = prose(1200, 200);
      await insertArticle({ db: old.db, json: jsonCodec(dialect) }, {
        id: 'a_old', url: null, canonical_url: null, content_hash: 'h-old', near_duplicate_of: null, near_duplicate_score: null,
        title: 'old', published: '2024-01-01', source: 'old', language: 'en', text, extractor_version: null,
      });
      // The layout before: a row per band, its key as 16 hex digits.
      for (let band = 0; band < 16; band++) {
        await sql`insert into article_minhash_bands (band, key, article_id) values (${band}, ${band.toString(16).padStart(16, '0')}, ${'a_old'})`.execute(old.db);
      }
      await old.db.destroy();

      const store = await openStore(old.target);
      try {
        const queued = await store.db.selectFrom('store_reindex').select(['kind', 'id']).execute();
        assert.deepEqual(queued, [{ kind: 'article', id: 'a_old' }]);
        assert.deepEqual(await store.db.selectFrom('article_minhash_bands').selectAll().execute(), [], 'the old rows are gone');

        const r = await ingestArticles(store, [article({ title: 'copy', text: text.replace(/^(\w+)/, 'reportedly'), published: '2024-01-02' })], tableExtractor({}));
        assert.equal(r.nearDuplicates, 1);
        const copy = await store.db.selectFrom('articles').select('near_duplicate_of').where('title', '=', 'copy').executeTakeFirstOrThrow();
        assert.equal(copy.near_duplicate_of, 'a_old');
        const row = await store.db.selectFrom('article_minhash_bands').selectAll().where('article_id', '=', 'a_old').executeTakeFirstOrThrow();
        // PostgreSQL hands bigints back as text.
        assert.deepEqual(Array.from({ length: 16 }, (_, b) => String(row[`band_${b}` as keyof typeof row])), bandKeys(signature(shingleHashes(text))).map(String));
        assert.deepEqual(await store.db.selectFrom('store_reindex').selectAll().execute(), []);

        // Down again: the old layout, empty, every article queued for the older Readout to re-band.
        const migrator = new Migrator({ db: store.db, provider: migrationProvider(dialect) });
        const down = await migrator.migrateTo('0012_fusion_covering_indexes');
        assert.equal(down.error, undefined);
        await sql`insert into article_minhash_bands (band, key, article_id) values (0, 'k', 'a_old')`.execute(store.db);
        assert.equal((await store.db.selectFrom('store_reindex').select('id').execute()).length, 2);
        assert.equal((await migrator.migrateToLatest()).error, undefined);
      } finally {
        await store.close();
      }
    } finally {
      await old.cleanup();
    }
  });
}

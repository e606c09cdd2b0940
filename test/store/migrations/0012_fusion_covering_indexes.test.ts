import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { ingestArticles } from '../../../src/fuse/ingest.ts';
import { claimActorsOfEngagement, claimsOfEngagement } from '../../../src/store/queries/engagement-claims.ts';
import { article, person, prose, record, tableExtractor, targets } from '../helpers.ts';

const meeting = record({ date: '2024-05-09', participants: [person('Kassym-Jomart Tokayev', 'KAZ', 'President'), person('Ukhnaagiin Khurelsukh', 'MNG', 'President')] });

for (const target of targets()) {
  test(`an engagement's claims are read with their articles' dates and copy links (${target.name})`, async () => {
    const { store, cleanup } = await target.open();
    try {
      const original = prose(12, 200);
      const items = [
        article({ title: 'first', text: original, published: '2024-05-09' }),
        article({ title: 'second', text: prose(13, 200), published: '2024-05-10' }),
        // A syndicated copy of the first: one changed word.
        article({ title: 'copy', text: original.replace(/^\w+/, 'statement'), published: '2024-05-11' }),
      ];
      const s = await ingestArticles(store, items, tableExtractor({ first: [meeting], second: [meeting], copy: [meeting] }));
      assert.equal(s.nearDuplicates, 1);
      const ctx = { db: store.db, json: store.json };
      const ids = await store.db.selectFrom('engagements').select('id').execute();
      assert.equal(ids.length, 1);
      const rows = (await claimsOfEngagement(ctx, ids[0].id)).sort((a, b) => String(a.published).localeCompare(String(b.published)));
      assert.deepEqual(rows.map((r) => r.published), ['2024-05-09', '2024-05-10', '2024-05-11']);
      assert.equal(rows[0].near_duplicate_of, null);
      assert.equal(rows[1].near_duplicate_of, null);
      assert.equal(rows[2].near_duplicate_of, rows[0].article_id);
      for (const r of rows) {
        assert.ok(r.ingested_at && r.digest && Number(r.confidence) > 0, `claim ${r.id} lacks a fused-on field`);
      }
      // Three claims name the same two people in the same roles: two links, each counted three times.
      const links = await claimActorsOfEngagement(ctx, ids[0].id);
      assert.deepEqual(links.map((l) => [l.role, l.n]), [['President', 3], ['President', 3]]);

      if (store.dialect === 'sqlite') {
        // Both reads of re-fusion stay off the claim and article rows, which carry the JSON and the text.
        const plan = async (q: string) => (await sql<{ detail: string }>`${sql.raw(`explain query plan ${q}`)}`.execute(store.db)).rows.map((r) => r.detail).join('\n');
        const claims = await plan(`select c.id, c.article_id, c.digest, c.confidence, a.published, a.near_duplicate_of, a.ingested_at
          from claims c join articles a indexed by articles_fusion on a.id = c.article_id where c.engagement_id = 'x'`);
        assert.match(claims, /COVERING INDEX claims_engagement_fusion/);
        assert.match(claims, /COVERING INDEX articles_fusion/);
        const names = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and name like 'claims_engagement%'`.execute(store.db);
        assert.deepEqual(names.rows.map((r) => r.name), ['claims_engagement_fusion']);
      }
    } finally {
      await cleanup();
    }
  });
}

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/db.ts';
import { corpusStore } from '../serve/api/corpus.ts';
import { runCli } from '../fuse/commitments/run-cli.ts';

let store: Store;
let cleanup: () => Promise<void>;
let db: string;

interface Row {
  id: string; status: string; kind: string; by: string | null; to: string | null; summary: string;
  quantity: { value: number; unit: string } | null;
  origin: { engagement_id: string; date: string | null };
  fulfilled_by: { engagement_id: string; date: string | null; kind: string }[];
  links: { id: string; relation: string; review: string | null }[];
  verified: string[];
}

async function json(args: string[]): Promise<Row[]> {
  const r = await runCli(['commitments', '--db', db, '--format', 'json', '--as-of', '2026-01-01', ...args]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Row[];
}

before(async () => {
  ({ store, cleanup } = await corpusStore());
  db = store.target;
});
after(async () => cleanup());

describe('readout commitments', () => {
  test('--pair KAZ,MNG --format json shows the July 2024 invitation fulfilled by the October 2024 state visit', async () => {
    const list = await json(['--pair', 'KAZ,MNG']);
    const inv = list.find((c) => c.kind === 'invitation' && c.origin.date === '2024-07-04' && c.by === 'MNG' && c.to === 'KAZ');
    assert.ok(inv, JSON.stringify(list.map((c) => [c.kind, c.origin.date, c.by, c.to])));
    assert.equal(inv.status, 'fulfilled');
    assert.match(inv.summary, /state visit to Mongolia/);
    assert.ok(inv.origin.engagement_id);
    assert.deepEqual(inv.fulfilled_by.map((f) => [f.date, f.kind]), [['2024-10-29', 'visit']]);
    for (const c of list) for (const k of ['status', 'kind', 'by', 'to', 'summary', 'quantity', 'origin', 'fulfilled_by'] as const) assert.ok(k in c, k);
  });

  test('--status and --country filter; the table names the follow-ups', async () => {
    const fulfilled = await json(['--status', 'fulfilled']);
    assert.ok(fulfilled.length >= 2);
    assert.ok(fulfilled.every((c) => c.status === 'fulfilled'));
    const tur = await json(['--country', 'TUR']);
    assert.ok(tur.every((c) => c.kind && !c.fulfilled_by.some((f) => f.date === '2024-10-29')));
    const table = await runCli(['commitments', '--db', db, '--pair', 'KAZ,MNG', '--as-of', '2026-01-01']);
    assert.equal(table.code, 0);
    assert.match(table.stdout, /fulfils \(0\.9\): visit in/);
    assert.match(table.stdout, /commitment\(s\)/);
  });

  test('bad filters fail with a message and a hint, not a stack trace', async () => {
    const pair = await runCli(['commitments', '--db', db, '--pair', 'KAZ']);
    assert.equal(pair.code, 2);
    assert.match(pair.stderr, /--pair 'KAZ' is not two country codes/);
    assert.match(pair.stderr, /hint:/);
    const asOf = await runCli(['commitments', '--db', db, '--as-of', 'yesterday']);
    assert.match(asOf.stderr, /--as-of 'yesterday' is not a date/);
    const country = await runCli(['commitments', '--db', db, '--country', 'Mongolia']);
    assert.match(country.stderr, /not an ISO 3166-1 alpha-3/);
    assert.doesNotMatch(country.stderr, /\n\s+at /);
  });
});

describe('readout correct', () => {
  test('corrects an outcome, confirms a link, shows the audit log, reverts, and keeps corrections through reprocess', async () => {
    const [inv] = (await json(['--pair', 'KAZ,MNG'])).filter((c) => c.kind === 'invitation' && c.status === 'fulfilled');
    const e = inv.origin.engagement_id;


    const fix = await runCli(['correct', 'engagement', e, '--field', 'occasion', '--value', 'SCO Summit in Astana', '--who', 'A. Analyst', '--why', 'named in the readout', '--db', db, '--json']);
    assert.equal(fix.code, 0, fix.stderr);
    const made = JSON.parse(fix.stdout);
    assert.equal(made.after, 'SCO Summit in Astana');

    const link = await runCli(['correct', 'link', inv.links[0].id, '--field', 'review', '--value', 'confirmed', '--who', 'B. Reviewer', '--db', db]);
    assert.equal(link.code, 0, link.stderr);
    assert.match(link.stdout, /review: null → confirmed \(by B\. Reviewer\)/);

    const reprocess = await runCli(['reprocess', '--db', db, '--quiet']);
    assert.equal(reprocess.code, 0, reprocess.stderr);
    const occasion = await store.db.selectFrom('engagements').select('occasion').where('id', '=', e).executeTakeFirstOrThrow();
    assert.equal(occasion.occasion, 'SCO Summit in Astana');
    const [after] = (await json(['--pair', 'KAZ,MNG'])).filter((c) => c.id === inv.id);
    assert.equal(after.links[0].review, 'confirmed');

    const log = await runCli(['correct', 'log', '--db', db, '--format', 'json']);
    const entries = JSON.parse(log.stdout) as { id: string; who: string; why: string | null; before: unknown; after: unknown; at: string }[];
    assert.deepEqual(entries.map((x) => x.who), ['B. Reviewer', 'A. Analyst']);
    assert.equal(entries[1].why, 'named in the readout');
    const table = await runCli(['correct', 'log', '--db', db]);
    assert.match(table.stdout, /occasion: SCO Summit → SCO Summit in/);
    assert.match(table.stdout, /in force/);

    const rev = await runCli(['correct', 'revert', made.id, '--who', 'A. Analyst', '--db', db]);
    assert.equal(rev.code, 0, rev.stderr);
    await runCli(['reprocess', '--db', db, '--quiet']);
    const back = await store.db.selectFrom('engagements').select('occasion').where('id', '=', e).executeTakeFirstOrThrow();
    assert.notEqual(back.occasion, 'SCO Summit in Astana');

    const twice = await runCli(['correct', 'revert', made.id, '--who', 'A. Analyst', '--db', db]);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /already reverted/);
    const wrong = await runCli(['correct', 'outcome', `${e}:99`, '--field', 'by', '--value', 'KAZ', '--who', 'x', '--db', db]);
    assert.match(wrong.stderr, /numbered from 0/);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ActorIndex, builtinOfficials, foldName, parseActorDictionary } from '../../../../src/extract/actors/dictionary/index.ts';

const dataUrl = new URL('../../../../data/actors/officials.json', import.meta.url);
const raw = JSON.parse(readFileSync(dataUrl, 'utf8')) as Record<string, unknown>[];
const officials = builtinOfficials();

test('the file parses with the same validation a user file gets, and nothing merges away', () => {
  const parsed = parseActorDictionary(readFileSync(dataUrl, 'utf8'), 'json', fileURLToPath(dataUrl));
  assert.equal(parsed.length, raw.length, 'a merged row means two rows said the same thing');
  assert.ok(raw.length >= 400, `expected 400+ entries, found ${raw.length}`);
  assert.equal(officials.length, raw.length);
  assert.equal(builtinOfficials(), officials, 'loaded once and cached');
});

test('every entry has the exact DictionaryEntry shape, with full dates', () => {
  const keys = ['aliases', 'country', 'name', 'org', 'role', 'validFrom', 'validTo'];
  for (const e of raw) {
    assert.deepEqual(Object.keys(e).sort(), keys, JSON.stringify(e));
    for (const k of ['validFrom', 'validTo'] as const) {
      const v = e[k];
      assert.ok(v === null || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)), `${String(e.name)}: ${k} ${String(v)}`);
    }
    assert.ok(typeof e.role === 'string' && e.role !== '', `${String(e.name)} has a role`);
  }
});

test('no duplicate name + role + validFrom', () => {
  const seen = new Set<string>();
  for (const e of officials) {
    const key = `${foldName(e.name)}|${e.role}|${e.validFrom}`;
    assert.ok(!seen.has(key), `duplicate ${key}`);
    seen.add(key);
  }
});

test('every country is an uppercase three-letter code, and every entry speaks for a country or an organisation', () => {
  for (const e of officials) {
    if (e.country !== null) assert.match(e.country, /^[A-Z]{3}$/, e.name);
    assert.ok((e.country === null) !== (e.org === null), `${e.name}: exactly one of country and org`);
  }
});

test('validFrom is not after validTo, and tenures reach into the covered period', () => {
  for (const e of officials) {
    if (e.validFrom && e.validTo) assert.ok(e.validFrom <= e.validTo, `${e.name}: ${e.validFrom} > ${e.validTo}`);
    if (e.validTo) assert.ok(e.validTo >= '2022-01-01', `${e.name} left office before 2022`);
    if (e.validFrom) assert.ok(e.validFrom <= '2026-11-28', `${e.name} starts after the as-of date`);
  }
});

test('one person does not hold the same role twice at once', () => {
  const byPerson = new Map<string, typeof officials[number][]>();
  for (const e of officials) {
    const k = `${foldName(e.name)}|${e.role}|${e.country ?? e.org}`;
    byPerson.set(k, [...(byPerson.get(k) ?? []), e]);
  }
  for (const [k, list] of byPerson) {
    const sorted = [...list].sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i - 1].validTo !== null && sorted[i - 1].validTo! < sorted[i].validFrom!, `overlapping tenures for ${k}`);
    }
  }
});

test('no alias is shared by two different people', () => {
  const owner = new Map<string, string>();
  for (const e of officials) {
    for (const form of [e.name, ...e.aliases]) {
      const k = foldName(form);
      const before = owner.get(k);
      assert.ok(before === undefined || before === foldName(e.name), `'${form}' names both ${before} and ${e.name}`);
      owner.set(k, foldName(e.name));
    }
  }
});

test('a one-word alias is not the last word of anybody else\'s name', () => {
  const lastWordOwners = new Map<string, Set<string>>();
  for (const e of officials) {
    for (const form of [e.name, ...e.aliases]) {
      const words = form.trim().split(/\s+/);
      const k = foldName(words[words.length - 1]);
      lastWordOwners.set(k, (lastWordOwners.get(k) ?? new Set()).add(foldName(e.name)));
    }
  }
  for (const e of officials) {
    for (const alias of e.aliases.filter((a) => !/\s/.test(a.trim()))) {
      const owners = [...(lastWordOwners.get(foldName(alias)) ?? [])];
      assert.deepEqual(owners, [foldName(e.name)], `bare alias '${alias}' of ${e.name} is shared`);
    }
  }
});

// Roles that the built-in list promises to cover: heads of state and government, foreign
// ministers and heads of international organisations. Speakers, ambassadors and line ministers
// in the gold set are outside it.
const COVERED_ROLE = /^(Acting )?(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Supreme Leader|Secretary of State|Foreign Secretary|Chairman of the Halk Maslahaty|Director-General|Secretary-General|Secretary General)$|Foreign Minister$|External Affairs Minister$/;

interface GoldParticipant { name: string; role: string | null; country: string | null; org: string | null }
interface GoldArticle { id: string; published: string; engagements: { date: string | null; participants: GoldParticipant[] }[] }

const devDir = new URL('../../../../../shared/eval/dev/', import.meta.url);

test('resolves every covered participant in the dev gold set, on the engagement date, to the gold role and side', { skip: !existsSync(devDir) && 'no ../shared/eval/dev beside the repository' }, () => {
  const files = readdirSync(devDir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 0, 'dev gold files are present');
  const index = new ActorIndex(officials);
  let checked = 0;
  const failures: string[] = [];
  for (const f of files) {
    const doc = JSON.parse(readFileSync(new URL(f, devDir), 'utf8')) as GoldArticle;
    for (const eng of doc.engagements) {
      const date = eng.date ?? doc.published.slice(0, 10);
      for (const p of eng.participants) {
        if (!p.role || !COVERED_ROLE.test(p.role)) continue;
        checked++;
        const hits = index.lookup(p.name, date);
        const ok = hits.some((h) => h.role === p.role && h.country === p.country && (p.org === null || h.org === p.org));
        if (!ok) failures.push(`${f}: ${p.name} (${p.role}, ${p.country ?? p.org}) on ${date} -> ${JSON.stringify(hits.map((h) => [h.role, h.country ?? h.org]))}`);
      }
    }
  }
  assert.ok(checked >= 30, `expected many covered participants, checked ${checked}`);
  assert.deepEqual(failures, []);
});

test('defence ministers are listed with their dates: Prabowo before his presidency, Khalid bin Salman after MBS', () => {
  const idx = new ActorIndex(officials);
  assert.deepEqual(idx.lookup('Prabowo Subianto', '2024-02-15').map((e) => `${e.role}|${e.country}`), ['Minister of Defence|IDN']);
  assert.deepEqual(idx.lookup('Prabowo Subianto', '2025-02-15').map((e) => e.role), ['President']);
  assert.deepEqual(idx.lookupOffice('Minister of Defence', 'SAU', null, '2025-04-17').map((e) => e.name), ['Khalid bin Salman']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { cameo, cameoCodes } from '../../../src/extract/codes/index.ts';
import { UserError } from '../../../src/model/errors.ts';
import { DEFAULT_CSV } from '../../../scripts/build-codes.ts';

test('codes are strings that keep their leading zeros', () => {
  assert.equal(cameo('042')?.code, '042');
  assert.equal(cameo('042')?.name, 'Make a visit');
  assert.equal(cameo('0311')?.name, 'Express intent to cooperate economically');
  assert.equal(cameo('42'), undefined, '"42" is not "042"');
  assert.equal(cameo('311'), undefined);
  assert.equal(cameo('9999'), undefined);
  assert.equal(cameo(''), undefined);
  const codes = cameoCodes();
  assert.equal(codes.length, 317);
  for (const c of codes) assert.match(c, /^\d{2,4}$/);
  // "010" and "10" are different codes: a statement and the DEMAND root.
  assert.equal(cameo('010')?.name, 'Make statement');
  assert.equal(cameo('10')?.name, 'DEMAND');
  assert.ok(!codes.includes('46') && codes.includes('046'));
});

test('a number instead of a code is a UserError that says to use strings', () => {
  assert.throws(() => cameo(42 as unknown as string), (e: unknown) =>
    e instanceof UserError && e.code === 'CAMEO_CODE_NOT_STRING' && /"042"/.test(e.hint ?? ''));
});

test("Goldstein values are GDELT's, not ICEWS's, and blank stays null", () => {
  // The five codes where the two columns differ decide which column was used.
  assert.equal(cameo('016')?.goldstein, -2.0); // ICEWS: -5.0
  assert.equal(cameo('022')?.goldstein, 3.2); // ICEWS: 3.4
  assert.equal(cameo('164')?.goldstein, -7.0); // ICEWS: -6.5
  assert.equal(cameo('165')?.goldstein, -6.5); // ICEWS: -7.0
  assert.equal(cameo('1213')?.goldstein, null); // GDELT has none; ICEWS's -4.0 must not leak in
  assert.notEqual(cameo('016')?.goldstein, -5.0);
  for (const [code, g] of [['041', 1.0], ['042', 1.9], ['043', 2.8], ['044', 2.5], ['057', 8.0], ['018', 3.4], ['036', 4.0], ['0331', 5.2], ['051', 3.4]] as const) {
    assert.equal(cameo(code)?.goldstein, g, code);
  }
});

test("quad classes follow GDELT's convention (investigate = material cooperation, protest = verbal conflict)", () => {
  assert.equal(cameo('042')?.quadClass, 1);
  assert.equal(cameo('061')?.quadClass, 2);
  assert.equal(cameo('091')?.quadClass, 2); // ICEWS/Phoenix: 3
  assert.equal(cameo('141')?.quadClass, 3); // ICEWS/Phoenix: 4
  assert.equal(cameo('190')?.quadClass, 4);
});

test('PLOVER columns come through: modes, split contexts, DROPPED and unmapped codes', () => {
  assert.deepEqual(cameo('041')?.plover, { event: 'CONSULT', mode: 'phone', context: [] });
  assert.deepEqual(cameo('057')?.plover, { event: 'SUPPORT', mode: null, context: ['diplomatic'] });
  assert.deepEqual(cameo('091')?.plover?.context, ['crime', 'corruption']);
  assert.equal(cameo('018')?.plover?.event, 'DROPPED');
  assert.equal(cameo('155')?.plover, null);
});

test('lookups hand out frozen rows, so one caller cannot corrupt the table for the next', () => {
  const row = cameo('042')!;
  assert.throws(() => { (row as { goldstein: number | null }).goldstein = 9; });
  assert.equal(cameo('042')?.goldstein, 1.9);
});

const haveCsv = existsSync(DEFAULT_CSV);
test('every code matches the peers CSV row for row', { skip: haveCsv ? false : 'needs ../shared/peers (not in CI)' }, () => {
  const rows = parse(readFileSync(DEFAULT_CSV, 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  assert.equal(rows.length, cameoCodes().length);
  for (const r of rows) {
    const c = cameo(r.cameo_code);
    assert.ok(c, r.cameo_code);
    assert.equal(c.name, r.name);
    assert.equal(c.goldstein, r.goldstein_gdelt === '' ? null : Number(r.goldstein_gdelt), r.cameo_code);
    assert.equal(c.quadClass, Number(r.quad_class_gdelt), r.cameo_code);
    assert.equal(c.plover?.event ?? '', r.plover_event, r.cameo_code);
  }
});

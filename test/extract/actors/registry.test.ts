import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PersonRegistry } from '../../../src/extract/actors/registry.ts';

const span = { start: 0, end: 1, text: 'x' };
const add = (r: PersonRegistry, name: string, country: string | null = null) => r.add({ name, role: null, country, org: null, source: 'text' }, span, 0).id;

test('later mentions of one person join it', () => {
  const r = new PersonRegistry();
  const id = add(r, 'Kassym-Jomart Tokayev', 'KAZ');
  for (const n of ['Tokayev', 'Kassym-Jomart Tokayev', 'K. Tokayev']) assert.equal(add(r, n), id, n);
  const sheikh = add(r, 'Tamim bin Hamad Al Thani', 'QAT');
  assert.equal(add(r, 'Sheikh Tamim bin Hamad Al Thani'), sheikh);
  const lavrov = add(r, 'Sergei Lavrov', 'RUS');
  assert.equal(add(r, 'Sergey Lavrov'), lavrov);
  assert.equal(add(r, 'Abdel Fattah el-Sisi', 'EGY'), add(r, 'Abdel Fattah Al-Sisi'));
  // A name written from its particle is the same person.
  assert.equal(add(r, 'De la Fuente'), add(r, 'Juan Ramón de la Fuente', 'MEX'));
  assert.equal(add(r, 'Ursula von der Leyen'), add(r, 'Von der Leyen'));
});

test('relatives who share a family name stay apart', () => {
  const r = new PersonRegistry();
  const amir = add(r, 'Tamim bin Hamad Al-Thani', 'QAT');
  const pm = add(r, 'Mohammed bin Abdulrahman bin Jassim Al-Thani', 'QAT');
  assert.notEqual(pm, amir);
  const mbz = add(r, 'Mohamed bin Zayed Al Nahyan', 'ARE');
  assert.notEqual(add(r, 'Tahnoun bin Zayed Al Nahyan', 'ARE'), mbz);
  assert.notEqual(add(r, 'Hunter Biden'), add(r, 'Joe Biden'));
});

test('a father named inside his son\'s name is another person', () => {
  const r = new PersonRegistry();
  const son = add(r, 'Khalid bin Salman bin Abdulaziz', 'SAU');
  assert.notEqual(add(r, 'Salman bin Abdulaziz', 'SAU'), son);
  assert.equal(add(r, 'Khalid'), son);
  // The father first, by his given name alone, then the son.
  const r2 = new PersonRegistry();
  const king = add(r2, 'Salman', 'SAU');
  assert.notEqual(add(r2, 'Mohammed bin Salman', 'SAU'), king);
  // The family name still joins: "Al Nahyan" is Sheikh Mohamed.
  const r3 = new PersonRegistry();
  const mbz = add(r3, 'Mohamed bin Zayed Al Nahyan', 'ARE');
  assert.equal(add(r3, 'Al Nahyan'), mbz);
  assert.equal(add(r3, 'Mohamed'), mbz);
});

test('a father with the family name is still another person than his son', () => {
  const r = new PersonRegistry();
  const son = add(r, 'Hamdan bin Mohammed bin Rashid Al Maktoum', 'ARE');
  assert.notEqual(add(r, 'Mohammed bin Rashid Al Maktoum', 'ARE'), son);
});

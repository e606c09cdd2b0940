import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_RULES } from '../../src/nlp/dates/config.ts';
import { runRules, validateRules } from '../../src/nlp/dates/pipeline.ts';
import type { Candidate, DateParser, DateRefiner, DateRule } from '../../src/nlp/dates/types.ts';

const parser = (name: string, extra: Partial<DateParser> = {}): DateParser => ({ kind: 'parser', name, parse: () => [], ...extra });
const refiner = (name: string, after: string[] = []): DateRefiner => ({ kind: 'refiner', name, after, refine: (c) => c });

describe('validateRules', () => {
  it('accepts the shipped configuration', () => {
    assert.doesNotThrow(() => validateRules(DATE_RULES));
  });

  it('accepts parsers followed by refiners in dependency order', () => {
    assert.doesNotThrow(() => validateRules([parser('a'), parser('b', { cue: /x/i }), refiner('c'), refiner('d', ['c'])]));
  });

  const bad: [string, DateRule[], RegExp][] = [
    ['a duplicate name', [parser('a'), parser('a')], /used twice/],
    ['a parser after a refiner', [parser('a'), refiner('r'), parser('b')], /before the first refiner/],
    ['a refiner before what it needs', [parser('a'), refiner('r', ['s']), refiner('s')], /after "s", which is listed later/],
    ['a refiner needing a missing rule', [parser('a'), refiner('r', ['nope'])], /"nope", which is missing/],
    ['no parser', [refiner('r')], /no parser/],
    ['a global cue', [parser('a', { cue: /x/g })], /without the g or y flag/],
    ['a badly named rule', [parser('Bad Name')], /hyphenated name/],
    ['an unknown kind', [{ kind: 'other', name: 'x' } as unknown as DateRule], /kind must be/],
    ['a parser without parse()', [{ kind: 'parser', name: 'x' } as unknown as DateRule], /parse\(\) function/],
  ];
  for (const [what, rules, message] of bad) {
    it(`rejects ${what}`, () => assert.throws(() => validateRules(rules), message));
  }
});

describe('runRules', () => {
  const ctx = { text: 'on Monday', published: null, anchor: null };
  const cand = (start: number, end: number, text: string): Candidate => ({
    rule: 'p', start, end, text, date: null, month: null, year: null, grain: 'day', relative: true, endDate: null,
  });

  it('skips a parser whose cue does not match', () => {
    let called = false;
    runRules([parser('p', { cue: /Friday/, parse: () => { called = true; return []; } })], ctx);
    assert.equal(called, false);
  });

  it('rejects a parser that returns a span not matching its text', () => {
    assert.throws(() => runRules([parser('p', { parse: () => [cand(3, 9, 'Tuesday')] })], ctx), /bad span/);
  });

  it('stamps priority by position and lets refiners rework the list in order', () => {
    const seen: number[] = [];
    const out = runRules([
      parser('p', { parse: () => [cand(3, 9, 'Monday')] }),
      { kind: 'refiner', name: 'r', refine: (cs) => { seen.push(cs.length); return []; } },
      { kind: 'refiner', name: 's', refine: (cs) => { seen.push(cs.length); return cs; } },
    ], ctx);
    assert.deepEqual(seen, [1, 0]);
    assert.deepEqual(out, []);
  });
});

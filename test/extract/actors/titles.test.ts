import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { lexicon } from '../../../src/extract/lexicon.ts';
import { nextTitle } from '../../../src/extract/actors/titles.ts';

/** Every cased title in `s` as "start-end text", found the gated way (lower-case ones are another search). */
function gated(s: string): string[] {
  const out: string[] = [];
  for (let at = 0, t; (t = nextTitle(s, at)); at = t.end) if (!t.lowercase) out.push(`${t.start}-${t.end} ${s.slice(t.start, t.end)}`);
  return out;
}

function lowercase(s: string): string[] {
  const out: string[] = [];
  for (let at = 0, t; (t = nextTitle(s, at)); at = t.end) if (t.lowercase) out.push(`${s.slice(t.start, t.end)}>${t.lowercase}`);
  return out;
}

/** The same with the lexicon's regex searched globally: what the gate must reproduce. */
function plain(s: string): string[] {
  const re = new RegExp(lexicon().roleRe.source, lexicon().roleRe.flags);
  return [...s.matchAll(re)].map((m) => `${m.index}-${m.index + m[0].length} ${m[0]}`);
}

test('titles are found where the role regex finds them', () => {
  assert.deepEqual(gated('Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu met the President of Mongolia.'),
    ['7-49 Deputy Prime Minister and Foreign Minister', '72-81 President']);
  assert.deepEqual(gated('acting President Ali'), ['0-16 acting President']);
  assert.deepEqual(gated('Ministers of Kazakhstan'), ['0-9 Ministers']);
});

test('titles that must not be found: inside words, lower case, after letters', () => {
  assert.deepEqual(gated('the president and the minister met'), []);
  assert.deepEqual(gated('ExPresident Kingston Presidential'), []);
  assert.deepEqual(gated('Kingsley Chairmanship Envoys-elect'), []);
  assert.deepEqual(gated('éPresident'), []);
});

test('the gated search agrees with the global search over the example articles', () => {
  const dir = new URL('../../../examples/corpus/', import.meta.url);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const text = JSON.parse(readFileSync(new URL(f, dir), 'utf8')).text as string;
    assert.deepEqual(gated(text), plain(text), f);
  }
});

test('the gated search agrees with the global search on arbitrary text', () => {
  const words = ['Deputy', 'Prime', 'Minister', 'and', 'President', 'Presidents', 'acting', 'of', 'Foreign', 'Affairs', 'x',
    'Vice-President', 'King', 'Kingdom', 'é', '𝐀', '\ud835', ' ', '  ', '\n', '-', ',', 'Head', 'State', 'Special', 'Envoy'];
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.array(fc.constantFrom('', ' ', '-', '’s '), { maxLength: 30 }),
    (ws, seps) => {
      const s = ws.map((w, i) => w + (seps[i] ?? ' ')).join('');
      assert.deepEqual(gated(s), plain(s));
    }), { numRuns: 2000 });
});

test('a few titles are also read in lower case, right before a capitalised word', () => {
  assert.deepEqual(lowercase("Mexico's president-elect Claudia Sheinbaum met the Chinese foreign minister Wang Yi."),
    ['president-elect>President-elect', 'foreign minister>Foreign Minister']);
  assert.deepEqual(lowercase('Brazil and its crown prince Haakon; the secretary of state Marco Rubio'), ['crown prince>Crown Prince', 'secretary of state>Secretary of State']);
  // Not before a lower-case word, not inside a word, not a title the list does not hold.
  assert.deepEqual(lowercase('the president said; vice-president Vance; superpresident Ola; the governor Tim Walz'), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { byFirstLetter, firstLetters, patternOf } from '../../src/nlp/alternation.ts';

test('first letters: literals, groups, optional groups and letter classes; null where it cannot tell', () => {
  assert.deepEqual(firstLetters('trade\\b', true), [['t', 'rade\\b']]);
  assert.deepEqual(firstLetters('(?:Sign|ink)ed', true), [['s', 'igned'], ['i', 'nked']]);
  assert.deepEqual(firstLetters('(?:information )?technology', true), [['i', 'nformation technology'], ['t', 'echnology']]);
  assert.deepEqual(firstLetters('[Cc]hair', false), [['C', 'hair'], ['c', 'hair']]);
  for (const bad of ['\\d+ flights', 'a?b', '(?:ab)*c', '(x)y', '.trade', '(?:ab)??c']) assert.equal(firstLetters(bad, true), null, bad);
});

test('patterns that do not all start at a word or text start with a letter are not regrouped', () => {
  assert.equal(byFirstLetter(['\\btrade\\b', '\\d+ tonnes'], 'gi'), null);
  assert.equal(byFirstLetter(['\\btrade\\b', '^meeting\\b'], 'gi'), null, 'a ^ pattern after a \\b one');
  assert.ok(byFirstLetter(['^meeting\\b', '\\btrade\\b'], 'gi'));
});

// The regrouped regex must find what the plain alternation finds: same places, same texts, same pattern.
function same(patterns: string[], flags: string, texts: string[]): void {
  const a = byFirstLetter(patterns, flags);
  assert.ok(a, 'regroupable');
  const plain = new RegExp(patterns.map((p) => `(${p})`).join('|'), flags);
  const starts: number[] = [];
  let g = 1;
  for (const p of patterns) { starts.push(g); g += 1 + (new RegExp(`${p}|`, flags.replace('g', '')).exec('')!.length - 1); }
  const run = (re: RegExp, which: (m: RegExpExecArray) => number, s: string) => {
    const out: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      out.push(`${m.index}:${m[0]}:${which(m)}`);
      if (!m[0].length) re.lastIndex++;
    }
    return out;
  };
  for (const s of texts) {
    const want = run(plain, (m) => starts.findIndex((st) => m[st] !== undefined), s);
    assert.deepEqual(run(a.re, (m) => patternOf(m, s, a, flags.includes('i')), s), want, s.slice(0, 80));
  }
}

const lexicons = () => {
  const data = (n: string) => JSON.parse(readFileSync(new URL(`../../data/extract/${n}.json`, import.meta.url), 'utf8'));
  const topics = Object.values(data('topics').topics as Record<string, string[]>).map((cues) => cues.join('|'));
  return [
    { name: 'triggers', patterns: data('triggers').triggers.map((t: { pattern: string }) => t.pattern) as string[] },
    { name: 'outcomes', patterns: data('outcomes').cues.map((c: { pattern: string }) => c.pattern) as string[] },
    { name: 'topics', patterns: topics },
  ];
};

test('on the example corpus, every lexicon regrouped matches exactly as the plain alternation', () => {
  const dir = new URL('../../examples/corpus/', import.meta.url);
  const texts = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')).text as string);
  assert.ok(texts.length > 20);
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/));
  // Topic cues are split by case rule in the lexicon; here all of them are matched without case.
  for (const { patterns } of lexicons()) same(patterns, 'gi', sentences);
});

test('on random text built from cue words, regrouped and plain agree', () => {
  const words = ['trade', 'Trade', 'met', 'talks', 'signed', 'agreed', 'invited', 'the', 'two', 'on', 'energy', 'ſigned', 'K', 'visit', 'state', 'with', 'In', 'during', 'held', ',', '.', ';', '-', 'call', 'phone'];
  const patterns = lexicons().find((l) => l.name === 'outcomes')!.patterns.concat(lexicons().find((l) => l.name === 'triggers')!.patterns.filter((p) => !p.startsWith('^')));
  fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
    const s = ws.join(' ');
    same(patterns, 'giu', [s]);
  }), { seed: 42, numRuns: 300 });
});

test('a match whose opening several patterns share is told by the regex, one only one can make by the table', () => {
  const patterns = ['\\bmet\\b(?! by)', '\\bmet by\\b', '\\bmetallurgy\\b', '\\b(?:tra|tri)[a-z]+ port\\b', '\\btrade\\b'];
  same(patterns, 'gi', ['they met by the river', 'they met', 'Metallurgy and trade', 'a transit port; trade', 'MET BY']);
  same(patterns, 'giu', ['ſigned; met by ſhips; triad port', 'Met by the \u212Aelvin trade']);
});

test('answers remembered by matched text stay right where the text after the match decides', () => {
  // One regrouped alternation reads every text, so its remembered answers meet each context in turn.
  const patterns = ['^held\\b(?=,)', '\\btalks\\b', '\\btalks', '\\bmet\\b(?= the)', '\\bmet\\b', '\\basked\\b(?= to)', '\\bagreed\\b', '\\bagreed to', '\\bheld\\b'];
  const texts = ['the talks, talksX and talks', 'met the met a met the', 'agreed asked to agreed; agreed to', 'held, then held', 'held. held, held',
    'they met the press, then met a friend and met the team'];
  same(patterns, 'gi', [...texts, ...texts.reverse()]);
});

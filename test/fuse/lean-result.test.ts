import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../../src/model/article.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { leanResult, restoreLazily } from '../../src/fuse/lean-result.ts';
import { workerExtras } from '../../src/fuse/worker-extras.ts';

const example = (name: string): Article => {
  const j = JSON.parse(readFileSync(new URL(`../../examples/corpus/${name}.json`, import.meta.url), 'utf8'));
  return { text: j.text, title: j.title, published: j.published, url: j.url, language: 'en', source: j.source };
};

test('a result sent lean and restored reads as the extractor gave it, key for key and in order', () => {
  const article = example('006-kaz-mng-state-visit-wire');
  const result = extractArticle(article);
  assert.ok(result.engagements.length > 0);
  const extras = workerExtras(article.text, result);
  // As between the threads: a structured clone of what the worker posts.
  const sent = deserialize(serialize({ result: leanResult(result), extras }));
  assert.ok(sent.result.engagements.every((e: Record<string, unknown>) => e.spans === undefined && e.codes === undefined));
  restoreLazily(sent.result, sent.extras);
  for (const [i, e] of sent.result.engagements.entries()) {
    assert.deepEqual(Object.keys(e), Object.keys(result.engagements[i]));
    assert.deepStrictEqual(e.codes, result.engagements[i].codes);
    assert.deepStrictEqual(e.spans, result.engagements[i].spans);
    assert.equal(JSON.stringify(e), extras.engagementsJson[i]);
  }
  assert.deepStrictEqual(JSON.parse(JSON.stringify(sent.result)), JSON.parse(JSON.stringify(result)));
  // Once read, they are plain properties again, and can be set like any other.
  const e = sent.result.engagements[0];
  assert.equal(typeof Object.getOwnPropertyDescriptor(e, 'codes')!.value, 'object');
  e.spans = null;
  assert.equal(e.spans, null);
});

test('what is never read is never parsed, and setting one first needs no parse either', () => {
  const article = example('008-mng-kaz-pm-courtesy-call');
  const result = extractArticle(article);
  const extras = workerExtras(article.text, result);
  const sent = deserialize(serialize({ result: leanResult(result), extras }));
  // Unparseable JSON would throw if anything read it.
  sent.extras.engagementsJson = sent.extras.engagementsJson.map(() => '{');
  restoreLazily(sent.result, sent.extras);
  for (const e of sent.result.engagements) {
    assert.equal(typeof e.kind, 'string');
    e.codes = { cameo: [] };
    assert.deepEqual(e.codes, { cameo: [] });
    assert.throws(() => e.spans, SyntaxError);
  }
});

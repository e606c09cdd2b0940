import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { claimDigest } from '../../src/fuse/claim-texts.ts';
import { attachExtras, extrasFor, textPrint, workerExtras } from '../../src/fuse/worker-extras.ts';
import type { ExtractionResult } from '../../src/model/result.ts';
import { record, person } from '../store/helpers.ts';

const text = JSON.parse(readFileSync(new URL('../../examples/corpus/006-kaz-mng-state-visit-wire.json', import.meta.url), 'utf8')).text as string;

test('extras attached to a result are used only for the text and engagements they were made from', () => {
  const result = { engagements: [record({ participants: [person('Ann Ash', 'KAZ')] })] } as unknown as ExtractionResult;
  const made = workerExtras(text, result);
  assert.deepEqual(made.print, textPrint(text));
  assert.deepEqual(made.engagementsJson.map((j) => JSON.parse(j)), result.engagements);
  assert.deepEqual(made.engagementsDigest, made.engagementsJson.map(claimDigest));

  assert.equal(extrasFor(result, text), undefined);
  attachExtras(result, text, made);
  assert.equal(extrasFor(result, text), made);
  // Another text, or a result whose engagements no longer line up, gets nothing made elsewhere.
  assert.equal(extrasFor(result, `${text} More.`), undefined);
  result.engagements.push(record({ participants: [] }));
  assert.equal(extrasFor(result, text), undefined);
});

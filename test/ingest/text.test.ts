import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromText } from '../../src/ingest/index.ts';
import { headlineOf } from '../../src/ingest/text.ts';
import { assertUserError } from './helpers.ts';

test('plain text is cleaned and its headline-like first line becomes the title', () => {
  const a = articleFromText('Putin receives Tokayev in the Kremlin\r\n\r\nPresident Putin received President Tokayev on Monday.  \r\n', 'a.txt', {});
  assert.equal(a.title, 'Putin receives Tokayev in the Kremlin');
  assert.equal(a.text, 'Putin receives Tokayev in the Kremlin\n\nPresident Putin received President Tokayev on Monday.');
  assert.equal(a.source, 'a.txt');
  assert.equal(a.published, null);
  assert.equal(a.url, null);
});

test('options set published and url, after validation', () => {
  const a = articleFromText('Body text of the article.', 'b.txt', { published: '2024-06-01', url: 'https://x.example/1' });
  assert.equal(a.published, '2024-06-01');
  assert.equal(a.url, 'https://x.example/1');
  assertUserError(() => articleFromText('text', 'b.txt', { published: '2024-13-45' }), 'bad-date', '2024-13-45');
});

test('a first line that reads as a sentence, or is the only line, is not a title', () => {
  assert.equal(headlineOf('The ministers met in Baku on Monday.\nThey discussed trade.'), null);
  assert.equal(headlineOf('Talks held in Baku'), null);
  assert.equal(headlineOf('In a statement, the ministry said:\nThe talks went well.'), null);
  assert.equal(headlineOf(`${'word '.repeat(40)}\nmore`), null);
  assert.equal(headlineOf('2024\nmore'), null);
  assert.equal(headlineOf('Will the Caspian pipeline be built?\nOfficials met.'), 'Will the Caspian pipeline be built?');
});

test('empty or whitespace-only text is an empty-input error naming the source', () => {
  assertUserError(() => articleFromText('', 'empty.txt', {}), 'empty-input', 'empty.txt');
  assertUserError(() => articleFromText(' \n\t\r\n\u0000 ', 'blank.txt', {}), 'empty-input', 'blank.txt');
});

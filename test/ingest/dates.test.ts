import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublishedOption } from '../../src/ingest/index.ts';
import { normaliseMetaDate, parseArticleDate } from '../../src/ingest/dates.ts';
import { UserError } from '../../src/model/errors.ts';

test('parsePublishedOption accepts real calendar days', () => {
  assert.equal(parsePublishedOption('2024-03-05'), '2024-03-05');
  assert.equal(parsePublishedOption('2024-02-29'), '2024-02-29');
  assert.equal(parsePublishedOption(' 2000-02-29 '), '2000-02-29');
});

test('parsePublishedOption refuses impossible or malformed dates with a bad-date UserError', () => {
  for (const bad of ['2024-13-45', '2023-02-29', '1900-02-29', '2024-04-31', '2024-3-5', '05/03/2024', '2024-03-05T10:00', 'yesterday', '', '0000-01-01']) {
    assert.throws(
      () => parsePublishedOption(bad),
      (e: unknown) => e instanceof UserError && e.code === 'bad-date' && e.message.includes(`'${bad}'`) && e.message.includes('YYYY-MM-DD'),
      bad,
    );
  }
  try {
    parsePublishedOption('2024-13-45');
  } catch (e) {
    assert.equal((e as UserError).message, "--published '2024-13-45' is not a date; use YYYY-MM-DD");
  }
});

test('article dates may be a day or an ISO timestamp, kept as the day written', () => {
  assert.equal(parseArticleDate('2024-02-03'), '2024-02-03');
  assert.equal(parseArticleDate('2024-02-03T23:30:00-05:00'), '2024-02-03');
  assert.equal(parseArticleDate('2024-02-03T23:30Z'), '2024-02-03');
  assert.equal(parseArticleDate('2024-02-30'), null);
  assert.equal(parseArticleDate('3 Feb 2024'), null);
  assert.equal(parseArticleDate('2024-02-03 and more'), null);
});

test('page metadata dates in common CMS forms', () => {
  assert.equal(normaliseMetaDate('2024-03-14T18:40:00+05:00'), '2024-03-14');
  assert.equal(normaliseMetaDate('2024/3/4'), '2024-03-04');
  assert.equal(normaliseMetaDate('20240314'), '2024-03-14');
  assert.equal(normaliseMetaDate('Thu, 14 Mar 2024 13:40:00 GMT'), '2024-03-14');
  assert.equal(normaliseMetaDate('March 14, 2024'), '2024-03-14');
  assert.equal(normaliseMetaDate('14 March 2024'), '2024-03-14');
});

test('page metadata that is not a usable date is ignored, not guessed', () => {
  for (const bad of ['0001-01-01', '2024-02-31', 'Smarch 14, 2024', 'last Tuesday', '', '14/03/2024', '202403141']) {
    assert.equal(normaliseMetaDate(bad), null, bad);
  }
  assert.equal(normaliseMetaDate(null), null);
});

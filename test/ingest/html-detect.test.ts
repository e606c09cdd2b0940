import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isProbablyHtml } from '../../src/ingest/index.ts';

test('an .html name or a document start means HTML', () => {
  assert.equal(isProbablyHtml('just words', 'page.html'), true);
  assert.equal(isProbablyHtml('  <!DOCTYPE html><title>x</title>', 'stdin'), true);
  assert.equal(isProbablyHtml('<html lang="en"><body>x</body></html>', 'saved'), true);
  assert.equal(isProbablyHtml('<!-- saved from url=(0042) --> <!doctype html><p>x', 'saved.txt'), true);
  assert.equal(isProbablyHtml('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', 'page'), true);
});

test('a fragment with several known tags, some closed, is HTML', () => {
  assert.equal(isProbablyHtml('<p>The ministers met.</p>\n<p>They signed a deal.</p>', 'stdin'), true);
  assert.equal(isProbablyHtml('<div class="story">Talks <br> held <span>today</span></div>', 'clip'), true);
});

test('prose with angle brackets or a mentioned tag is not HTML', () => {
  assert.equal(isProbablyHtml('Trade grew by <5% while exports rose > 3% in the year to March.', 'stdin'), false);
  assert.equal(isProbablyHtml('Contact the press office <press@mfa.example> or <info@mfa.example>.', 'stdin'), false);
  assert.equal(isProbablyHtml('Wrap each paragraph in <p> and make names <b> bold.', 'notes'), false);
  assert.equal(isProbablyHtml('<p>One</p><p>Two</p><p>Three</p>', 'article.txt'), false);
});

test('sniffing looks only at the start, so huge inputs are cheap', () => {
  const started = Date.now();
  assert.equal(isProbablyHtml('<p '.repeat(3_000_000), 'x'), false);
  assert.equal(isProbablyHtml('<!--'.repeat(3_000_000), 'x'), false);
  assert.equal(isProbablyHtml('word '.repeat(2_000_000), 'x'), false);
  assert.ok(Date.now() - started < 500);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/index.ts';
import { assertUserError } from './helpers.ts';

test('valid UTF-8 is decoded as is, with a UTF-8 BOM dropped', () => {
  assert.equal(decodeBytes(Buffer.from('Genève talks', 'utf8'), 'a.txt'), 'Genève talks');
  assert.equal(decodeBytes(Buffer.from('\ufeffGenève', 'utf8'), 'a.txt'), 'Genève');
});

test('UTF-16 with a BOM, either byte order', () => {
  const text = 'Встреча в Женеве';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16be')]);
  assert.equal(decodeBytes(le, 'le.txt'), text);
  assert.equal(decodeBytes(be, 'be.txt'), text);
});

test('BOM-less UTF-16LE from Windows tools is recognised rather than called binary', () => {
  const bytes = iconv.encode('The ministers met in Geneva on Monday.', 'utf16le');
  assert.equal(decodeBytes(bytes, 'nobom.txt'), 'The ministers met in Geneva on Monday.');
});

test('UTF-32 is refused with a clear error', () => {
  assertUserError(() => decodeBytes(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'wide.txt'), 'unsupported-encoding', 'wide.txt');
});

test('a declared windows-1252 charset is honoured', () => {
  const html = '<html><head><meta charset="windows-1252"></head><body><p>Les ministres se sont réunis à Genève – “un succès”.</p></body></html>';
  const text = decodeBytes(iconv.encode(html, 'windows-1252'), 'page.html');
  assert.ok(text.includes('réunis à Genève – “un succès”'));
});

test('a declared iso-8859-1 charset is read as windows-1252, as browsers do', () => {
  const html = '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>“Quoted” café</p>';
  const text = decodeBytes(iconv.encode(html, 'windows-1252'), 'page.html');
  assert.ok(text.includes('“Quoted” café'), text);
});

test('an XML encoding declaration and a double-byte charset are honoured', () => {
  const xml = '<?xml version="1.0" encoding="Shift_JIS"?><doc>日本と韓国の外相が会談</doc>';
  assert.ok(decodeBytes(iconv.encode(xml, 'shift_jis'), 'feed.xml').includes('日本と韓国の外相が会談'));
});

test('undeclared legacy Western text is decoded as windows-1252', () => {
  const text = 'Le ministre français a rencontré son homologue à Genève.\nIl a évoqué la coopération “économique”.\n';
  assert.equal(decodeBytes(iconv.encode(text, 'windows-1252'), 'old.txt'), text);
});

test('undeclared bytes that do not read as Western text are refused, naming the file and byte', () => {
  const sjis = iconv.encode('日本と韓国の外相が東京で会談した。両国は協力を確認した。', 'shift_jis');
  let e = assertUserError(() => decodeBytes(sjis, 'japanese.txt'), 'invalid-utf8', 'japanese.txt');
  assert.match(e.message, /^japanese\.txt: not valid UTF-8 at byte \d+ and no charset declared$/);

  const cyrillic = iconv.encode('Министры иностранных дел встретились в Москве.', 'windows-1251');
  assertUserError(() => decodeBytes(cyrillic, 'ru.txt'), 'invalid-utf8', 'ru.txt');

  // Mostly valid UTF-8 with one broken byte is damaged UTF-8, not windows-1252.
  const damaged = Buffer.concat([Buffer.from('Genève – Zürich – Kraków ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' Gdańsk', 'utf8')]);
  e = assertUserError(() => decodeBytes(damaged, 'damaged.txt'), 'invalid-utf8', 'damaged.txt');
  assert.ok(e.message.includes(`at byte ${Buffer.byteLength('Genève – Zürich – Kraków ')}`), e.message);

  // A file that declares UTF-8 with a BOM and then breaks it is not second-guessed.
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('caf'), Buffer.from([0xe9])]);
  e = assertUserError(() => decodeBytes(bom, 'bom.txt'), 'invalid-utf8', 'bom.txt');
  assert.ok(e.message.includes('at byte 6'), e.message);
});

test('binary formats are refused with their kind named', () => {
  const cases: [string, Buffer, string][] = [
    ['report.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1'), 'PDF'],
    ['memo.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('....[Content_Types].xml....word/document.xml')]), 'DOCX'],
    ['bundle.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 3, 4]), Buffer.from('....readme.txt')]), 'ZIP'],
    ['photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'PNG'],
    ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'JPEG'],
    ['anim.gif', Buffer.from('GIF89a\x01\x00', 'latin1'), 'GIF'],
    ['article.txt.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), 'gzip'],
    ['a.out', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'ELF'],
  ];
  for (const [name, bytes, kind] of cases) {
    const e = assertUserError(() => decodeBytes(bytes, name), 'binary-input', name);
    assert.ok(e.message.includes(kind), `${name}: ${e.message}`);
    assert.ok(e.message.endsWith('not text or HTML'), e.message);
  }
  const pdf = assertUserError(() => decodeBytes(cases[0][1], 'report.pdf'), 'binary-input', 'report.pdf');
  assert.equal(pdf.message, 'report.pdf: looks like a binary file (PDF), not text or HTML');
  assert.ok(pdf.hint?.includes('pdftotext'));
});

test('NUL bytes early in a file mean binary; text that merely mentions a magic number is fine', () => {
  const early = Buffer.concat([Buffer.from('some text'), Buffer.from([0, 1, 2, 0]), Buffer.from('more')]);
  assertUserError(() => decodeBytes(early, 'blob.dat'), 'binary-input', 'blob.dat');
  assert.ok(decodeBytes(Buffer.from('The leaked %PDF-1.4 file was not published.'), 'note.txt').includes('%PDF-1.4'));
  assert.ok(decodeBytes(Buffer.from('PK delegation arrived.'), 'pk.txt').startsWith('PK'));
});

test('a stray NUL past the first 8 KB is kept for cleanText to strip, not treated as binary', () => {
  const bytes = Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0]), Buffer.from('tail')]);
  assert.ok(decodeBytes(bytes, 'late-nul.txt').endsWith('\u0000tail'));
});

// Writes the hostile inputs too big to commit into a folder under os.tmpdir(): the larger floods of
// cases.ts and the giants (a 50 MB line, a gzip bomb, 100k-item feeds, 100k nested tags).
import { mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { COMMIT_LIMIT, hostileCases } from './cases.ts';

const LINE = 'President Kassym-Jomart Tokayev of Kazakhstan met President Ukhnaagiin Khurelsukh of Mongolia in Astana on 3 July 2024 and discussed trade. ';

function writeRepeated(path: string, head: string, unit: string, bytes: number, tail: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    const chunk = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
    let written = 0;
    while (written < bytes) {
      const n = Math.min(chunk.length, bytes - written);
      writeSync(fd, chunk, 0, n);
      written += n;
    }
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

/**
 * Many gzip members back to back are one valid gzip stream: a 10 MiB block of zeros compresses to
 * about 10 KB, so `members` of them inflate to members × 10 MiB from a file of a few hundred KB.
 */
function gzipBomb(members: number): Buffer {
  const one = gzipSync(Buffer.alloc(10 << 20), { level: 9 });
  return Buffer.concat(Array.from({ length: members }, () => one));
}

export interface GeneratedCorpus { dir: string; files: string[]; cleanup: () => void }

export function generateCorpus(): GeneratedCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'readout-hostile-'));
  const files: string[] = [];
  const put = (name: string, bytes: Buffer | string) => {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, bytes);
    files.push(p);
  };
  for (const [name, bytes] of hostileCases()) if (bytes.length > COMMIT_LIMIT) put(name, bytes);

  mkdirSync(join(dir, 'giant'), { recursive: true });
  const line50 = join(dir, 'giant', 'line-50mb.txt');
  writeRepeated(line50, '', LINE, 50 << 20, '');
  files.push(line50);
  const line50feed = join(dir, 'giant', 'line-50mb.xml');
  writeRepeated(line50feed, '<rss version="2.0"><channel><item><title>x</title><description>', LINE, 50 << 20, '</description></item></channel></rss>');
  files.push(line50feed);
  // Just under the default 10 MiB cap, so the readers must parse it rather than refuse it by size.
  const line9 = join(dir, 'giant', 'line-9mb-one-word.txt');
  writeRepeated(line9, '', 'a', 9 << 20, '');
  files.push(line9);

  const bomb = gzipBomb(100);
  put('giant/gzip-bomb.html', bomb);
  put('giant/gzip-bomb.xml', bomb);
  put('giant/gzip-bomb.txt.gz', bomb);
  // Served over loopback with Content-Encoding: gzip, where a client that inflates would be hit.
  put('giant/served-gzip-bomb.html', bomb);
  put('giant/served-gzip-bomb.xml', bomb);

  const items = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');
  const rss = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title>${body}</channel></rss>`;
  put('giant/feed-100k-teasers.xml', rss(items(100_000, (i) => `<item><title>t${i}</title><description>short</description></item>`)));
  put('giant/feed-100k-private-links.xml', rss(items(100_000, (i) => `<item><title>t${i}</title><link>http://10.0.${(i >> 8) & 255}.${i & 255}/n/${i}</link></item>`)));
  put('giant/feed-100k-duplicate-guids.rss', rss(items(100_000, () => '<item><guid>same</guid><link>javascript:void(0)</link></item>')));
  put('giant/feed-100k-entities.xml', rss(`<item><title>${'&#x4B;&amp;'.repeat(100_000)}</title><description>${LINE.repeat(5)}</description></item>`));
  put('giant/nested-100k-div.html', `<html><body>${'<div>'.repeat(100_000)}<p>${LINE.repeat(3)}</p>${'</div>'.repeat(100_000)}</body></html>`);
  put('giant/nested-100k-unclosed.html', `<html><body>${'<b><i>'.repeat(50_000)}<p>${LINE.repeat(3)}</p></body></html>`);
  put('giant/nested-100k.xml', rss(`<item><title>deep</title><description>${LINE.repeat(5)}</description></item>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}`));
  put('giant/nested-100k.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  put('giant/many-articles-100k.json', `[${items(100_000, () => '{"text":""},').slice(0, -1)}]`);

  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

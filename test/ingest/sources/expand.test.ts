import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { lookup } from 'node:dns/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Article } from '../../../src/model/article.ts';
import { expandSources, checkSourceArgs, type SourceOptions } from '../../../src/ingest/sources/expand.ts';
import { fetchUrl } from '../../../src/ingest/sources/fetch-url.ts';
import { forbiddenAddressReason } from '../../../src/ingest/sources/address-guard.ts';
import { isSourceFailure, type SourceItem } from '../../../src/ingest/sources/types.ts';
import { UserError } from '../../../src/model/errors.ts';

const BODY = 'President Kassym-Jomart Tokayev of Kazakhstan met President Ukhnaagiin Khurelsukh of Mongolia in Astana on 3 July 2024 on the sidelines of the SCO summit. The two leaders discussed trade, transport corridors and energy, and agreed to raise bilateral trade to 500 million US dollars. Tokayev accepted an invitation to make a state visit to Mongolia later in the year. The presidents also reviewed cooperation in agriculture, mining and culture, and instructed their governments to prepare a road map. ';

async function collect(args: string[], opts: SourceOptions = {}): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of expandSources(args, opts)) out.push(x);
  return out;
}
const articles = (items: SourceItem[]) => items.filter((x): x is Article => !isSourceFailure(x));
const failures = (items: SourceItem[]) => items.filter(isSourceFailure);

function rss(items: { title: string; link: string; date: string; body?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Steppe Wire &amp; Co</title>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate>${i.body ? `<content:encoded><![CDATA[<p>${i.body}</p>]]></content:encoded>` : '<description>Short teaser &c;.</description>'}</item>`).join('\n')}
</channel></rss>`;
}

describe('sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'readout-sources-'));
  let server: Server;
  let base = '';
  const hits: string[] = [];

  before(async () => {
    writeFileSync(join(dir, 'a.txt'), `Leaders meet in Astana\n\n${BODY}`);
    writeFileSync(join(dir, 'b.html'), `<!doctype html><html lang="en"><head><title>Visit</title><meta property="article:published_time" content="2024-10-29T09:00:00+08:00"></head><body><nav>Home | World</nav><article><h1>State visit</h1><p>${BODY}</p><p>${BODY}</p></article><footer>© Steppe Wire</footer></body></html>`);
    writeFileSync(join(dir, 'c.json'), JSON.stringify([{ url: 'https://example.org/c1', title: 'C1', published: '2024-07-04', text: BODY }, { url: 'https://example.org/c2', title: 'C2', published: '2024-07-05', text: `${BODY} Second.` }]));
    writeFileSync(join(dir, 'd.jsonl'), [{ title: 'D1', published: '2024-07-06', text: `${BODY} D1.` }, { title: 'D2', text: `${BODY} D2.` }].map((o) => JSON.stringify(o)).join('\n'));
    mkdirSync(join(dir, 'tree', 'sub'), { recursive: true });
    mkdirSync(join(dir, 'tree', '.hidden'));
    writeFileSync(join(dir, 'tree', 'z.txt'), `Z\n\n${BODY}`);
    writeFileSync(join(dir, 'tree', 'sub', 'm.md'), `M\n\n${BODY}`);
    writeFileSync(join(dir, 'tree', '.draft.txt'), `hidden\n\n${BODY}`);
    writeFileSync(join(dir, 'tree', '.hidden', 'h.txt'), `hidden\n\n${BODY}`);
    writeFileSync(join(dir, 'tree', 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'tree', 'a.txt'), `A\n\n${BODY}`);
    writeFileSync(join(dir, 'feed.xml'), rss([{ title: 'Full item', link: 'https://example.org/f1', date: 'Tue, 29 Oct 2024 23:30:00 +0800', body: BODY }]));
    writeFileSync(join(dir, 'feed.atom'), `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Nomad News</title>
<entry><title>Atom entry</title><link rel="alternate" href="https://example.org/atom/1"/><link rel="replies" href="https://example.org/atom/1/comments"/><published>2024-07-04T10:00:00+05:00</published><content type="html">&lt;p&gt;${BODY}&lt;/p&gt;</content></entry></feed>`);

    server = createServer((req, res) => {
      hits.push(req.url!);
      const u = req.url!;
      if (u === '/feed') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(rss([
          { title: 'Teaser one', link: `${base}/page/1`, date: 'Wed, 30 Oct 2024 08:00:00 +0000' },
          { title: 'Full two', link: `${base}/page/2`, date: 'Wed, 30 Oct 2024 09:00:00 +0000', body: `${BODY} Two.` },
          { title: 'Broken link', link: `${base}/missing`, date: 'Wed, 30 Oct 2024 10:00:00 +0000' },
        ]));
      } else if (u === '/page/1') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<html><head><title>Page one</title></head><body><article><p>${BODY}</p><p>Page one.</p></article></body></html>`);
      } else if (u === '/plain') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`Plain\n\n${BODY}`);
      } else if (u === '/image') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end('PNG');
      } else if (u === '/huge') {
        // No content-length: the cap must hold while streaming.
        res.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = 'x'.repeat(64 * 1024);
        let sent = 0;
        const push = () => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent >= 200) res.end();
          else res.once('drain', push);
        };
        push();
      } else if (u === '/slow') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('start');
        setTimeout(() => res.end(' end'), 3000).unref();
      } else if (u.startsWith('/redirect-to?')) {
        res.writeHead(302, { location: decodeURIComponent(u.slice('/redirect-to?'.length)) });
        res.end();
      } else if (u.startsWith('/loop/')) {
        const n = Number(u.slice(6));
        res.writeHead(301, { location: `/loop/${n + 1}` });
        res.end();
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('text, HTML, JSON and JSON Lines files', async () => {
    const got = articles(await collect([join(dir, 'a.txt'), join(dir, 'b.html'), join(dir, 'c.json'), join(dir, 'd.jsonl')]));
    assert.deepEqual(got.map((a) => a.title), ['Leaders meet in Astana', 'Visit', 'C1', 'C2', 'D1', 'D2']);
    assert.equal(got[1].published, '2024-10-29');
    assert.ok(!got[1].text.includes('Home | World'), 'page chrome is dropped');
    assert.deepEqual(got.map((a) => a.url), [null, null, 'https://example.org/c1', 'https://example.org/c2', null, null]);
  });

  test('a directory is walked recursively in name order, skipping dotfiles and unknown types', async () => {
    const got = articles(await collect([join(dir, 'tree')]));
    assert.deepEqual(got.map((a) => a.source!.slice(dir.length)), ['/tree/a.txt', '/tree/sub/m.md', '/tree/z.txt']);
  });

  test('RSS and Atom files: full items are used as they are, entities are not expanded', async () => {
    const got = await collect([join(dir, 'feed.xml'), join(dir, 'feed.atom')]);
    const a = articles(got);
    assert.equal(failures(got).length, 0);
    assert.deepEqual(a.map((x) => [x.title, x.url, x.published]), [
      ['Full item', 'https://example.org/f1', '2024-10-29'],
      ['Atom entry', 'https://example.org/atom/1', '2024-07-04'],
    ]);
    assert.ok(a[0].text.includes('Tokayev') && a[1].text.includes('Khurelsukh'));
  });

  test('a feed over http: full items used, teasers replaced by their page, a broken link fails alone', async () => {
    hits.length = 0;
    const got = await collect([`${base}/feed`], { allowPrivate: true });
    const a = articles(got);
    assert.deepEqual(a.map((x) => x.title), ['Page one', 'Full two']);
    assert.equal(a[0].url, `${base}/page/1`);
    assert.equal(a[0].published, '2024-10-30', "the feed's date fills in for a page without one");
    assert.ok(!hits.includes('/page/2'), 'a full item is not fetched');
    const f = failures(got);
    assert.equal(f.length, 1);
    assert.match(f[0].reason, /HTTP 404/);
    assert.match(f[0].source, /item 3/);
  });

  test('without --allow-private, loopback URLs and redirects to private addresses are refused', async () => {
    const [direct] = await collect([`${base}/plain`]);
    assert.ok(isSourceFailure(direct));
    assert.match(direct.reason, /127\.0\.0\.1 is a private.*--allow-private/);
    // The first hop is a trusted origin; where it redirects is checked again.
    for (const target of ['http://10.0.0.1/x', 'http://0x7f000001/', 'http://[::ffff:127.0.0.1]/', 'http://169.254.169.254/latest/meta-data/']) {
      await assert.rejects(fetchUrl(`${base}/redirect-to?${encodeURIComponent(target)}`, { allowOrigins: [base] }), (e: Error) => /redirected to .*refused/.test(e.message), target);
    }
    await assert.rejects(fetchUrl(`${base}/redirect-to?${encodeURIComponent('file:///etc/passwd')}`, { allowOrigins: [base] }), /only http and https/);
    // With the flag the same redirect is followed.
    const ok = await fetchUrl(`${base}/redirect-to?${encodeURIComponent('/plain')}`, { allowPrivate: true });
    assert.equal(ok.url, `${base}/plain`);
    assert.equal(ok.kind, 'text');
  });

  test('a host name resolving to a private address is refused after lookup', async (t) => {
    const name = hostname();
    const addr = await lookup(name).catch(() => null);
    if (!addr || !forbiddenAddressReason(addr.address)) return t.skip(`${name} does not resolve to a private address here`);
    const port = (server.address() as AddressInfo).port;
    await assert.rejects(fetchUrl(`http://${name}:${port}/plain`), /resolves to .* private/);
  });

  test('fetch limits: redirects, size, content type, time', async () => {
    await assert.rejects(fetchUrl(`${base}/loop/0`, { allowPrivate: true }), /more than 5 redirects/);
    await assert.rejects(fetchUrl(`${base}/huge`, { allowPrivate: true, maxBytes: 1_000_000 }), /larger than the limit of 1,000,000 bytes/);
    await assert.rejects(fetchUrl(`${base}/image`, { allowPrivate: true }), /content type image\/png is not/);
    await assert.rejects(fetchUrl(`${base}/slow`, { allowPrivate: true, totalTimeoutMs: 300 }), /longer than 0.3 s/);
    await assert.rejects(fetchUrl('ftp://example.org/x'), /only http and https/);
  });

  test('bad arguments are user errors before anything is read', async () => {
    await assert.rejects(checkSourceArgs([join(dir, 'nope.txt')]), (e: unknown) => e instanceof UserError && /no such file or directory: .*nope\.txt/.test(e.message));
    await assert.rejects(checkSourceArgs(['ftp://example.org/feed']), (e: unknown) => e instanceof UserError && /only http and https/.test(e.message));
    await assert.rejects(checkSourceArgs(['-', '-']), UserError);
    await assert.rejects(checkSourceArgs([]), UserError);
    await checkSourceArgs([dir, join(dir, 'a.txt'), 'https://example.org/feed']);
  });

  test('an unreadable input fails alone and the rest are read', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const got = await collect([join(dir, 'empty.txt'), join(dir, 'a.txt')]);
    assert.equal(failures(got).length, 1);
    assert.match(failures(got)[0].reason, /empty/);
    assert.equal(articles(got).length, 1);
  });
});

// The SSRF guard on every fetched URL: literal addresses in every spelling, names that resolve to
// private addresses, each hop of a redirect, IPv6 and encoded forms. Only loopback servers are used,
// and each counts its hits: a refused fetch must not have reached it at all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import dns from 'node:dns';
import { syncBuiltinESMExports } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchUrl } from '../../src/ingest/sources/fetch-url.ts';
import { expandSources } from '../../src/ingest/sources/expand.ts';
import { isSourceFailure, type SourceItem } from '../../src/ingest/sources/types.ts';

type Lookup = typeof dns.lookup;
const realLookup: Lookup = dns.lookup;
/** Fake DNS for names under .test (RFC 2606): the guard resolves through dns.lookup, so this is what it sees. */
const FAKE: Record<string, string[]> = {
  'loop.rebind.test': ['127.0.0.1'],
  'mixed.rebind.test': ['93.184.216.34', '127.0.0.1'],
  'metadata.rebind.test': ['169.254.169.254'],
  'v6loop.rebind.test': ['::1'],
  'mapped.rebind.test': ['::ffff:127.0.0.1'],
  'private.rebind.test': ['10.0.0.7'],
};

function fakeLookup(host: string, opts: unknown, cb?: unknown): void {
  const callback = (typeof opts === 'function' ? opts : cb) as (e: Error | null, a: unknown, f?: number) => void;
  const o = (typeof opts === 'object' && opts ? opts : {}) as { all?: boolean };
  const addrs = FAKE[host];
  if (!addrs) return void (realLookup as unknown as (h: string, o: unknown, c: unknown) => void)(host, opts, cb);
  const list = addrs.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  if (o.all) callback(null, list);
  else callback(null, list[0].address, list[0].family);
}

interface Counted { server: Server; base: string; port: number; hits: string[] }

async function counted(handler?: (url: string, res: import('node:http').ServerResponse) => void): Promise<Counted> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url!);
    if (handler) return handler(req.url!, res);
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('President Tokayev of Kazakhstan met President Khurelsukh of Mongolia in Astana.');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { server, base: `http://127.0.0.1:${port}`, port, hits };
}

describe('SSRF guard', () => {
  let target: Counted;
  let trusted: Counted;

  before(async () => {
    (dns as { lookup: unknown }).lookup = fakeLookup;
    syncBuiltinESMExports();
    target = await counted();
    // A trusted origin (allowOrigins) whose redirects must each be checked again.
    trusted = await counted((url, res) => {
      const to = decodeURIComponent(url.replace(/^\/go\?/, ''));
      if (url.startsWith('/go?')) {
        res.writeHead(302, { location: to });
        return void res.end();
      }
      if (url === '/chain') {
        res.writeHead(301, { location: '/go?' + encodeURIComponent(`http://[::ffff:7f00:1]:${target.port}/via-chain`) });
        return void res.end();
      }
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    });
  });
  after(() => {
    (dns as { lookup: unknown }).lookup = realLookup;
    syncBuiltinESMExports();
    target.server.close();
    trusted.server.close();
  });

  test('every spelling of a loopback or private literal is refused before any connection', async () => {
    const p = target.port;
    const spellings = [
      `127.0.0.1:${p}`, `127.0.0.1.:${p}`, `0x7f000001:${p}`, `0X7F.0.0.1:${p}`, `2130706433:${p}`, `017700000001:${p}`, `0177.0.0.01:${p}`,
      `127.1:${p}`, `127.0.1:${p}`, `%31%32%37.0.0.1:${p}`, `0:${p}`, `0.0.0.0:${p}`, `localhost:${p}`, `LOCALHOST.:${p}`, `api.localhost:${p}`,
      `[::1]:${p}`, `[0:0:0:0:0:0:0:1]:${p}`, `[::ffff:127.0.0.1]:${p}`, `[::ffff:7f00:1]:${p}`, `[0:0:0:0:0:ffff:127.0.0.1]:${p}`,
      `[64:ff9b::7f00:1]:${p}`, `[2002:7f00:1::]:${p}`, `[::]:${p}`, `[fe80::1]:${p}`, `[fc00::1]:${p}`, `[fd00::1]:${p}`,
      `10.0.0.1:${p}`, `172.16.0.1:${p}`, `192.168.1.1:${p}`, `169.254.169.254:${p}`, `100.64.0.1:${p}`, `[::ffff:a9fe:a9fe]:${p}`,
    ];
    for (const host of spellings) {
      await assert.rejects(fetchUrl(`http://${host}/x`, { connectTimeoutMs: 500, totalTimeoutMs: 1000 }), (e: Error) => /refused|not fetched|private|local machine/.test(e.message), `http://${host}/ must be refused`);
    }
    assert.deepEqual(target.hits, [], 'nothing reached the loopback server');
  });

  test('names resolving to a private address are refused after lookup, even when one address of several is public', async () => {
    for (const name of Object.keys(FAKE)) {
      await assert.rejects(fetchUrl(`http://${name}:${target.port}/x`, { connectTimeoutMs: 500, totalTimeoutMs: 1000 }), /resolves to .*(private|loopback|reserved|wraps)/, name);
    }
    assert.deepEqual(target.hits, []);
  });

  test('each redirect hop is checked again: literal, encoded, IPv6, resolved and chained targets', async () => {
    const p = target.port;
    const targets = [`http://127.0.0.1:${p}/r1`, `http://0x7f000001:${p}/r2`, `http://[::1]:${p}/r3`, `http://[::ffff:127.0.0.1]:${p}/r4`,
      `http://loop.rebind.test:${p}/r5`, `http://mixed.rebind.test:${p}/r6`, `http://%6c%6f%63%61%6c%68%6f%73%74:${p}/r7`, `http://127.1:${p}/r8`];
    for (const to of targets) {
      await assert.rejects(fetchUrl(`${trusted.base}/go?${encodeURIComponent(to)}`, { allowOrigins: [trusted.base], totalTimeoutMs: 2000 }), (e: Error) => /redirected to .*refused|resolves to/.test(e.message), to);
    }
    await assert.rejects(fetchUrl(`${trusted.base}/chain`, { allowOrigins: [trusted.base], totalTimeoutMs: 2000 }), /refused/);
    for (const scheme of ['file:///etc/passwd', 'javascript:alert(1)', 'gopher://127.0.0.1:6379/_INFO', 'ftp://127.0.0.1/']) {
      await assert.rejects(fetchUrl(`${trusted.base}/go?${encodeURIComponent(scheme)}`, { allowOrigins: [trusted.base] }), /only http and https|not a valid URL|invalid URL/, scheme);
    }
    assert.deepEqual(target.hits, [], 'no redirect reached the private server');
    // The same redirect to a trusted origin is followed: the guard refuses by address, not by rote.
    const ok = await fetchUrl(`${trusted.base}/go?${encodeURIComponent(`${trusted.base}/landing`)}`, { allowOrigins: [trusted.base] });
    assert.equal(ok.url, `${trusted.base}/landing`);
  });

  test('feed item links pass the same guard; credentials in a URL are refused', async () => {
    const items: SourceItem[] = [];
    for await (const x of expandSources([`http://user:pw@127.0.0.1:${target.port}/feed`, `http://0177.1:${target.port}/`])) items.push(x);
    assert.equal(items.length, 2);
    assert.ok(items.every(isSourceFailure));
    assert.deepEqual(target.hits, []);
  });
});

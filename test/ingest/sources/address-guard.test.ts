import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forbiddenAddressReason, forbiddenHostReason, parseLooseIpv4 } from '../../../src/ingest/sources/address-guard.ts';

test('private, loopback, link-local, CGNAT, multicast, unspecified and mapped addresses are refused', () => {
  const refused = [
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255', '192.168.0.1', '192.168.255.255',
    '169.254.169.254', '100.64.0.1', '100.127.255.255', '0.0.0.0', '224.0.0.1', '239.255.255.250', '255.255.255.255',
    '::1', '[::1]', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:c0a8:101::1',
    // Other spellings of 127.0.0.1 that resolvers accept.
    '0x7f000001', '2130706433', '017700000001', '127.1', '0x7f.0.0.1', '0177.0.0.01', 'localhost', 'api.localhost',
  ];
  for (const h of refused) assert.ok(forbiddenHostReason(h), `${h} must be refused`);
});

test('public addresses pass the pure check (never connected to here)', () => {
  const allowed = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '100.63.255.255', '192.169.0.1',
    '2606:4700::1', '2001:4860:4860::8888', '::ffff:93.184.216.34', 'example.org', 'news.example.mn'];
  for (const h of allowed) assert.equal(forbiddenHostReason(h), null, h);
});

test('loose IPv4 spellings are read as inet_aton does; other strings are not addresses', () => {
  assert.equal(parseLooseIpv4('0x7f000001'), '127.0.0.1');
  assert.equal(parseLooseIpv4('2130706433'), '127.0.0.1');
  assert.equal(parseLooseIpv4('017700000001'), '127.0.0.1');
  assert.equal(parseLooseIpv4('10.1'), '10.0.0.1');
  assert.equal(parseLooseIpv4('192.168.257'), '192.168.1.1');
  assert.equal(parseLooseIpv4('256.1.1.1'), null);
  assert.equal(parseLooseIpv4('1.2.3.4.5'), null);
  assert.equal(parseLooseIpv4('08.1.1.1'), null, '08 is not octal');
  assert.equal(parseLooseIpv4('example.org'), null);
  assert.equal(parseLooseIpv4('4294967296'), null, 'past 32 bits');
});

test('the reason names the address and what it is', () => {
  assert.match(forbiddenAddressReason('10.0.0.1')!, /10\.0\.0\.1 is a private/);
  assert.match(forbiddenHostReason('0x7f000001')!, /0x7f000001 \(127\.0\.0\.1 is a private/);
  assert.match(forbiddenAddressReason('::ffff:127.0.0.1')!, /wraps 127\.0\.0\.1/);
  assert.match(forbiddenAddressReason('not-an-ip')!, /not an IP address/);
});

import { BlockList, isIP } from 'node:net';
import networks from './data/forbidden-networks.json' with { type: 'json' };

/**
 * Decides which addresses a fetch may connect to. Fetching user-given URLs from a server must not
 * let a feed or a redirect reach the machine's own services or its private network (SSRF).
 */

const blocked = new BlockList();
for (const cidr of networks.ipv4) {
  const [net, bits] = cidr.split('/');
  blocked.addSubnet(net, Number(bits), 'ipv4');
}
for (const cidr of networks.ipv6) {
  const [net, bits] = cidr.split('/');
  blocked.addSubnet(net, Number(bits), 'ipv6');
}

/** One part of a loose IPv4 form: decimal, 0x hex or 0-led octal, as inet_aton reads it. */
function loosePart(p: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(p)) return p.length === 2 ? 0 : parseInt(p.slice(2), 16);
  if (/^0[0-7]*$/.test(p)) return parseInt(p, 8);
  if (/^[1-9][0-9]*$/.test(p)) return parseInt(p, 10);
  return null;
}

/**
 * The dotted-quad form of an IPv4 address written any way resolvers accept: "127.0.0.1",
 * "2130706433", "0x7f000001", "017700000001", "127.1". Null when `host` is not such a literal.
 */
export function parseLooseIpv4(host: string): string | null {
  const parts = host.replace(/\.$/, '').split('.');
  if (parts.length < 1 || parts.length > 4 || parts.some((p) => p === '')) return null;
  const nums = parts.map(loosePart);
  if (nums.some((n) => n === null || !Number.isFinite(n))) return null;
  const vals = nums as number[];
  const last = vals[vals.length - 1];
  const head = vals.slice(0, -1);
  if (head.some((n) => n > 255)) return null;
  const lastMax = 2 ** (8 * (5 - vals.length)) - 1;
  if (last > lastMax) return null;
  let value = last;
  head.forEach((n, i) => (value += n * 2 ** (8 * (3 - i))));
  return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join('.');
}

function ipv6Words(ip: string): number[] | null {
  let s = ip.toLowerCase().split('%')[0];
  // A trailing dotted quad ("::ffff:127.0.0.1") is two 16-bit words.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (quad) {
    const o = quad[1].split('.').map(Number);
    s = s.slice(0, -quad[1].length) + `${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const [left, right] = s.includes('::') ? s.split('::') : [s, null];
  const l = left ? left.split(':') : [];
  const r = right ? right.split(':') : [];
  const fill = right === null ? 0 : 8 - l.length - r.length;
  if (fill < 0) return null;
  const words = [...l, ...Array(fill).fill('0'), ...r].map((w) => parseInt(w, 16));
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : null;
}

/** The IPv4 address an IPv6 address carries (mapped, NAT64 or 6to4), which is what it really reaches. */
function embeddedIpv4(ip: string): string | null {
  const w = ipv6Words(ip);
  if (!w) return null;
  const quad = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  if (w.slice(0, 5).every((x) => x === 0) && w[5] === 0xffff) return quad(w[6], w[7]);
  if (w[0] === 0x64 && w[1] === 0xff9b && w.slice(2, 6).every((x) => x === 0)) return quad(w[6], w[7]);
  if (w[0] === 0x2002) return quad(w[1], w[2]);
  return null;
}

/** Why connecting to this IP address is refused, or null when it is a public address. */
export function forbiddenAddressReason(ip: string): string | null {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return blocked.check(bare, 'ipv4') ? `${bare} is a private, loopback or reserved address` : null;
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner) {
      const why = forbiddenAddressReason(inner);
      return why ? `${bare} wraps ${inner}, ${why.replace(/^\S+ is /, '')}` : null;
    }
    return blocked.check(bare.split('%')[0], 'ipv6') ? `${bare} is a private, loopback, link-local or reserved address` : null;
  }
  return `${ip} is not an IP address`;
}

/** The IP literal a URL host names (in any IPv4 spelling, or bracketed IPv6), or null for a host name. */
export function ipLiteralOf(host: string): string | null {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return bare;
  return parseLooseIpv4(bare);
}

/** Why a URL's host is refused before any lookup (an IP literal in a forbidden range, or "localhost"), or null. */
export function forbiddenHostReason(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return `${host} is the local machine`;
  const ip = ipLiteralOf(h);
  if (!ip) return null;
  const why = forbiddenAddressReason(ip);
  // Name the spelling the user wrote as well when it was an unusual form of the address.
  return why && ip !== h.replace(/^\[|\]$/g, '') ? `${host} (${why})` : why;
}

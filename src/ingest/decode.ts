import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { UserError } from '../model/errors.ts';
import { assertNotBinary } from './binary.ts';
import { declaredCharset } from './charset.ts';
import { looksLikeWindows1252 } from './legacy-text.ts';
import { scanUtf8 } from './utf8-scan.ts';

const startsWith = (bytes: Buffer, ...prefix: number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

// BOM-less UTF-16 from Windows tools: ASCII-range text puts a NUL in every other byte. Requiring
// nearly all of one parity to be NUL and nearly none of the other keeps binaries out.
const UTF16_PROBE = 4096;
function guessBomlessUtf16(bytes: Buffer): 'utf16le' | 'utf16be' | null {
  const n = Math.min(bytes.length, UTF16_PROBE) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.9 && evenNul <= pairs * 0.02) return 'utf16le';
  if (evenNul >= pairs * 0.9 && oddNul <= pairs * 0.02) return 'utf16be';
  return null;
}

function invalidUtf8(name: string, offset: number): UserError {
  return new UserError(
    'invalid-utf8',
    `${name}: not valid UTF-8 at byte ${offset} and no charset declared`,
    're-save the file as UTF-8 or pass an HTML file with <meta charset>',
  );
}

/**
 * Bytes to a string, refusing binaries. Order: BOM (UTF-8/16), valid UTF-8, a declared charset,
 * windows-1252 when the bytes read like Western legacy text, otherwise a `UserError`.
 */
export function decodeBytes(bytes: Buffer, name: string): string {
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    throw new UserError('unsupported-encoding', `${name}: is UTF-32, which is not supported`, 're-save the file as UTF-8');
  }
  if (startsWith(bytes, 0xff, 0xfe)) {
    assertNotBinary(bytes, name, true);
    return iconv.decode(bytes.subarray(2), 'utf16le');
  }
  if (startsWith(bytes, 0xfe, 0xff)) {
    assertNotBinary(bytes, name, true);
    return iconv.decode(bytes.subarray(2), 'utf16be');
  }
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16 !== null) {
    assertNotBinary(bytes, name, true);
    return iconv.decode(bytes, bomless16);
  }
  assertNotBinary(bytes, name, false);

  const hasUtf8Bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return body.toString('utf8');

  const scan = scanUtf8(body);
  const offset = scan.firstInvalid + (hasUtf8Bom ? 3 : 0);
  // A UTF-8 BOM is the file's own claim to be UTF-8: the broken bytes are damage, not another charset.
  if (hasUtf8Bom) throw invalidUtf8(name, offset);

  const charset = declaredCharset(body);
  if (charset !== null && charset !== 'utf-8' && charset !== 'utf8') return iconv.decode(body, charset);
  if (looksLikeWindows1252(body, scan)) return iconv.decode(body, 'windows-1252');
  throw invalidUtf8(name, offset);
}

export interface Utf8Scan {
  /** Byte offset of the first sequence that is not UTF-8, or -1 when the whole buffer is valid. */
  firstInvalid: number;
  /** Well-formed multi-byte sequences seen: evidence that the file really is UTF-8. */
  validMultiByte: number;
  /** Bytes that could not start or continue a sequence. */
  invalidBytes: number;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** One linear pass classifying the bytes as UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let validMultiByte = 0;
  let invalidBytes = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let ok = len > 0 && i + len <= n;
    if (ok) {
      const second = bytes[i + 1];
      ok = second >= lo && second <= hi;
      for (let k = 2; ok && k < len; k++) ok = isContinuation(bytes[i + k]);
    }
    if (ok) {
      validMultiByte++;
      i += len;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalidBytes++;
      i++;
    }
  }
  return { firstInvalid, validMultiByte, invalidBytes };
}

import type { Utf8Scan } from './utf8-scan.ts';

// Bytes windows-1252 leaves undefined: a file holding them was not written in it.
const UNDEFINED_IN_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

// Western single-byte text is mostly ASCII with an accented letter or curly quote here and there.
// Double-byte encodings (Shift_JIS, GBK, Big5) and Cyrillic/Greek code pages put non-ASCII bytes in
// long runs instead; decoding those as windows-1252 would produce mojibake, so they are refused.
const MAX_HIGH_SHARE = 0.3;
const LONG_RUN = 3;
const MAX_LONG_RUN_SHARE = 0.2;

/**
 * Judges whether bytes that are not UTF-8 read as windows-1252 prose. `scan` is the file's UTF-8
 * scan: a file with more well-formed UTF-8 sequences than broken bytes is damaged UTF-8, not legacy text.
 */
export function looksLikeWindows1252(bytes: Uint8Array, scan: Utf8Scan): boolean {
  if (scan.validMultiByte > scan.invalidBytes) return false;
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i] : 0x20;
    if (b >= 0x80) {
      if (UNDEFINED_IN_1252.has(b)) return false;
      high++;
      run++;
      continue;
    }
    if (run >= LONG_RUN) inLongRuns += run;
    run = 0;
    // Controls other than tab, newline, form feed and carriage return do not occur in text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
  }
  if (high === 0) return false;
  return high / bytes.length <= MAX_HIGH_SHARE && inLongRuns / high <= MAX_LONG_RUN_SHARE;
}

import * as chars from './chars.ts';
import * as tokens from './tokens.ts';
import type { GazetteerIndex, ScanNode, Variant } from './build.ts';
import type { PlaceMention } from './types.ts';

// The scanner walks the text once, stopping only at capitalised words. From each it reads on word by
// word while the words so far begin some name (the scan map holds every leading part of every name),
// then takes the longest reading that fits. No regular expression over the name list is involved, so
// the cost grows with the text, not with the size of the gazetteer.

// Imported bindings are read through accessors once transpiled, which costs more than the work
// itself in a per-character loop; local copies are plain reads.
const TABLE = chars.classTable();
const charClass = chars.charClass;
const fold = chars.fold;
const UPPER = chars.UPPER;
const COMMA = tokens.COMMA;
const hasPossessive = tokens.hasPossessive;
const isAbbreviation = tokens.isAbbreviation;
const nextTokenStart = tokens.nextTokenStart;
const wordEnd = tokens.wordEnd;
const hashStep = tokens.hashStep;
const FILTER_MASK = tokens.FILTER_MASK;

const MAX_TOKENS = 24;
const tStart = new Int32Array(MAX_TOKENS);
const tEnd = new Int32Array(MAX_TOKENS);
/** Folded words as written, and their upper-case keys. */
const tFold: string[] = new Array(MAX_TOKENS).fill('');
const tKey: string[] = new Array(MAX_TOKENS).fill('');
/** tPrefix[j]: keys of words 0..j joined by spaces; tNode[j] its scan node, tCore[j] the node without a final "'s". */
const tPrefix: string[] = new Array(MAX_TOKENS).fill('');
const tNode: (ScanNode | undefined)[] = new Array(MAX_TOKENS).fill(undefined);
const tCore: (ScanNode | undefined)[] = new Array(MAX_TOKENS).fill(undefined);
const comma = { at: -1 };

/** Whether case-mapping finds no lower-case letter and some upper-case one ("ASTANA", "U.S."). */
function isAllCaps(s: string): boolean {
  // ASCII words, nearly all of them, are judged by their codes: the case-mapped copies cost more.
  let upper = false;
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c > 127) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

function foldedAt(j: number, count: number, lastFold: string): string {
  return j === count - 1 ? lastFold : tFold[j];
}

/**
 * Whether the words read match a variant's spelling: exactly (after folding), in an all-capitals
 * dateline or headline ("RIO DE JANEIRO", at least 4 letters so acronyms stay exact), or with a
 * lower-case joining word title-cased ("Rio De Janeiro").
 */
function accepts(v: Variant, count: number, lastFold: string): boolean {
  const canon = v.tokens;
  let exact = true;
  for (let j = 0; j < count && exact; j++) if (foldedAt(j, count, lastFold) !== canon[j]) exact = false;
  if (exact) return true;
  if (v.letters >= 4) {
    let caps = true;
    for (let j = 0; j < count && caps; j++) {
      const t = foldedAt(j, count, lastFold);
      if (t !== COMMA && !isAllCaps(t)) caps = false;
    }
    if (caps) return true;
  }
  for (let j = 0; j < count; j++) {
    const t = foldedAt(j, count, lastFold);
    const c = canon[j];
    if (t === c) continue;
    const c0 = c.charCodeAt(0);
    if (!(c0 >= 97 && c0 <= 122) || t !== c[0].toUpperCase() + c.slice(1)) return false;
  }
  return true;
}

function isAscii(text: string, s: number, e: number): boolean {
  for (let j = s; j < e; j++) if (text.charCodeAt(j) > 127) return false;
  return true;
}

/** Tries every name starting at the capitalised word at `s`; returns where scanning resumes. */
function matchAt(ix: GazetteerIndex, text: string, s: number, n: number, out: PlaceMention[]): number {
  const e0 = wordEnd(text, s, n);
  // Most capitalised words (sentence starts, people's names) begin no name at all: rule them out
  // by a hash of the word (and of the word less a final "'s") before building any string.
  let ascii0 = true;
  let h = 0;
  let hCore = 0;
  const coreEnd = e0 - 2;
  for (let j = s; j < e0; j++) {
    const c = text.charCodeAt(j);
    if (c > 127) { ascii0 = false; break; }
    if (j === coreEnd) hCore = h;
    h = hashStep(h, c);
  }
  if (ascii0) {
    const filter = ix.firstFilter;
    if (filter[h & FILTER_MASK] === 0 &&
        !(e0 - s > 3 && filter[hCore & FILTER_MASK] === 1 && hasPossessive(text, s, e0))) return e0;
  }
  const scan = ix.scan;
  const raw0 = text.slice(s, e0);
  const f0 = ascii0 ? raw0 : fold(raw0);
  const poss0 = hasPossessive(text, s, e0);
  const caps0 = isAllCaps(f0);
  const exact = ix.firstExact;
  let n0 = caps0 ? scan.get(f0) : exact.get(f0);
  let c0: ScanNode | undefined;
  if (poss0) c0 = caps0 ? scan.get(f0.slice(0, -2)) : exact.get(f0.slice(0, -2));
  if (n0 === undefined && c0 === undefined) return e0;
  // Continuations are looked up by upper-case key; only build it when some longer name may follow.
  const k0 = caps0 ? f0 : (n0 !== undefined && n0.extends) ? f0.toUpperCase() : '';
  tStart[0] = s; tEnd[0] = e0; tFold[0] = f0; tKey[0] = k0; tPrefix[0] = k0; tNode[0] = n0; tCore[0] = c0;
  let count = 1;

  // Read on while the words so far begin some longer name; a word that fits only without its
  // possessive "'s" ends the run.
  while (count < MAX_TOKENS) {
    const prev = tNode[count - 1];
    if (prev === undefined || !prev.extends) break;
    const q = nextTokenStart(text, tEnd[count - 1], n, isAbbreviation(tKey[count - 1]), comma);
    if (q < 0) break;
    let base = tPrefix[count - 1];
    if (comma.at >= 0) {
      const p = `${base} ${COMMA}`;
      const nd = scan.get(p);
      if (nd === undefined || count + 1 >= MAX_TOKENS) break;
      tStart[count] = comma.at; tEnd[count] = comma.at + 1; tFold[count] = COMMA; tKey[count] = COMMA;
      tPrefix[count] = p; tNode[count] = nd; tCore[count] = undefined;
      count++;
      base = p;
    }
    const e = wordEnd(text, q, n);
    const raw = text.slice(q, e);
    const f = isAscii(text, q, e) ? raw : fold(raw);
    const k = f.toUpperCase();
    const p = `${base} ${k}`;
    const nd = scan.get(p);
    const cd = hasPossessive(text, q, e) ? scan.get(p.slice(0, -2)) : undefined;
    if (nd === undefined && cd === undefined) {
      if (tKey[count - 1] === COMMA) count--;
      break;
    }
    tStart[count] = q; tEnd[count] = e; tFold[count] = f; tKey[count] = k; tPrefix[count] = p; tNode[count] = nd; tCore[count] = cd;
    count++;
  }

  for (let len = count; len >= 1; len--) {
    const last = len - 1;
    const lastEnd = tEnd[last];
    // The whole word first ("St John's"), then without a possessive "'s" ("Kazakhstan's").
    for (let form = 0; form < 2; form++) {
      const nd = form === 0 ? tNode[last] : tCore[last];
      if (nd === undefined || nd.variants.length === 0) continue;
      const lastFold = form === 0 ? tFold[last] : tFold[last].slice(0, -2);
      for (const v of nd.variants) {
        if (!accepts(v, len, lastFold)) continue;
        if (v.kind !== null) {
          const end = form === 0 ? lastEnd : lastEnd - 2;
          out.push({ start: s, end, text: text.slice(s, end), kind: v.kind, iso3: v.iso3, org: v.org, city: v.city });
        }
        return lastEnd;
      }
    }
  }
  return e0;
}

// Candidate starts: a capital not preceded by a letter, digit or mark, so "McDonald" and "iPhone"
// never start a name. Every name in the data begins with a Latin capital; a native regex finds
// them several times faster than a character loop, and test() allocates nothing.
const CANDIDATE = /(?<![A-Za-z0-9\u00C0-\u024F\u0300-\u036F\u1E00-\u1EFF])[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u1E00-\u1EFF]/g;

export function scanWith(ix: GazetteerIndex, text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  const n = text.length;
  const re = CANDIDATE;
  re.lastIndex = 0;
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    let k = TABLE[c];
    if (k === 255) k = charClass(c);
    // Latin Extended mixes cases in one range; a lower-case letter there starts nothing.
    re.lastIndex = k === UPPER ? matchAt(ix, text, i, n, out) : i + 1;
  }
  return out;
}

import type { ExtractionResult } from '../model/result.ts';
import type { BandKey } from '../store/queries/band-candidates.ts';
import { bandKeys, signature, sortedShingles } from './near-duplicate.ts';

/** What near-duplicate detection needs of a text: its shingles to compare, its bands to look up. */
export interface TextPrint {
  shingles: Uint32Array;
  bands: BandKey[];
}

export function textPrint(text: string): TextPrint {
  const shingles = sortedShingles(text);
  return { shingles, bands: bandKeys(signature(shingles)) };
}

// Prints an extraction worker computed beside a result, so the thread that stores does not hash the
// text again. Keyed by the result object, which travels unchanged through any wrapping extractor.
const attached = new WeakMap<ExtractionResult, { text: string; print: TextPrint }>();

export function attachPrint(result: ExtractionResult, text: string, print: TextPrint): void {
  attached.set(result, { text, print });
}

/** The text's print: the one computed with the result when it is for this very text, else computed now. */
export function printFor(result: ExtractionResult, text: string): TextPrint {
  const a = attached.get(result);
  return a && a.text === text ? a.print : textPrint(text);
}

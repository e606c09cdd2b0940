import type { ExtractionResult } from '../model/result.ts';
import type { BandKey } from '../store/band-key.ts';
import { claimScores, type ClaimScores } from './claim-scores.ts';
import { claimDigest } from './claim-texts.ts';
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

/**
 * What an extraction worker computes beside a result, so the thread that stores does not: the text's
 * print, and each engagement as the JSON text its claim is stored as, with that text's digest.
 */
export interface WorkerExtras {
  print: TextPrint;
  engagementsJson: string[];
  /** The digest of each of those texts. */
  engagementsDigest: string[];
  /** Each engagement's code scores (claim-scores.ts), so the thread that stores need not read its codes. */
  engagementsScores: ClaimScores[];
  /**
   * The stored articles in each of the print's band buckets, as the worker read them from the store
   * (BucketReader), when it was given one and the read worked; the thread that stores then skips
   * that query and adds only what it wrote since the article was handed out.
   */
  buckets?: (string | null)[];
}

export function workerExtras(text: string, result: ExtractionResult): WorkerExtras {
  const engagementsJson = result.engagements.map((e) => JSON.stringify(e));
  return { print: textPrint(text), engagementsJson, engagementsDigest: engagementsJson.map(claimDigest), engagementsScores: result.engagements.map((e) => claimScores(e.codes)) };
}

// Keyed by the result object, which travels unchanged through any wrapping extractor.
const attached = new WeakMap<ExtractionResult, { text: string; extras: WorkerExtras }>();

export function attachExtras(result: ExtractionResult, text: string, extras: WorkerExtras): void {
  attached.set(result, { text, extras });
}

/** The extras a worker made with this result, when they are for this very text and its engagements. */
export function extrasFor(result: ExtractionResult, text: string): WorkerExtras | undefined {
  const a = attached.get(result);
  const n = result.engagements.length;
  const x = a?.extras;
  return a && a.text === text && x!.engagementsJson?.length === n && x!.engagementsDigest?.length === n && x!.engagementsScores?.length === n ? x : undefined;
}

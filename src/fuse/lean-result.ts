import type { EngagementRecord } from '../model/engagement.ts';
import type { ExtractionResult } from '../model/result.ts';
import type { WorkerExtras } from './worker-extras.ts';

// Most of an engagement as the extractor gives it: mention offsets and event codes. The thread that
// stores reads neither (it stores each claim's JSON and code scores, both made on the worker), yet
// copying them across from the worker was about a quarter of taking a result in (2,000 bench
// articles: 226 µs a result with them, 170 without), the storing thread's largest cost after SQLite.
const LEFT_OUT = ['spans', 'codes'] as const;

/**
 * The result as an extraction worker posts it when it also posts the engagements' JSON: each
 * engagement without its spans and codes, which keep their places, empty until `restoreLazily`.
 */
export function leanResult(result: ExtractionResult): ExtractionResult {
  return {
    ...result,
    engagements: result.engagements.map((e) => {
      const lean: Record<string, unknown> = { ...e };
      for (const key of LEFT_OUT) if (key in lean) lean[key] = undefined;
      return lean as unknown as EngagementRecord;
    }),
  };
}

/**
 * Puts back the parts `leanResult` left out, read from the engagements' JSON (in `extras`) the
 * first time they are asked for: code that never reads them never pays for them, and code that does
 * sees what the extractor gave (the JSON of plain data reads back as the same values).
 */
export function restoreLazily(result: ExtractionResult, extras: WorkerExtras): void {
  result.engagements.forEach((e, i) => {
    let full: Record<string, unknown> | undefined;
    for (const key of LEFT_OUT) {
      if (!(key in e)) continue;
      const settle = (value: unknown) => Object.defineProperty(e, key, { value, writable: true, enumerable: true, configurable: true });
      Object.defineProperty(e, key, {
        enumerable: true,
        configurable: true,
        get() {
          full ??= JSON.parse(extras.engagementsJson[i]) as Record<string, unknown>;
          const value = full[key];
          settle(value);
          return value;
        },
        set: settle,
      });
    }
  });
}

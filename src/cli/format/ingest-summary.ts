import type { IngestSummary } from '../../fuse/ingest.ts';

/** The one line a run ends with: what was read and what became of it. */
export function summaryLine(s: IngestSummary, seconds: number): string {
  const parts = [
    `read ${s.read}`,
    `new ${s.new}`,
    `duplicates ${s.duplicates}`,
    `near-duplicates ${s.nearDuplicates}`,
    `failed ${s.failed}`,
    `engagements ${s.engagements} (${s.newEngagements} new)`,
  ];
  const reasons = new Map<string, number>();
  for (const f of s.failures) {
    const key = f.reason.replace(/^.*?:\s(?=[a-z])/, '').slice(0, 60);
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  const why = reasons.size ? ` [${[...reasons].map(([r, n]) => `${n}× ${r}`).join('; ')}]` : '';
  return `${s.interrupted ? 'interrupted: ' : ''}${parts.join(', ')}${why} in ${seconds.toFixed(1)} s`;
}

/** One line per failed input, naming it and saying why, for the error stream. */
export function failureLines(s: IngestSummary): string[] {
  return s.failures.map((f) => `failed: ${f.source ?? f.url ?? f.title ?? `input #${f.index + 1}`}: ${f.reason}`);
}

/** The summary for scripts (--json). */
export function summaryJson(s: IngestSummary, seconds: number, store: string): string {
  return JSON.stringify({ store, ...s, seconds: Math.round(seconds * 1000) / 1000 });
}

import type { DateMention } from './types.ts';

/** The ISO day `days` after (or before, when negative) `iso`. */
export function shiftDays(iso: string, days: number): string {
  // Called for every trigger and outcome with the same publication date and offset: remember the last few.
  const key = `${iso}|${days}`;
  const hit = shifted.get(key);
  if (hit !== undefined) return hit;
  const out = new Date(Date.parse(iso + 'T12:00:00Z') + days * 86400000).toISOString().slice(0, 10);
  if (shifted.size >= 256) shifted.clear();
  shifted.set(key, out);
  return out;
}
const shifted = new Map<string, string>();

/** The last day a mention covers (a day, the end of its month or year), or null when it names no period. */
export function periodEnd(d: DateMention): string | null {
  if (d.grain === 'day' && d.date) return d.endDate ?? d.date;
  if (d.grain === 'month' && d.month) {
    const [y, m] = d.month.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  if (d.grain === 'year' && d.year) return `${d.year}-12-31`;
  return null;
}

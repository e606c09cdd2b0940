import type { DateMention } from './types.ts';

/** The ISO day `days` after (or before, when negative) `iso`. */
export function shiftDays(iso: string, days: number): string {
  // Called for every trigger and outcome with the same publication date and offset: remember the
  // last few. Keyed by date, then offset, so a hit builds no "iso|days" key string to hash.
  let byDays = shifted.get(iso);
  if (byDays === undefined) {
    if (shifted.size >= 64) shifted.clear();
    byDays = new Map();
    shifted.set(iso, byDays);
  }
  const hit = byDays.get(days);
  if (hit !== undefined) return hit;
  const out = new Date(Date.parse(iso + 'T12:00:00Z') + days * 86400000).toISOString().slice(0, 10);
  if (byDays.size >= 16) byDays.clear();
  byDays.set(days, out);
  return out;
}
const shifted = new Map<string, Map<number, string>>();

/** The last day a mention covers (a day, the end of its month or year), or null when it names no period. */
export function periodEnd(d: DateMention): string | null {
  if (d.grain === 'day' && d.date) return d.endDate ?? d.date;
  if (d.grain === 'month' && d.month) {
    // Asked for every month mention of every trigger and outcome, and a text names few months.
    let end = monthEnds.get(d.month);
    if (end === undefined) {
      const [y, m] = d.month.split('-').map(Number);
      end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      if (monthEnds.size >= 256) monthEnds.clear();
      monthEnds.set(d.month, end);
    }
    return end;
  }
  if (d.grain === 'year' && d.year) return `${d.year}-12-31`;
  return null;
}
const monthEnds = new Map<string, string>();

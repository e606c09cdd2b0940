import { findDates } from '../../nlp/dates.ts';
import { findQuantities } from '../../nlp/quantities.ts';
import { addMonths, lastDayOfMonth } from './calendar.ts';
import { cues } from './cues.ts';

export interface Deadline {
  date: string;
  /** The words that set it, e.g. "by 2030". */
  text: string;
}

const DURATION_MONTHS: Record<string, number> = { year: 12, years: 12, month: 1, months: 1, decade: 120, decades: 120 };

function cueBefore(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 24), at).toLowerCase().replace(/\s+/g, ' ').trimEnd();
  for (const cue of [...cues().deadlineCues].sort((a, b) => b.length - a.length)) {
    if (before === cue || before.endsWith(` ${cue}`)) return cue;
  }
  return null;
}

function periodEnd(m: { date: string | null; month: string | null; year: number | null; grain: string; endDate: string | null }): string | null {
  if (m.grain === 'day') return m.endDate ?? m.date;
  if (m.grain === 'month' && m.month) return lastDayOfMonth(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)));
  if (m.grain === 'year' && m.year) return `${m.year}-12-31`;
  return null;
}

/**
 * The deadline a sentence sets for a promise made on `origin`: "by 2030", "next year", "in the
 * autumn", "within two years". Only a time after the promise counts; "last November" is history.
 */
export function findDeadline(text: string, origin: string | null): Deadline | null {
  if (!origin) return null;
  const found: { at: number; d: Deadline }[] = [];
  for (const m of findDates(text, origin)) {
    const end = periodEnd(m);
    if (!end || end <= origin) continue;
    const relative = /^(next|coming)\b/i.test(m.text);
    const cue = cueBefore(text, m.start);
    if (!relative && !cue) continue;
    found.push({ at: m.start, d: { date: end, text: `${cue && !relative ? `${cue} ` : ''}${m.text}` } });
  }
  const season = /\b(in|by|this|next|during|until|before)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b/i.exec(text);
  if (season) {
    const last = cues().seasons.get(season[2].toLowerCase());
    if (last) {
      let year = Number(origin.slice(0, 4)) + (season[1].toLowerCase() === 'next' ? 1 : 0);
      // Winter ends in the new year; a season already over this year means the next one.
      if (season[2].toLowerCase() === 'winter') year += 1;
      let date = `${year}-${last}`;
      if (date <= origin) date = `${year + 1}-${last}`;
      found.push({ at: season.index, d: { date, text: season[0] } });
    }
  }
  for (const q of findQuantities(text)) {
    const months = DURATION_MONTHS[q.unit.toLowerCase()];
    if (q.kind !== 'duration' || !months) continue;
    const cue = cueBefore(text, q.start);
    if (cue !== 'within' && !/\b(?:in|over) the next\s*$/i.test(text.slice(Math.max(0, q.start - 16), q.start))) continue;
    found.push({ at: q.start, d: { date: addMonths(origin, Math.round(q.value * months)), text: `${cue === 'within' ? 'within ' : ''}${q.text}` } });
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.d ?? null;
}

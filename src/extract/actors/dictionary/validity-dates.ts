/**
 * Validity bounds in a user's dictionary may be coarse ("2023", "2023-04"). A from-bound widens to the
 * first day of its period and a to-bound to the last, so that an entry is never cut short.
 */

export type Bound = 'from' | 'to';

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH = /^(\d{4})-(\d{2})$/u;
const YEAR = /^(\d{4})$/u;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any local-time shift.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The normalised YYYY-MM-DD date, or null when `raw` is not a real date in one of the accepted forms. */
export function normaliseBound(raw: string, bound: Bound): string | null {
  const text = raw.trim();
  let m = FULL.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
    return text;
  }
  m = MONTH.exec(text);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return `${m[1]}-${pad(mo)}-${bound === 'from' ? '01' : pad(daysInMonth(y, mo))}`;
  }
  m = YEAR.exec(text);
  if (m) return bound === 'from' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  return null;
}

/** Whether a YYYY-MM-DD string (a longer timestamp is cut to its date) names a real calendar day. */
export function dayOf(date: string): string | null {
  const day = date.slice(0, 10);
  return FULL.test(day) && normaliseBound(day, 'from') === day ? day : null;
}

import type { CommitmentDraft, EngagementFacts, FactSource } from '../types.ts';

/** What a follow-up rule gets: the promise, where it was made, what came after, and the verdicts so far. */
export interface RuleContext {
  c: CommitmentDraft;
  origin: EngagementFacts;
  /** Engagements after the origin, oldest first. */
  later: EngagementFacts[];
  facts: FactSource;
  /** Links a person rejected: a rule passes over them to the next candidate. */
  rejected: Set<string>;
}

export function fmtDate(d: string | null): string {
  if (!d) return 'an undated report';
  const [y, m, day] = d.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1];
  return `${day} ${month} ${y}`;
}

export function fmtMoney(q: { value: number; unit: string }): string {
  const v = q.value;
  const n = v >= 1e9 ? `${+(v / 1e9).toFixed(2)} billion` : v >= 1e6 ? `${+(v / 1e6).toFixed(1)} million` : v.toLocaleString('en');
  return q.unit === 'USD' ? `$${n}` : `${n} ${q.unit}`;
}

/** The two sides a bilateral promise is between, or null when it is not bilateral. */
export function pairOf(c: CommitmentDraft, origin: EngagementFacts): [string, string] | null {
  if (c.by && c.to && c.by !== c.to) return [c.by, c.to];
  return origin.countries.length === 2 ? [origin.countries[0], origin.countries[1]] : null;
}

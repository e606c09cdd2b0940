import type { Outcome } from '../../../model/engagement.ts';
import { outcomeKey } from '../outcome-key.ts';

const OUTCOME_FIELDS = ['kind', 'by', 'to', 'summary', 'quantity'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Which fields of each outcome (by its key after the change) an analyst set; a new outcome is verified whole. */
export function correctedOutcomeFields(before: Outcome[] | null, after: Outcome[] | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  (after ?? []).forEach((o, i) => {
    const was = before?.[i];
    const fields = was ? OUTCOME_FIELDS.filter((f) => !same(was[f], o[f])) : [...OUTCOME_FIELDS];
    if (fields.length) out.set(outcomeKey(o), [...fields]);
  });
  return out;
}

export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

/** The smallest paths at which two values differ, so the audit log shows "outcomes[6].by" rather than two whole lists. */
export function changes(before: unknown, after: unknown, path = ''): Change[] {
  if (same(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const out: Change[] = [];
    for (let i = 0; i < Math.max(before.length, after.length); i++) out.push(...changes(before[i], after[i], `${path}[${i}]`));
    return out;
  }
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (isObj(before) && isObj(after)) {
    const out: Change[] = [];
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) out.push(...changes(before[k], after[k], path ? `${path}.${k}` : k));
    return out;
  }
  return [{ path, before: before ?? null, after: after ?? null }];
}

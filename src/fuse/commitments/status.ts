import { addMonths, nextDay } from './calendar.ts';
import { fmtDate, fmtMoney } from './follow-ups/context.ts';
import { STATUS_CONFIDENCE, type CommitmentDraft, type CommitmentStatus, type StatusEvent, type StoredLink } from './types.ts';

export interface StatusOverride {
  status: CommitmentStatus;
  who: string;
  why: string | null;
  at: string;
}

export interface StatusResult {
  status: CommitmentStatus;
  date: string | null;
  events: StatusEvent[];
}

const linkDate = (l: StoredLink) => l.detail.date ?? null;

/** Whether a link may move a status: a person confirmed it, or a rule was sure enough and no one objected. */
export function counts(l: StoredLink): boolean {
  if (l.review === 'rejected') return false;
  return l.review === 'confirmed' || l.confidence >= STATUS_CONFIDENCE;
}

/**
 * The history of one commitment: made (proposed, or agreed when signed or agreed outright), then
 * accepted or agreed, fulfilled, or lapsed when the deadline passes or nothing follows it within the
 * horizon. Each step names the report that caused it. A person's verdict on the status comes last.
 */
export function statusHistory(c: CommitmentDraft, links: StoredLink[], asOf: string, horizonMonths: number, override: StatusOverride | null = null): StatusResult {
  const events: StatusEvent[] = [];
  let status: CommitmentStatus = c.kind === 'agreement' || c.kind === 'signing' ? 'agreed' : 'proposed';
  const push = (s: CommitmentStatus, date: string | null, reason: string, engagementId: string | null = null, linkId: string | null = null) => {
    status = s;
    events.push({ status: s, date, engagementId, linkId, reason });
  };
  const what = c.kind === 'signing' ? 'signed' : c.kind === 'agreement' ? 'agreed' : c.kind === 'invitation' ? 'invitation made' : c.kind === 'target' ? 'target set' : 'proposed';
  push(status, c.originDate, `${what} on ${fmtDate(c.originDate)}${c.by ? ` by ${c.by}` : ''}`, c.engagementId);
  if (c.acceptedAtOrigin) push('accepted', c.originDate, 'accepted at the same meeting', c.engagementId);

  let lastActivity = c.originDate;
  let lapsedBy: 'deadline' | 'horizon' | null = null;
  let before: CommitmentStatus = status;
  const checkLapse = (until: string) => {
    if (status === 'fulfilled' || lapsedBy) return;
    const byDeadline = c.deadline ? nextDay(c.deadline) : null;
    const byHorizon = lastActivity ? addMonths(lastActivity, horizonMonths) : null;
    const first = [byDeadline, byHorizon].filter((d): d is string => !!d).sort()[0];
    if (!first || first > until) return;
    before = status;
    if (first === byDeadline) {
      lapsedBy = 'deadline';
      push('lapsed', first, `the deadline (${c.deadlineText ?? c.deadline}) passed with no fulfilment reported`);
    } else {
      lapsedBy = 'horizon';
      push('lapsed', first, `no follow-up reported within ${horizonMonths} months of ${fmtDate(lastActivity)}`);
    }
  };

  const ordered = links.filter(counts).sort((a, b) => (linkDate(a) ?? '').localeCompare(linkDate(b) ?? '') || a.id.localeCompare(b.id));
  for (const l of ordered) {
    const at = linkDate(l);
    if (at) checkLapse(at);
    if ((status as CommitmentStatus) === 'fulfilled') break;
    if (lapsedBy === 'horizon' && l.relation !== 'fulfils') {
      lapsedBy = null;
      push(before, at, `followed up again on ${fmtDate(at)} after a long silence: ${l.reason}`, l.engagementId, l.id);
    }
    if (at && (!lastActivity || at > lastActivity)) lastActivity = at;
    const verified = l.review === 'confirmed' ? ' (confirmed by an analyst)' : '';
    if (l.relation === 'fulfils') {
      push('fulfilled', at, `${l.reason}${verified}`, l.engagementId, l.id);
    } else if (l.relation === 'accepts' && status === 'proposed') {
      push('accepted', at, `${l.reason}${verified}`, l.engagementId, l.id);
    } else if (l.relation === 'agrees' && status === 'proposed') {
      push('agreed', at, `${l.reason}${verified}`, l.engagementId, l.id);
    } else if (l.relation === 'updates' && c.quantity && l.detail.reached && l.detail.reached.unit === c.quantity.unit && l.detail.reached.value >= c.quantity.value) {
      push('fulfilled', at, `${fmtMoney(l.detail.reached)} reached against a target of ${fmtMoney(c.quantity)}: ${l.reason}${verified}`, l.engagementId, l.id);
    }
  }
  checkLapse(asOf);

  if (override && override.status !== status) {
    push(override.status, override.at.slice(0, 10), `set by ${override.who}${override.why ? `: ${override.why}` : ''}`);
  }
  const last = events[events.length - 1];
  return { status, date: last?.date ?? null, events };
}

import type { Outcome } from '../../model/engagement.ts';
import { scanPlaces } from '../../extract/gazetteer/index.ts';
import { nameTokens } from '../person-name.ts';
import { cues } from './cues.ts';
import { findDeadline } from './deadline.ts';
import { outcomeKey, shortHash } from './outcome-key.ts';
import { bodyToSetUp, subjectOf } from './subject.ts';
import type { CommitmentDraft, CommitmentSubject, EngagementFacts, SourceSentence } from './types.ts';

function contentWords(s: string): number {
  const stop = cues().stopwords;
  return (s.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []).filter((w) => w.length > 2 && !stop.has(w)).length;
}

/** Whether an outcome looks forward at all; fragments and signed declarations do not. */
function isForward(o: Outcome, sentence: string): boolean {
  const c = cues();
  if (!c.forwardKinds.includes(o.kind)) return false;
  if (o.kind !== 'target' && contentWords(o.summary) < c.minContentWords) return false;
  // "Tokayev had invited Putin in July": a report of an earlier promise, not a new one.
  if (c.recalled.test(sentence) || c.recalled.test(o.summary)) return false;
  if (o.kind === 'agreement') return c.agreementForward.test(` ${o.summary} `) || !!bodyToSetUp(o.summary);
  if (o.kind === 'signing') {
    const tally = o.quantity && !/^[A-Z]{3}$/.test(o.quantity.unit);
    return !tally && c.signingObligations.test(o.summary) && !(c.signingDeclarations.test(o.summary) && !/\b(?:supply|construction|deliveries)\b/i.test(o.summary));
  }
  return true;
}

/** The side invited: the outcome's addressee, else the only other side at the table. */
function inviteeOf(o: Outcome, e: EngagementFacts): string | null {
  if (o.to) return o.to;
  const others = e.countries.filter((c) => c !== o.by);
  return others.length === 1 ? others[0] : null;
}

function destinationOf(o: Outcome, e: EngagementFacts, invitee: string | null): string | null {
  const named = scanPlaces(o.summary).map((p) => p.iso3).filter((c): c is string => !!c && c !== invitee);
  if (named.length) return named[0];
  if (o.by && o.by !== invitee) return o.by;
  const others = e.countries.filter((c) => c !== invitee);
  return others.length === 1 ? others[0] : null;
}

/** The invitee's representative: the one the summary names, else the only one at the table. */
function inviteePerson(o: Outcome, e: EngagementFacts, invitee: string | null): string | null {
  if (!invitee) return null;
  const side = e.participants.filter((p) => p.country === invitee && p.name);
  const words = new Set((o.summary.toLowerCase().match(/\p{L}+/gu) ?? []));
  const named = side.find((p) => nameTokens(p.name!).some((t) => !t.initial && words.has(t.text)));
  if (named) return named.name;
  return side.length === 1 ? side[0].name : null;
}

/** An acceptance later in the same engagement answers the invitation just before it. */
function acceptedHere(e: EngagementFacts, index: number, invitee: string | null): boolean {
  for (let i = index + 1; i < e.outcomes.length; i++) {
    const o = e.outcomes[i];
    if (o.kind === 'invitation') return false;
    if (o.kind === 'acceptance' && (!o.by || o.by === invitee)) return true;
  }
  return false;
}

function draft(e: EngagementFacts, o: Outcome, key: string, subject: CommitmentSubject, sentence: string, over: Partial<CommitmentDraft> = {}): CommitmentDraft {
  const sides = e.countries;
  const deadline = findDeadline(sentence || o.summary, e.when);
  return {
    id: `cm_${shortHash(e.id, key, subject)}`,
    engagementId: e.id,
    outcomeKey: key,
    kind: o.kind,
    subject,
    by: o.by,
    to: o.to,
    owedBy: o.by ? [o.by] : [...sides],
    owedTo: o.by ? (o.to ? [o.to] : sides.filter((s) => s !== o.by)) : [],
    summary: o.summary,
    quantity: o.quantity,
    deadline: deadline?.date ?? null,
    deadlineText: deadline?.text ?? null,
    originDate: e.when,
    acceptedAtOrigin: false,
    detail: { sentence: sentence || null },
    ...over,
  };
}

/**
 * The commitments one engagement makes: one per forward-looking outcome, plus a body to be set up
 * that a target's sentence mentions in passing ("…and a business council should be set up").
 */
export function commitmentsOf(e: EngagementFacts, sentences: Map<string, SourceSentence>): CommitmentDraft[] {
  const out: CommitmentDraft[] = [];
  const amounts = new Set<string>();
  e.outcomes.forEach((o, i) => {
    const key = outcomeKey(o);
    const sentence = sentences.get(key)?.text ?? '';
    if (!isForward(o, sentence)) return;
    const subject = subjectOf(o, sentence);
    // One report often states a target twice ("$5 billion … $5 billion a year"): one promise.
    if (subject === 'trade_volume' && o.quantity) {
      const amount = `${o.quantity.value} ${o.quantity.unit}`;
      if (amounts.has(amount)) return;
      amounts.add(amount);
    }
    if (o.kind === 'invitation') {
      const invitee = inviteeOf(o, e);
      const destination = subject === 'other' ? null : destinationOf(o, e, invitee);
      out.push(draft(e, o, key, subject, sentence, {
        owedBy: invitee ? [invitee] : [],
        owedTo: destination ? [destination] : o.by ? [o.by] : [],
        acceptedAtOrigin: acceptedHere(e, i, invitee),
        detail: { sentence: sentence || null, destination, invitee: inviteePerson(o, e, invitee) },
      }));
      return;
    }
    if (subject === 'trade_volume') {
      out.push(draft(e, o, key, subject, sentence, { detail: { sentence: sentence || null, metric: 'trade' } }));
    } else if (subject === 'body') {
      out.push(draft(e, o, key, subject, sentence, { detail: { sentence: sentence || null, body: bodyToSetUp(o.summary)!.head } }));
    } else {
      out.push(draft(e, o, key, subject, sentence));
    }
    // A body named in passing in a target or proposal is a promise of its own.
    const body = subject !== 'body' ? bodyToSetUp(o.summary) : null;
    if (body) {
      out.push(draft(e, o, key, 'body', sentence, {
        kind: 'proposal', summary: body.clause, quantity: null, detail: { sentence: sentence || null, body: body.head },
      }));
    }
  });
  return out;
}

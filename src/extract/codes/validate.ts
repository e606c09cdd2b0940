import { UserError } from '../../model/errors.ts';
import { ENGAGEMENT_KINDS, OUTCOME_KINDS, type Engagement } from '../../model/engagement.ts';
import { isTopic } from '../../model/topics.ts';

// Engagements also arrive from users' JSON files, so the coder checks the fields it relies on and
// names the one that is wrong instead of failing somewhere inside the dyad loop.

const ISO3 = /^[A-Z]{3}$/;
const HINT = 'Fix the engagement record so it follows the schema in SCHEMA.md (engagement kinds, ISO 3166-1 alpha-3 countries, the 20 topics, the outcome kinds).';

function bad(message: string, hint = HINT): never {
  throw new UserError('ENGAGEMENT_INVALID', message, hint);
}

function checkActorCode(value: unknown, where: string): void {
  if (value === null) return;
  if (typeof value !== 'string' || value.trim() === '') bad(`${where} must be a non-empty string or null, got ${JSON.stringify(value)}`);
}

function checkCountry(value: unknown, where: string): void {
  if (value === null) return;
  if (typeof value !== 'string' || !ISO3.test(value)) {
    bad(`${where} ${JSON.stringify(value)} is not an ISO 3166-1 alpha-3 code`, 'Use three capital letters, e.g. "KAZ" for Kazakhstan.');
  }
}

export function assertEngagement(e: unknown): asserts e is Engagement {
  if (typeof e !== 'object' || e === null || Array.isArray(e)) bad(`engagement must be an object, got ${JSON.stringify(e)}`);
  const r = e as Record<string, unknown>;
  if (!(ENGAGEMENT_KINDS as readonly unknown[]).includes(r.kind)) {
    bad(`engagement kind ${JSON.stringify(r.kind)} is not one of ${ENGAGEMENT_KINDS.join(', ')}`);
  }
  const loc = r.location as Record<string, unknown> | null | undefined;
  if (loc !== null && loc !== undefined) {
    if (typeof loc !== 'object') bad('engagement location must be an object {place, country} or null');
    checkCountry(loc.country ?? null, 'location.country');
  }
  if (!Array.isArray(r.participants)) bad('engagement participants must be a list');
  r.participants.forEach((p: unknown, i: number) => {
    if (typeof p !== 'object' || p === null) bad(`participant ${i + 1} must be an object`);
    const q = p as Record<string, unknown>;
    checkCountry(q.country ?? null, `participant ${i + 1} country`);
    checkActorCode(q.org ?? null, `participant ${i + 1} org`);
  });
  if (r.topics !== undefined) {
    if (!Array.isArray(r.topics)) bad('engagement topics must be a list');
    for (const t of r.topics) if (typeof t !== 'string' || !isTopic(t)) bad(`topic ${JSON.stringify(t)} is not one of Readout's 20 topics`);
  }
  if (r.outcomes !== undefined) {
    if (!Array.isArray(r.outcomes)) bad('engagement outcomes must be a list');
    r.outcomes.forEach((o: unknown, i: number) => {
      if (typeof o !== 'object' || o === null) bad(`outcome ${i + 1} must be an object`);
      const q = o as Record<string, unknown>;
      if (!(OUTCOME_KINDS as readonly unknown[]).includes(q.kind)) {
        bad(`outcome ${i + 1} kind ${JSON.stringify(q.kind)} is not one of ${OUTCOME_KINDS.join(', ')}`);
      }
      checkActorCode(q.by ?? null, `outcome ${i + 1} by`);
      checkActorCode(q.to ?? null, `outcome ${i + 1} to`);
      const qty = q.quantity as Record<string, unknown> | null | undefined;
      if (qty !== null && qty !== undefined && (typeof qty !== 'object' || typeof qty.unit !== 'string')) {
        bad(`outcome ${i + 1} quantity must be {value, unit} or null`);
      }
    });
  }
}

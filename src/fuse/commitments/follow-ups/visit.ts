import { cityLookup } from '../../../extract/gazetteer/index.ts';
import { samePerson } from '../../person-name.ts';
import type { EngagementFacts, LinkDraft } from '../types.ts';
import { fmtDate, type RuleContext } from './context.ts';
import { linkId } from './link-id.ts';

function countryOfVenue(e: EngagementFacts): string | null {
  if (e.country) return e.country;
  return e.place ? cityLookup(e.place)?.iso3 ?? null : null;
}

/**
 * An invitation is fulfilled by the first later trip of the invitee to the destination: a visit
 * (or, for an event, any meeting there) with the invitee's country taking part, and when the
 * invitation named a person, that person. A trip by someone else, elsewhere, or earlier is no answer.
 */
export async function visitFollowUps({ c, later, rejected }: RuleContext): Promise<LinkDraft[]> {
  const invitee = c.owedBy[0];
  const destination = c.detail.destination ?? null;
  if (!invitee || !destination) return [];
  const kinds = c.subject === 'event' ? ['visit', 'meeting'] : ['visit'];
  for (const e of later) {
    if (!kinds.includes(e.kind) || !e.countries.includes(invitee)) continue;
    if (countryOfVenue(e) !== destination) continue;
    const side = e.participants.filter((p) => p.country === invitee);
    const person = c.detail.invitee ?? null;
    let confidence: number;
    let who: string;
    if (person) {
      const match = side.find((p) => samePerson(p.name, person));
      if (!match) {
        if (side.some((p) => p.name)) continue;
        confidence = 0.6;
        who = `the ${invitee} side (the report names no one)`;
      } else {
        confidence = 0.9;
        who = match.name!;
      }
    } else {
      confidence = 0.7;
      who = side.find((p) => p.name)?.name ?? `the ${invitee} side`;
    }
    if (e.kind !== 'visit') confidence -= 0.15;
    const late = c.deadline && e.when && e.when > c.deadline;
    if (late) confidence -= 0.2;
    const id = linkId(c.id, e.id, 'fulfils');
    if (rejected.has(id)) continue;
    const place = [e.place, destination].filter(Boolean).join(', ');
    return [{
      id, commitmentId: c.id, engagementId: e.id, relation: 'fulfils', confidence: Math.round(confidence * 100) / 100,
      reason: `${who} made a ${e.kind === 'visit' ? 'visit' : e.kind.replace('_', ' ')} to ${place} on ${fmtDate(e.when)}, after the invitation of ${fmtDate(c.originDate)}${late ? `, though after the deadline (${c.deadlineText})` : ''}`,
      detail: { date: e.when },
    }];
  }
  return [];
}

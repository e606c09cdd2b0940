import type { LinkDraft } from '../types.ts';
import { fmtDate, type RuleContext } from './context.ts';
import { linkId } from './link-id.ts';

/** An invitation not accepted on the spot is accepted by a later acceptance from the invitee's side on the same pair. */
export async function acceptanceFollowUps({ c, later, rejected }: RuleContext): Promise<LinkDraft[]> {
  const invitee = c.owedBy[0];
  const host = c.owedTo[0];
  if (c.kind !== 'invitation' || c.acceptedAtOrigin || !invitee || !host) return [];
  for (const e of later) {
    if (!e.countries.includes(invitee) || !e.countries.includes(host)) continue;
    const yes = e.outcomes.find((o) => o.kind === 'acceptance' && (o.by === invitee || (!o.by && e.countries.length === 2)));
    if (!yes) continue;
    const id = linkId(c.id, e.id, 'accepts');
    if (rejected.has(id)) continue;
    return [{
      id, commitmentId: c.id, engagementId: e.id, relation: 'accepts', confidence: yes.by === invitee ? 0.7 : 0.55,
      reason: `an acceptance by ${yes.by ?? 'one side'} was reported on ${fmtDate(e.when)}: "${yes.summary}"`,
      detail: { date: e.when },
    }];
  }
  return [];
}

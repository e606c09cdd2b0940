// Event coding: CAMEO (with GDELT Goldstein values and quad class) and PLOVER for an engagement and
// its outcomes. The code tables live in data/codes/ (cameo.json is generated, rules.json hand-kept);
// data/codes/README.md explains the choices.
import type { Codes, Engagement } from '../../model/engagement.ts';
import { engagementSides } from './actors.ts';
import { engagementDyads, engagementPlover } from './engagement.ts';
import { codeOutcome } from './outcomes.ts';
import { assertEngagement } from './validate.ts';

export { cameo, cameoCodes, type CameoEntry, type PloverMapping } from './table.ts';
export { actorCode, engagementSides, type EngagementSides } from './actors.ts';

/**
 * Codes one engagement: `cameo` holds one event per directed pair of parties, `plover` one CONSULT
 * event, `outcomes` one entry per outcome in the record's order. An engagement with fewer than two
 * parties gets no CAMEO dyads (there is nobody to act on), but still its PLOVER event.
 * Throws UserError when the record does not follow the schema.
 */
export function codeEngagement(e: Engagement): Codes {
  assertEngagement(e);
  const sides = engagementSides(e);
  const topics = e.topics ?? [];
  return {
    cameo: engagementDyads(e, sides),
    plover: engagementPlover(e, sides),
    outcomes: (e.outcomes ?? []).map((o) => codeOutcome(o, sides.actors, topics)),
  };
}

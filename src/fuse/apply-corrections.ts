import type { EngagementKind, Outcome, Participant } from '../model/engagement.ts';
import type { Topic } from '../model/topics.ts';
import type { FusedEngagement } from './fuse-engagement.ts';
import { fingerprint } from './match.ts';

/** Lays an analyst's corrected fields over a fused engagement; they always win over what sources say. */
export function applyCorrections(f: FusedEngagement, corrections: Map<string, unknown>): FusedEngagement {
  const out = { ...f };
  for (const [field, value] of corrections) {
    switch (field) {
      case 'kind': out.kind = value as EngagementKind; break;
      case 'date': out.date = value as string | null; break;
      case 'place': case 'location.place': out.place = value as string | null; break;
      case 'country': case 'location.country': out.country = value as string | null; break;
      case 'occasion': out.occasion = value as string | null; break;
      case 'participants': out.participants = value as Participant[]; break;
      case 'topics': out.topics = value as Topic[]; break;
      case 'outcomes': out.outcomes = value as Outcome[]; break;
      case 'evidence': out.evidence = String(value ?? ''); break;
      default: break;
    }
  }
  out.fingerprint = fingerprint(out.participants);
  return out;
}

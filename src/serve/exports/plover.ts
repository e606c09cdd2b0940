import type { PloverEvent } from '../../model/engagement.ts';
import type { StoredEngagement } from '../../store/index.ts';
import { codeEngagement } from '../../extract/codes/index.ts';
import { countryByIso3, isIso3 } from '../../extract/gazetteer/index.ts';
import { eventDay } from './gdelt.ts';

/** An actor as PLOVER records write it: the text naming it and its code. */
export interface PloverActor {
  actorText: string;
  code: string;
}

/** One PLOVER event record, with the fields of the PLOVER manual's event records. */
export interface PloverRecord {
  id: string;
  date: string | null;
  event: string;
  mode: string | null;
  context: string[];
  actor: PloverActor[];
  recipient: PloverActor[];
  eventText: string;
  eventLoc: { place: string | null; country: string | null } | null;
  size: number | null;
  text: string;
  language: 'en';
  publication: string[];
  url: string | null;
  coder: 'readout';
  /** Which Readout engagement the event comes from, and from what part of it. */
  engagement_id: string;
  source_part: 'engagement' | `outcome ${number}`;
}

function actorsOf(codes: string[], e: StoredEngagement): PloverActor[] {
  return codes.map((code) => {
    const people = e.participants.filter((p) => (p.country ?? p.org) === code).map((p) => p.name).filter((n): n is string => !!n);
    const text = people.length ? people.join('; ') : isIso3(code) ? countryByIso3(code)?.name ?? code : code;
    return { actorText: text, code };
  });
}

/**
 * PLOVER records for one engagement: its CONSULT event, then one per outcome PLOVER codes (outcomes
 * PLOVER drops, such as condolences, have none). Quantities become `size` when the outcome has one.
 */
export function ploverRecords(e: StoredEngagement): PloverRecord[] {
  const codes = codeEngagement(e);
  const base = {
    date: eventDay(e),
    eventLoc: e.location.place || e.location.country ? { place: e.location.place, country: e.location.country } : null,
    text: e.evidence,
    language: 'en' as const,
    publication: [...new Set(e.sources.map((s) => s.source ?? s.url).filter((x): x is string => !!x))],
    url: e.sources.find((s) => s.url)?.url ?? null,
    coder: 'readout' as const,
    engagement_id: e.id,
  };
  const make = (p: PloverEvent, id: string, eventText: string, size: number | null, part: PloverRecord['source_part']): PloverRecord => ({
    id, ...base, event: p.event, mode: p.mode, context: p.context,
    actor: actorsOf(p.actors, e), recipient: actorsOf(p.recipients, e), eventText, size, source_part: part,
  });
  const out = [make(codes.plover, `${e.id}-0`, e.kind.replace('_', ' '), null, 'engagement')];
  codes.outcomes.forEach((o, i) => {
    if (!o.plover) return;
    const outcome = e.outcomes[i];
    out.push(make(o.plover, `${e.id}-${i + 1}`, outcome.summary, outcome.quantity?.value ?? null, `outcome ${i}`));
  });
  return out;
}

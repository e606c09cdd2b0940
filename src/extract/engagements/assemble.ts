import type { EngagementKind, Participant } from '../../model/engagement.ts';
import type { Span } from '../../model/span.ts';
import { makeSpan } from '../../model/span.ts';
import type { ActorMention, Person } from '../actors/types.ts';
import type { PersonRegistry } from '../actors/registry.ts';
import { introducedAsKin, lexicon } from '../lexicon.ts';
import { iso3FromName, orgSide } from '../gazetteer/index.ts';
import type { Draft } from './draft.ts';

// Written as constants: the TypeScript loader turns a \p{...} literal into `new RegExp`, remade on every call.
const SIDE_OR_DELEGATION = /^[^.;]{0,25}?\bon the (\p{Lu}[\p{L}\-]+) side\b|^[^.;]{0,25}?\bof the (\p{Lu}[\p{L}\-]+) delegation\b/u;

export interface AssembledParticipants {
  participants: Participant[];
  spans: Span[][];
  sides: string[];
}

const isLeader = (role: string | null) => !!role && lexicon().leaderRoles.has(role.toLowerCase().replace(/^(?:acting|interim)\s+/, ''));

/**
 * The engagement's participants: its people in order of appearance, with a counterpart's role taken
 * from the person they met and a missing country inferred from the sentence or the venue.
 */
export function assembleParticipants(d: Draft, registry: PersonRegistry, text: string, anchorMentions: ActorMention[], venueCountry: string | null): AssembledParticipants {
  const people = d.personIds.map((id) => registry.get(id)!).sort((a, b) => a.first - b.first || a.mentions[0].start - b.mentions[0].start);
  const known = new Set(people.map((p) => p.country).filter(Boolean) as string[]);
  const participants: Participant[] = [];
  const spans: Span[][] = [];
  const sides: string[] = [];
  for (const p of people) {
    let country = p.country;
    if (!country && !p.org && !introducedAsKin(text, p.mentions[0].start)) {
      // "with ... Defence Minister Rajnath Singh on the Indian side": the side is named outright.
      const sideOf = sideNamedNear(text, p);
      // Not "talks covering ... the war in Ukraine": a country talked about.
      const fromSentence = sideOf ? { iso3: sideOf } : anchorMentions.find((m) => m.kind === 'country' && m.iso3 && !known.has(m.iso3)
        && !TALKED_ABOUT_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
      country = fromSentence?.iso3 ?? (venueCountry && !known.has(venueCountry) ? venueCountry : null);
      if (country) { p.country = country; p.source = 'context'; known.add(country); }
    }
    if (!country && !p.org) continue;
    let role = p.role;
    if (p.counterpart || !role) {
      const other = people.find((o) => o !== p && o.role && !o.counterpart && o.country !== country);
      if (p.counterpart && other) role = other.role;
    }
    // The EU's institutions speak for the EU (organizations.json, "partOf").
    const org = country ? null : orgSide(p.org!);
    participants.push({ name: p.name, role, country, org });
    spans.push(p.mentions.slice(0, 20).map((s) => makeSpan(text, s.start, s.end)));
    const side = country ?? `org:${org}`;
    if (!sides.includes(side)) sides.push(side);
  }
  // A country or organisation named without anyone's title ("the war in Lebanon", "APEC week") adds a
  // side only to a meeting whose people make fewer than two: beside two named sides it is a topic.
  const namedSides = sides.length;
  for (const c of d.countries) {
    if (sides.includes(c.iso3) || (namedSides >= 2 && !c.role)) continue;
    participants.push({ name: null, role: c.role && !/s$/.test(c.role) ? c.role : null, country: c.iso3, org: null });
    spans.push([makeSpan(text, c.start, c.end)]);
    sides.push(c.iso3);
  }
  for (const o of d.orgs) {
    const code = orgSide(o);
    const role = d.orgRoles?.[o] ?? null;
    if (sides.includes(`org:${code}`) || (namedSides >= 2 && !role)) continue;
    participants.push({ name: null, role: role && !/s$/.test(role) ? role : null, country: null, org: code });
    spans.push([]);
    sides.push(`org:${code}`);
  }
  return { participants, spans, sides };
}

const TALKED_ABOUT_BEFORE = /\b(?:war|conflict|crisis|situation|fighting|developments|events|elections?|peace)\s+in\s+(?:the\s+)?$/i;

function sideNamedNear(text: string, p: Person): string | null {
  for (const m of p.mentions) {
    const after = text.slice(m.end, m.end + 60);
    const hit = SIDE_OR_DELEGATION.exec(after);
    if (hit) return iso3FromName(hit[1] ?? hit[2]);
  }
  return null;
}

/** meeting, phone_call, video_call or visit; `previousKind` lets "also spoke with" follow a call. */
export function chooseKind(d: Draft, participants: Participant[], visitMarked: boolean, previousKind: EngagementKind | null): EngagementKind {
  if (d.kinds.includes('video_call')) return 'video_call';
  if (d.kinds.includes('phone_call')) return 'phone_call';
  if (!d.kinds.length && (previousKind === 'phone_call' || previousKind === 'video_call')) return previousKind;
  if (visitMarked) {
    const leaderSides = new Set(participants.filter((p) => isLeader(p.role)).map((p) => p.country));
    // A visit is one side's leader at the other's: "took part in a trilateral meeting" on a trip is a meeting of three.
    const sides = new Set(participants.map((p) => p.country ?? p.org));
    if (leaderSides.size >= 2 && sides.size === 2) return 'visit';
  }
  return 'meeting';
}

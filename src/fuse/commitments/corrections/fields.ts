import { UserError } from '../../../model/errors.ts';
import { ENGAGEMENT_KINDS, OUTCOME_KINDS, type Outcome, type Participant, type Quantity } from '../../../model/engagement.ts';
import { isTopic, TOPICS } from '../../../model/topics.ts';
import { isDay } from '../calendar.ts';
import { COMMITMENT_STATUSES, LINK_RELATIONS } from '../types.ts';

/** Things an analyst can correct, and how an id names one. */
export const CORRECTION_ENTITIES = ['engagement', 'outcome', 'actor', 'link', 'commitment'] as const;
export type CorrectionTarget = (typeof CORRECTION_ENTITIES)[number];

const bad = (field: string, value: unknown, expected: string, example: string): UserError =>
  new UserError('bad-correction', `the value ${JSON.stringify(value)?.slice(0, 120)} for "${field}" is not ${expected}`, `Give ${expected}, e.g. ${example}`);

/** A value typed on a command line arrives as text; lists and objects may be written as JSON. */
function maybeJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (t === 'null') return null;
  if (/^[[{]/.test(t)) {
    try { return JSON.parse(t); } catch { return v; }
  }
  return v;
}

function text(field: string, v: unknown, nullable: boolean): string | null {
  v = maybeJson(v);
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || !v.trim()) throw bad(field, v, nullable ? 'some text, or null' : 'some text', '"Astana"');
  return v.trim();
}

function iso3(field: string, v: unknown, nullable = true): string | null {
  v = maybeJson(v);
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || !/^[A-Za-z]{3}$/.test(v.trim())) throw bad(field, v, `an ISO 3166-1 alpha-3 country code${nullable ? ' or null' : ''}`, 'KAZ');
  return v.trim().toUpperCase();
}

function day(field: string, v: unknown): string | null {
  v = maybeJson(v);
  if (v === null) return null;
  if (!isDay(v)) throw bad(field, v, 'a date written YYYY-MM-DD, or null', '2024-10-29');
  return v;
}

function oneOf<T extends string>(field: string, v: unknown, values: readonly T[], nullable = false): T | null {
  v = maybeJson(v);
  if (v === null && nullable) return null;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw bad(field, v, `one of ${values.join(', ')}${nullable ? ' or null' : ''}`, values[0]);
  return v as T;
}

export function quantity(field: string, v: unknown): Quantity | null {
  v = maybeJson(v);
  if (v === null) return null;
  if (typeof v === 'string') {
    const m = /^\s*([0-9][0-9_,.]*)\s+(\S.*?)\s*$/.exec(v);
    if (m && Number.isFinite(Number(m[1].replace(/[_,]/g, '')))) return { value: Number(m[1].replace(/[_,]/g, '')), unit: m[2] };
  }
  if (v && typeof v === 'object' && typeof (v as Quantity).value === 'number' && Number.isFinite((v as Quantity).value) && typeof (v as Quantity).unit === 'string' && (v as Quantity).unit.trim()) {
    return { value: (v as Quantity).value, unit: (v as Quantity).unit.trim() };
  }
  throw bad(field, v, 'an amount and a unit, or null', '"500000000 USD" or {"value":500000000,"unit":"USD"}');
}

function participant(field: string, v: unknown): Participant {
  v = maybeJson(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw bad(field, v, 'a participant object', '{"name":"Kassym-Jomart Tokayev","role":"President","country":"KAZ","org":null}');
  const p = v as Record<string, unknown>;
  const unknownKeys = Object.keys(p).filter((k) => !['name', 'role', 'country', 'org'].includes(k));
  if (unknownKeys.length) throw bad(field, v, 'a participant with only name, role, country and org', '{"name":"…","role":"…","country":"KAZ","org":null}');
  const out: Participant = {
    name: p.name === undefined ? null : text(`${field}.name`, p.name, true),
    role: p.role === undefined ? null : text(`${field}.role`, p.role, true),
    country: p.country === undefined ? null : iso3(`${field}.country`, p.country),
    org: p.org === undefined ? null : text(`${field}.org`, p.org, true),
  };
  if (!out.country && !out.org) throw bad(field, v, 'a participant with a country or an organisation', '{"name":"…","country":"KAZ"}');
  return out;
}

function outcome(field: string, v: unknown): Outcome {
  v = maybeJson(v);
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw bad(field, v, 'an outcome object', '{"kind":"invitation","by":"MNG","to":"KAZ","summary":"…","quantity":null}');
  const o = v as Record<string, unknown>;
  return {
    kind: oneOf(`${field}.kind`, o.kind, OUTCOME_KINDS)!,
    by: o.by === undefined ? null : iso3(`${field}.by`, o.by),
    to: o.to === undefined ? null : iso3(`${field}.to`, o.to),
    summary: text(`${field}.summary`, o.summary, false)!,
    quantity: o.quantity === undefined ? null : quantity(`${field}.quantity`, o.quantity),
  };
}

function list<T>(field: string, v: unknown, item: (f: string, x: unknown) => T): T[] {
  v = maybeJson(v);
  if (!Array.isArray(v)) throw bad(field, v, 'a JSON list', '[...]');
  return v.map((x, i) => item(`${field}[${i}]`, x));
}

function topics(field: string, v: unknown): string[] {
  v = maybeJson(v);
  const items = typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
  if (!Array.isArray(items) || items.some((t) => typeof t !== 'string' || !isTopic(t))) throw bad(field, v, `a list of topics (${TOPICS.join(', ')})`, 'trade,energy');
  return [...new Set(items as string[])];
}

function bool(field: string, v: unknown): boolean {
  v = maybeJson(v);
  if (v === true || v === 'true' || v === 'yes') return true;
  if (v === false || v === 'false' || v === 'no') return false;
  throw bad(field, v, 'true or false', 'true');
}

/** Engagement fields as fusion's corrections name them; "place" and "country" are short for the location's. */
const ENGAGEMENT_FIELDS: Record<string, (f: string, v: unknown) => unknown> = {
  kind: (f, v) => oneOf(f, v, ENGAGEMENT_KINDS),
  date: day,
  'location.place': (f, v) => text(f, v, true),
  'location.country': (f, v) => iso3(f, v),
  occasion: (f, v) => text(f, v, true),
  evidence: (f, v) => text(f, v, false),
  topics,
  participants: (f, v) => list(f, v, participant),
  outcomes: (f, v) => list(f, v, outcome),
  retracted: bool,
};
const ALIASES: Record<string, string> = { place: 'location.place', country: 'location.country' };
const PARTICIPANT_PARTS: Record<string, (f: string, v: unknown) => unknown> = {
  name: (f, v) => text(f, v, true), role: (f, v) => text(f, v, true), country: (f, v) => iso3(f, v), org: (f, v) => text(f, v, true),
};
const OUTCOME_PARTS: Record<string, (f: string, v: unknown) => unknown> = {
  kind: (f, v) => oneOf(f, v, OUTCOME_KINDS), by: (f, v) => iso3(f, v), to: (f, v) => iso3(f, v), summary: (f, v) => text(f, v, false), quantity,
};

export const ACTOR_FIELDS: Record<string, (f: string, v: unknown) => unknown> = {
  name: (f, v) => text(f, v, false),
  country: (f, v) => iso3(f, v),
  org: (f, v) => text(f, v, true),
  aliases: (f, v) => list(f, v, (g, x) => text(g, x, false)),
};

export const LINK_FIELDS: Record<string, (f: string, v: unknown) => unknown> = {
  review: (f, v) => oneOf(f, v, ['confirmed', 'rejected'] as const, true),
  relation: (f, v) => oneOf(f, v, LINK_RELATIONS),
};

export const COMMITMENT_FIELDS: Record<string, (f: string, v: unknown) => unknown> = {
  status: (f, v) => oneOf(f, v, COMMITMENT_STATUSES, true),
  deadline: day,
  summary: (f, v) => text(f, v, false),
  quantity,
};

const unknownField = (entity: string, field: string, known: string[]) =>
  new UserError('bad-correction', `"${field}" is not a field of ${entity === 'outcome' ? 'an' : 'a'} ${entity} that can be corrected`, `Correct one of: ${known.join(', ')}`);

export function checkField(table: Record<string, (f: string, v: unknown) => unknown>, entity: string, field: string, value: unknown): unknown {
  const check = table[field];
  if (!check) throw unknownField(entity, field, Object.keys(table));
  return check(field, value);
}

/**
 * Where a change to an engagement lands: the top-level field fusion knows, and the whole new value of
 * it. "outcomes[6].by" or "participants[+]" edit one element; the stored correction holds the whole
 * list, since fusion lays corrections over whole fields.
 */
export function engagementChange(field: string, value: unknown, current: (top: string) => unknown): { top: string; after: unknown } {
  const name = ALIASES[field] ?? field;
  if (ENGAGEMENT_FIELDS[name]) return { top: name, after: ENGAGEMENT_FIELDS[name](name, value) };
  const m = /^(participants|outcomes)\[(\d+|\+)\](?:\.(\w+))?$/.exec(field);
  if (!m) throw unknownField('engagement', field, [...Object.keys(ENGAGEMENT_FIELDS), 'place', 'country', 'participants[i].name', 'participants[+]', 'outcomes[i].by', 'outcomes[+]']);
  const [, top, which, part] = m;
  const items = [...((current(top) as unknown[]) ?? [])];
  const parts = top === 'participants' ? PARTICIPANT_PARTS : OUTCOME_PARTS;
  const whole = top === 'participants' ? participant : outcome;
  if (which === '+') {
    if (part) throw new UserError('bad-correction', `"${field}" adds a whole ${top.slice(0, -1)}; it cannot name a part`, `Use ${top}[+] with the whole ${top.slice(0, -1)} as JSON`);
    items.push(whole(field, value));
    return { top, after: items };
  }
  const i = Number(which);
  if (i >= items.length) {
    throw new UserError('bad-correction', `"${field}": the engagement has ${items.length} ${top} (numbered from 0)`, `Use an index below ${items.length}, or ${top}[+] to add one`);
  }
  if (!part) {
    if (maybeJson(value) === null) items.splice(i, 1);
    else items[i] = whole(field, value);
    return { top, after: items };
  }
  if (!parts[part]) throw unknownField(top === 'participants' ? 'participant' : 'outcome', part, Object.keys(parts));
  items[i] = { ...(items[i] as object), [part]: parts[part](field, value) };
  if (top === 'participants') participant(field, items[i]);
  return { top, after: items };
}

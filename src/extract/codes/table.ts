import { readFileSync } from 'node:fs';
import { UserError } from '../../model/errors.ts';
import type { CameoEvent } from '../../model/engagement.ts';

/** PLOVER's reading of a CAMEO code, as the CAMEO2PLOVER table gives it. */
export interface PloverMapping {
  event: string;
  mode: string | null;
  context: string[];
}

/** One CAMEO code with its GDELT Goldstein value and quad class. */
export interface CameoEntry {
  code: string;
  name: string;
  root: string;
  goldstein: number | null;
  quadClass: number | null;
  /** null for the two cyber codes (155, 176) that PLOVER's table does not list. */
  plover: PloverMapping | null;
}

const TABLE_URL = new URL('../../../data/codes/cameo.json', import.meta.url);

function load(): ReadonlyMap<string, CameoEntry> {
  const file = JSON.parse(readFileSync(TABLE_URL, 'utf8')) as { codes?: CameoEntry[] };
  if (!Array.isArray(file.codes) || file.codes.length === 0) {
    throw new Error(`${TABLE_URL.pathname} has no "codes" list; regenerate it with scripts/build-codes.ts`);
  }
  const map = new Map<string, CameoEntry>();
  for (const c of file.codes) {
    // A number here would mean someone hand-edited the file and lost a leading zero.
    if (typeof c.code !== 'string') throw new Error(`${TABLE_URL.pathname}: code ${String(c.code)} is not a string`);
    // Frozen because lookups hand out the shared rows themselves.
    if (c.plover) {
      Object.freeze(c.plover.context);
      Object.freeze(c.plover);
    }
    map.set(c.code, Object.freeze(c));
  }
  return map;
}

// Loaded once at import: the table is small (about 300 rows) and every engagement needs it.
const TABLE = load();

/**
 * Looks a CAMEO code up. Codes are strings with their leading zeros ("042"); "42" is not a code and
 * gives undefined. A non-string is a caller's mistake and raises a UserError saying so.
 */
export function cameo(code: string): CameoEntry | undefined {
  if (typeof code !== 'string') {
    throw new UserError('CAMEO_CODE_NOT_STRING', `CAMEO code ${JSON.stringify(code)} is a ${typeof code}, not a string`,
      'Pass CAMEO codes as strings with their leading zeros, e.g. "042", not 42.');
  }
  return TABLE.get(code.trim());
}

/** Every code in table order, for listings and checks. */
export function cameoCodes(): string[] {
  return [...TABLE.keys()];
}

/** A directed CAMEO event for a code that the rules guarantee exists. */
export function cameoEvent(code: string, source: string | null, target: string | null): CameoEvent {
  const entry = TABLE.get(code);
  if (!entry) throw new Error(`CAMEO code "${code}" is not in data/codes/cameo.json`);
  return { code: entry.code, name: entry.name, goldstein: entry.goldstein, quadClass: entry.quadClass, source, target };
}

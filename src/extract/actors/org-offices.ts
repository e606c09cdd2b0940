import type { PlaceMention } from '../gazetteer/index.ts';
import { builtinOfficials } from './dictionary/builtin-officials.ts';

// "Secretary-General" and "Secretary General" are one office, spelled as each organisation does.
const officeKey = (role: string) => role.toLowerCase().replace(/[\s-]+/g, ' ');

let byOffice: Map<string, Set<string>> | null = null;

/**
 * The organisations whose heads hold this office in the built-in officials list ("Secretary-General":
 * UN, SCO, NATO, ...), for offices no state's official holds: "the President" alone is never the
 * World Bank's.
 */
export function orgsWithOffice(role: string): ReadonlySet<string> {
  if (!byOffice) {
    byOffice = new Map();
    const stateOffices = new Set<string>();
    for (const e of builtinOfficials()) {
      if (!e.role) continue;
      const k = officeKey(e.role);
      if (!e.org) { stateOffices.add(k); continue; }
      let orgs = byOffice.get(k);
      if (!orgs) byOffice.set(k, (orgs = new Set()));
      orgs.add(e.org);
    }
    for (const k of stateOffices) byOffice.delete(k);
  }
  return byOffice.get(officeKey(role)) ?? EMPTY;
}
const EMPTY: ReadonlySet<string> = new Set();

/**
 * Whose office a title standing alone names ("The Secretary-General met today with ..."), as the
 * organisations' own readouts write it: the one organisation with that office the article names,
 * or the United Nations when it names none (the office the bare title means in diplomatic news).
 * Null when the title is no organisation's office or the article names several that have it.
 */
export function bareOfficeOrg(role: string, places: readonly PlaceMention[][]): string | null {
  const offices = orgsWithOffice(role);
  if (!offices.size) return null;
  const named = new Set<string>();
  for (const sentence of places) for (const p of sentence) if (p.kind === 'org' && p.org && offices.has(p.org)) named.add(p.org);
  if (named.size === 1) return [...named][0];
  return named.size === 0 && offices.has('UN') ? 'UN' : null;
}

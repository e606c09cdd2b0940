import type { Actor } from '../model/actor.ts';
import type { Participant } from '../model/engagement.ts';
import type { Ctx } from '../store/context.ts';
import { activeCorrections } from '../store/queries/active-corrections.ts';
import { actorForUpdate } from '../store/queries/actor-for-update.ts';
import { actorsByNameKeys } from '../store/queries/party-actors.ts';
import { insertActor } from '../store/writes/insert-actor.ts';
import { updateActorNames } from '../store/writes/update-actor-names.ts';
import type { ActorCandidates } from './actor-candidates.ts';
import { memoised } from './memo.ts';
import { foldName, fullerName, nameKeys, samePerson } from './person-name.ts';

// Every stored spelling of every candidate is compared with each new name. Two spellings with the
// same form are the same name: resolveActor takes a stored person with it as they are.
export const norm = memoised(4096, (name) => foldName(name).replace(/\s+/g, ' ').trim());

/** Other spellings the extractor attached to this participant's person (e.g. from its dictionary). */
export function aliasesFromResult(p: Participant, actors: Actor[] | undefined): string[] {
  if (!p.name || !actors) return [];
  const out: string[] = [];
  for (const a of actors) {
    if ((a.country ?? null) !== (p.country ?? null)) continue;
    if (a.name === p.name || a.aliases.includes(p.name)) out.push(a.name, ...a.aliases);
  }
  return out.filter((n) => n && n !== p.name);
}

export function spellingKeys(spellings: string[]): string[] {
  return [...new Set(spellings.flatMap(nameKeys))];
}

/**
 * The stored person this participant is, created if new. A name only merges with actors of the same
 * country (or organisation): shortened names are ambiguous across countries, rarely within one.
 */
export async function resolveActor(ctx: Ctx, p: Participant, extraAliases: string[], known?: ActorCandidates): Promise<string | null> {
  if (!p.name || !p.name.trim()) return null;
  const name = p.name.trim();
  const country = p.country ? p.country.toUpperCase() : null;
  const org = country ? null : p.org ?? null;

  // A bench of articles names the same few people again and again: a participant this transaction
  // already found to be a stored person, needing no respelling, is that person again while nobody
  // of its side is added or renamed. Only where no corrections are in force, which could rename.
  const settled = known && ctx.noCorrections ? known.settledAs(country, org, name, extraAliases) : undefined;
  if (settled) return settled;
  const key = norm(name);
  // Actors this transaction holds (PostgreSQL): their rows cannot change under it any more.
  const held = new Set<string>();
  for (;;) {
    const candidates = known ? await known.find(ctx, nameKeys(name), country, org) : await actorsByNameKeys(ctx, nameKeys(name), country, org);
    const exact = candidates.find((c) => norm(c.name) === key || c.aliases.some((s) => norm(s) === key));
    // A new spelling must fit every known one: "B. Khurelsukh" fits the alias "Khurelsukh" but not
    // "U. Khurelsukh", so it is someone else. Without a country or organisation nothing vouches for a
    // shortened name, and only exact names match.
    const matched = exact ?? (country || org ? candidates.find((c) => samePerson(c.name, name) && c.aliases.every((s) => samePerson(s, name))) : undefined);

    if (!matched) {
      const aliases = [...new Set(extraAliases.filter((a) => norm(a) !== key))];
      known?.changed(country, org);
      return insertActor(ctx, { name, aliases, country, org, keys: spellingKeys([name, ...aliases]) });
    }

    const corrected = await activeCorrections(ctx, 'actor', matched.id);
    const all = [matched.name, ...matched.aliases, name, ...extraAliases];
    const best = corrected.has('name') ? String(corrected.get('name')) : all.reduce((a, b) => (samePerson(a, b) ? fullerName(a, b) : a), matched.name);
    const aliases = [...new Set(all.filter((a) => norm(a) !== norm(best)))].sort();
    if (best === matched.name && sameSpellings(aliases, matched.aliases)) {
      if (ctx.noCorrections) known?.settle(country, org, name, extraAliases, matched.id);
      return matched.id;
    }

    if (!held.has(matched.id)) {
      // Respelling rewrites what was read. On PostgreSQL another worker may have respelled this
      // person since (through a name part this article does not lock): hold the row, and if it
      // changed, decide again from what is stored now, as if that worker had gone first.
      const current = await actorForUpdate(ctx, matched.id);
      held.add(matched.id);
      if (current && (current.name !== matched.name || !sameSpellings(current.aliases, matched.aliases))) {
        known?.changed(country, org);
        continue;
      }
    }
    known?.changed(country, org);
    await updateActorNames(ctx, matched.id, best, aliases, spellingKeys([best, ...aliases]));
    return matched.id;
  }
}

function sameSpellings(a: string[], b: string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((s, i) => s === y[i]);
}

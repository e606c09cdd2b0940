import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DictionaryEntry } from '../../../model/actor.ts';
import { UserError } from '../../../model/errors.ts';
import { parseActorDictionary } from './parse-dictionary.ts';

const OFFICIALS_URL = new URL('../../../../data/actors/officials.json', import.meta.url);

let cached: readonly DictionaryEntry[] | null = null;

/**
 * The built-in list of heads of state and government, foreign ministers and heads of international
 * organisations. Read on first use only, since many commands never resolve actors.
 */
export function builtinOfficials(): readonly DictionaryEntry[] {
  if (cached === null) {
    const path = fileURLToPath(OFFICIALS_URL);
    try {
      const entries = parseActorDictionary(readFileSync(path, 'utf8'), 'json', path);
      cached = Object.freeze(entries.map((e) => Object.freeze(e)));
    } catch (err) {
      // The list ships with Readout, so a fault in it is ours, never the user's.
      const why = err instanceof UserError ? err.message : (err as Error).message;
      throw new Error(`the built-in officials list is broken: ${why}`, { cause: err });
    }
  }
  return cached;
}

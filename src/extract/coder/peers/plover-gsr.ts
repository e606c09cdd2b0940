import { readFileSync } from 'node:fs';
import { UserError } from '../../../model/errors.ts';

/** One gold record: the sentence and the PLOVER event its annotators gave it. */
export interface PloverGold {
  id: string;
  text: string;
  event: string;
}

// The gold file predates PLOVER 1.0 (it is 0.5b1); these renames bring its names into line with the
// current event list that the coder uses. The mapping is the one the issue fixes.
export const PLOVER_05_RENAMES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', FIGHT: 'ASSAULT', INVESTIGATE: 'ACCUSE',
};

/** Reads PLOVER_GSR_CAMEO.txt (a JSON list); the DOCUMENT record and records without text are skipped. */
export function readPloverGsr(path: string): PloverGold[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UserError('peers-file', `${path} could not be read as JSON: ${(err as Error).message}`,
      'point --peers at the folder holding PLOVER_GSR_CAMEO.txt as distributed by the PLOVER project');
  }
  if (!Array.isArray(data)) throw new UserError('peers-file', `${path} is not a JSON list of records`, 'use the gold-standard file from the PLOVER repository');
  const out: PloverGold[] = [];
  for (const r of data as Record<string, unknown>[]) {
    if (!r || typeof r.event !== 'string' || r.event === 'DOCUMENT' || typeof r.text !== 'string' || !r.text.trim()) continue;
    out.push({ id: String(r.id), text: r.text.trim(), event: PLOVER_05_RENAMES[r.event] ?? r.event });
  }
  if (!out.length) throw new UserError('peers-file', `${path} holds no gold records with text and event`, 'use the gold-standard file from the PLOVER repository');
  return out;
}

import type { Quantity } from '../../../model/engagement.ts';
import { findDates } from '../../../nlp/dates.ts';
import { findQuantities } from '../../../nlp/quantities.ts';
import { cues } from '../cues.ts';

export interface VolumeReport {
  reached: Quantity;
  year: number | null;
  text: string;
}

/**
 * A volume a sentence reports as reached ("trade had reached about $150 million in 2023"), as
 * opposed to one it sets as a goal ("raising it to $500 million"): the amount must follow a
 * past-tense verb of arrival, with nothing but a hedge ("about", "roughly") in between.
 */
export function volumesReached(sentence: string, published: string | null, unit: string): VolumeReport[] {
  const c = cues();
  if (!c.trade.test(sentence)) return [];
  const out: VolumeReport[] = [];
  for (const q of findQuantities(sentence)) {
    if (q.kind !== 'money' || q.unit !== unit) continue;
    let before = sentence.slice(Math.max(0, q.start - 60), q.start).toLowerCase().replace(/\s+/g, ' ').trimEnd();
    for (let again = true; again;) {
      again = false;
      for (const hedge of c.volumeApprox) {
        if (before.endsWith(` ${hedge}`)) {
          before = before.slice(0, -hedge.length - 1).trimEnd();
          again = true;
        }
      }
    }
    const verb = new RegExp(`${c.volumeReached.source}$`, c.volumeReached.flags).exec(before);
    if (!verb) continue;
    // "should have reached", "will amount to": still a goal.
    const lead = before.slice(0, verb.index).trimEnd().split(' ').slice(-2).join(' ');
    if (c.notYet.test(lead)) continue;
    const dates = published ? findDates(sentence, published).filter((d) => d.grain === 'year' && d.year && (!published || `${d.year}` <= published.slice(0, 4))) : [];
    const after = dates.find((d) => d.start >= q.end) ?? dates[dates.length - 1];
    out.push({ reached: { value: q.value, unit: q.unit }, year: after?.year ?? null, text: sentence.slice(Math.max(0, verb.index), q.end) });
  }
  return out;
}

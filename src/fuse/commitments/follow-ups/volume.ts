import type { Quantity } from '../../../model/engagement.ts';
import { findDates } from '../../../nlp/dates.ts';
import { findQuantities } from '../../../nlp/quantities.ts';
import { cues, phrasePattern } from '../cues.ts';

export interface VolumeReport {
  reached: Quantity;
  year: number | null;
  text: string;
}

let hedges: RegExp | null = null;

/**
 * A volume a sentence reports as reached ("trade had reached about $150 million in 2023"), as
 * opposed to one it sets as a goal ("raising it to $500 million"): the amount must follow a
 * past-tense verb of arrival, with nothing but a hedge ("about", "roughly") in between.
 */
export function volumesReached(sentence: string, published: string | null, unit: string): VolumeReport[] {
  const c = cues();
  if (!c.trade.test(sentence)) return [];
  hedges ??= new RegExp(`(?:\\s+(?:${phrasePattern(c.volumeApprox).source}))*\\s*$`, 'iu');
  const verbAtEnd = new RegExp(`(${c.volumeReached.source})$`, 'iu');
  const out: VolumeReport[] = [];
  for (const q of findQuantities(sentence)) {
    if (q.kind !== 'money' || q.unit !== unit) continue;
    const head = sentence.slice(0, q.start);
    const bare = head.slice(0, head.length - (hedges.exec(head)?.[0].length ?? 0));
    const verb = verbAtEnd.exec(bare);
    if (!verb) continue;
    // "should have reached", "will amount to": still a goal.
    const lead = bare.slice(0, verb.index).trimEnd().split(/\s+/).slice(-2).join(' ');
    if (c.notYet.test(lead)) continue;
    const dates = published ? findDates(sentence, published).filter((d) => d.grain === 'year' && d.year && `${d.year}` <= published.slice(0, 4)) : [];
    const after = dates.find((d) => d.start >= q.end) ?? dates[dates.length - 1];
    out.push({ reached: { value: q.value, unit: q.unit }, year: after?.year ?? null, text: sentence.slice(verb.index, q.end) });
  }
  return out;
}

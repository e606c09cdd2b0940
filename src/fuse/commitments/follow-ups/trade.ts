import { scanPlaces } from '../../../extract/gazetteer/index.ts';
import { cues } from '../cues.ts';
import { outcomeKey } from '../outcome-key.ts';
import type { LinkDraft } from '../types.ts';
import { fmtDate, fmtMoney, pairOf, type RuleContext } from './context.ts';
import { linkId } from './link-id.ts';
import { volumesReached } from './volume.ts';

/**
 * A trade target is followed by later engagements of the same two countries that name the target
 * again (restates) or report the volume reached (updates). A sentence about trade with a third
 * country says nothing about this pair's target.
 */
export async function tradeFollowUps({ c, origin, later, facts, rejected }: RuleContext): Promise<LinkDraft[]> {
  const pair = pairOf(c, origin);
  const target = c.quantity;
  if (!pair || !target) return [];
  const out: LinkDraft[] = [];
  const cue = cues();
  for (const e of later) {
    if (!pair.every((p) => e.countries.includes(p))) continue;
    const sentences = await facts.outcomeSentences(e.id);
    const named = e.outcomes.find((o) => (o.kind === 'target' || o.kind === 'proposal' || o.kind === 'agreement')
      && o.quantity?.unit === target.unit && (cue.trade.test(o.summary) || cue.trade.test(sentences.get(outcomeKey(o))?.text ?? '')));
    if (named?.quantity) {
      const id = linkId(c.id, e.id, 'restates');
      const same = named.quantity.value === target.value;
      if (!rejected.has(id)) {
        out.push({
          id, commitmentId: c.id, engagementId: e.id, relation: 'restates', confidence: same ? 0.8 : 0.65,
          reason: same
            ? `the ${fmtMoney(target)} trade target was named again on ${fmtDate(e.when)}${named.by ? ` by ${named.by}` : ''}`
            : `a trade target of ${fmtMoney(named.quantity)} was set on ${fmtDate(e.when)}, revising ${fmtMoney(target)}`,
          detail: { date: e.when, outcomeKey: outcomeKey(named) },
        });
      }
    }
    let best: { reached: { value: number; unit: string }; year: number | null; text: string } | null = null;
    for (const s of await facts.sentences(e.id)) {
      if (scanPlaces(s.text).some((p) => p.iso3 && !pair.includes(p.iso3))) continue;
      for (const v of volumesReached(s.text, s.published, target.unit)) {
        if (!best || (v.year ?? 0) > (best.year ?? 0)) best = v;
      }
    }
    if (best) {
      const id = linkId(c.id, e.id, 'updates');
      if (rejected.has(id)) continue;
      const share = Math.round((best.reached.value / target.value) * 100);
      out.push({
        id, commitmentId: c.id, engagementId: e.id, relation: 'updates', confidence: 0.75,
        reason: `reported on ${fmtDate(e.when)}: trade ${best.text.replace(/\s+/g, ' ')}${best.year ? ` in ${best.year}` : ''} (${share}% of the ${fmtMoney(target)} target)`,
        detail: { reached: best.reached, year: best.year, date: e.when },
      });
    }
  }
  return out;
}

import { cues } from '../cues.ts';
import type { LinkDraft, LinkRelation } from '../types.ts';
import { fmtDate, pairOf, type RuleContext } from './context.ts';
import { linkId } from './link-id.ts';

/**
 * How a sentence speaks of a body: agreed to be set up, reported as set up, or neither ("should be
 * set up", "proposed setting up"). Creation counts only with no hedge or modal between the name
 * and the verb, or in the few words before a verb that comes first ("launched the platform").
 */
export function bodyNews(sentence: string, head: string): 'agrees' | 'fulfils' | null {
  const c = cues();
  const lower = sentence.toLowerCase().replace(/\s+/g, ' ');
  const at = lower.search(new RegExp(`(?<![\\p{L}])${head}s?(?![\\p{L}])`, 'u'));
  if (at < 0) return null;
  if (c.bodyAgreed.test(lower)) return 'agrees';
  const end = at + head.length;
  for (const verb of c.bodyCreated) {
    const re = new RegExp(`(?<![\\p{L}])${verb}(?![\\p{L}])`, 'gu');
    for (let m = re.exec(lower); m; m = re.exec(lower)) {
      if (m.index >= end) {
        const between = lower.slice(end, m.index);
        const lead = lower.slice(Math.max(0, at - 40), at);
        if (between.length > 80 || c.notYet.test(between) || c.notYet.test(lead)) continue;
        return 'fulfils';
      }
      if (m.index + m[0].length <= at && at - (m.index + m[0].length) < 60) {
        const lead = lower.slice(Math.max(0, m.index - 30), m.index);
        if (c.notYet.test(lead)) continue;
        return 'fulfils';
      }
    }
  }
  return null;
}

/** A body to be set up is followed by later reports on the same pair that it was agreed or created. */
export async function bodyFollowUps({ c, origin, later, facts, rejected }: RuleContext): Promise<LinkDraft[]> {
  const pair = pairOf(c, origin);
  const head = c.detail.body;
  if (!pair || !head) return [];
  const out: LinkDraft[] = [];
  for (const e of later) {
    if (!pair.every((p) => e.countries.includes(p))) continue;
    let found: { relation: LinkRelation; text: string } | null = null;
    for (const s of await facts.sentences(e.id)) {
      const news = bodyNews(s.text, head);
      if (news && (!found || news === 'fulfils')) found = { relation: news, text: s.text };
      if (found?.relation === 'fulfils') break;
    }
    if (!found) continue;
    const id = linkId(c.id, e.id, found.relation);
    if (rejected.has(id)) continue;
    const quote = found.text.length > 160 ? `${found.text.slice(0, 157)}…` : found.text;
    out.push({
      id, commitmentId: c.id, engagementId: e.id, relation: found.relation, confidence: found.relation === 'fulfils' ? 0.8 : 0.7,
      reason: `${found.relation === 'fulfils' ? 'reported set up' : 'agreed to be set up'} on ${fmtDate(e.when)}: "${quote.trim()}"`,
      detail: { date: e.when },
    });
    if (found.relation === 'fulfils') break;
  }
  return out;
}

import type { EngagementRecord } from '../../model/engagement.ts';
import { splitSentences } from '../../nlp/sentences.ts';
import type { Ctx } from '../../store/context.ts';
import { commitmentEngagements } from '../../store/queries/commitment-engagements.ts';
import { commitmentSources, type CommitmentSourceRow } from '../../store/queries/commitment-sources.ts';
import { outcomeKey } from './outcome-key.ts';
import type { EngagementFacts, FactSource, SourceSentence } from './types.ts';

/** The record as derivation reads it, with each engagement's source texts fetched once and on demand. */
export async function storeFacts(ctx: Ctx): Promise<FactSource> {
  const rows = await commitmentEngagements(ctx);
  const facts: EngagementFacts[] = rows.map((r) => ({
    id: r.id, kind: r.kind, date: r.date, when: r.date ?? r.first_reported, place: r.place, country: r.country,
    participants: r.participants, outcomes: r.outcomes, countries: r.countries,
  }));
  const sources = new Map<string, Promise<CommitmentSourceRow[]>>();
  const load = (id: string) => {
    let p = sources.get(id);
    if (!p) { p = commitmentSources(ctx, id); sources.set(id, p); }
    return p;
  };
  const split = new Map<string, ReturnType<typeof splitSentences>>();
  const sentencesOf = (row: CommitmentSourceRow) => {
    let s = split.get(row.article_id);
    if (!s) { s = splitSentences(row.text); split.set(row.article_id, s); }
    return s;
  };
  return {
    engagements: () => facts,
    async outcomeSentences(id) {
      const out = new Map<string, SourceSentence>();
      for (const row of await load(id)) {
        const claim = ctx.json.read<EngagementRecord>(row.engagement);
        claim.outcomes?.forEach((o, i) => {
          const key = outcomeKey(o);
          const span = claim.spans?.outcomes?.[i];
          if (out.has(key) || !span) return;
          const s = sentencesOf(row).find((x) => x.start <= span.start && span.start < x.end);
          if (s) out.set(key, { article_id: row.article_id, published: row.published, text: s.text });
        });
      }
      return out;
    },
    async sentences(id) {
      const out: SourceSentence[] = [];
      const seen = new Set<string>();
      for (const row of await load(id)) {
        for (const s of sentencesOf(row)) {
          if (s.heading || seen.has(s.text)) continue;
          seen.add(s.text);
          out.push({ article_id: row.article_id, published: row.published, text: s.text });
        }
      }
      return out;
    },
  };
}

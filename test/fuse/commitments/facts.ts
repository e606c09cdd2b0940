// Hand-built engagements for the commitment rules: each test states exactly what the record holds.
import type { Outcome, Participant } from '../../../src/model/engagement.ts';
import { deriveCommitments, type DerivedCommitment } from '../../../src/fuse/commitments/derive.ts';
import { outcomeKey } from '../../../src/fuse/commitments/outcome-key.ts';
import type { EngagementFacts, FactSource, SourceSentence, StoredLink } from '../../../src/fuse/commitments/types.ts';

export const who = (name: string | null, country: string, role = 'President'): Participant => ({ name, role, country, org: null });

export function outcome(kind: Outcome['kind'], by: string | null, to: string | null, summary: string, quantity: Outcome['quantity'] = null): Outcome {
  return { kind, by, to, summary, quantity };
}

let seq = 0;

export function eng(over: Partial<EngagementFacts> & { participants: Participant[]; date: string }): EngagementFacts {
  const countries = [...new Set(over.participants.map((p) => p.country).filter((c): c is string => !!c))].sort();
  return { id: `e${++seq}`, kind: 'meeting', when: over.date, place: null, country: null, outcomes: [], countries, ...over };
}

/** Facts from engagements and, per engagement, the sentences its articles hold (an outcome's sentence is its summary unless given). */
export function memoryFacts(list: EngagementFacts[], texts: Record<string, string[]> = {}, outcomeText: Record<string, string> = {}): FactSource {
  return {
    engagements: () => list,
    async outcomeSentences(id) {
      const e = list.find((x) => x.id === id);
      const out = new Map<string, SourceSentence>();
      for (const o of e?.outcomes ?? []) out.set(outcomeKey(o), { article_id: `a-${id}`, published: e!.date, text: outcomeText[o.summary] ?? o.summary });
      return out;
    },
    async sentences(id) {
      const e = list.find((x) => x.id === id);
      return (texts[id] ?? []).map((text) => ({ article_id: `a-${id}`, published: e?.date ?? null, text }));
    },
  };
}

export interface Verdicts {
  links?: Record<string, Record<string, unknown>>;
  commitments?: Record<string, Record<string, unknown>>;
  previous?: StoredLink[];
}

export async function derive(facts: FactSource, asOf = '2025-06-01', v: Verdicts = {}, horizonMonths = 24): Promise<DerivedCommitment[]> {
  const fields = (m: Record<string, Record<string, unknown>> = {}) => new Map(Object.entries(m).map(([id, f]) => [id, new Map(Object.entries(f).map(([k, value]) => [k, { value, who: 'tester', why: null, at: '2025-01-01T00:00:00Z' }]))]));
  return deriveCommitments({
    facts,
    previousLinks: v.previous ?? [],
    linkCorrections: fields(v.links),
    commitmentCorrections: fields(v.commitments),
    outcomeVerified: new Map(),
  }, { asOf, horizonMonths });
}

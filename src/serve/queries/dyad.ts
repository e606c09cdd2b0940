import { sql } from 'kysely';
import type { Outcome } from '../../model/engagement.ts';
import { topicCounts } from './aggregates.ts';
import { countryName } from './countries.ts';
import { toSummary, type EngagementSummary, type SummaryRow } from './engagement-row.ts';
import { claimCodes, type Store } from './store.ts';

export type OutcomeState = 'open' | 'fulfilled' | 'restated' | 'recorded';

export interface DyadOutcome extends Outcome {
  engagement_id: string;
  date: string | null;
  /** open: an invitation or proposal not yet followed by a meeting; fulfilled: it was; restated: a target named again later. */
  state: OutcomeState;
}

export interface DyadMonth {
  month: string;
  engagements: number;
  kinds: Record<string, number>;
  /** Mean Goldstein value (-10 hostile … +10 cooperative) of the month's engagements, or null when none was coded. */
  goldstein: number | null;
  /** PLOVER event types of the month's engagements, counted. */
  plover: Record<string, number>;
}

export interface Dyad {
  a: { iso3: string; name: string };
  b: { iso3: string; name: string };
  engagements: number;
  timeline: DyadMonth[];
  topics: { topic: string; engagements: number }[];
  outcomes: DyadOutcome[];
  goldstein: number | null;
  /** Newest first, at most `limit`; the full list is GET /api/engagements?pair=A,B. */
  latest: EngagementSummary[];
}

const CHUNK = 500;
const IN_PERSON = new Set(['meeting', 'visit']);

interface Coded { goldstein: number | null; plover: string | null }

/**
 * The leading claim's codes per engagement (originals first, then earliest published), from the
 * summary of them migration 0010 keeps: one row per claim, none of the claims' or articles' own rows.
 */
export async function codesOf(store: Store, ids: string[]): Promise<Map<string, Coded>> {
  const best = new Map<string, { rank: string; coded: Coded }>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of await claimCodes(store, ids.slice(i, i + CHUNK))) {
      const rank = `${Number(r.copy) ? 1 : 0}|${r.published ?? '9999'}|${r.article_id}|${r.claim_id}`;
      const prev = best.get(r.engagement_id);
      if (prev && prev.rank <= rank) continue;
      const n = Number(r.goldstein_n);
      // Rounded as meanGoldstein (engagement-detail.ts) rounds the mean of a claim read whole.
      const goldstein = n > 0 ? Math.round((Number(r.goldstein_sum) / n) * 100) / 100 : null;
      best.set(r.engagement_id, { rank, coded: { goldstein, plover: r.plover ?? null } });
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.coded]));
}

function mean(xs: number[]): number | null {
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null;
}

function outcomeStates(items: EngagementSummary[]): DyadOutcome[] {
  // Oldest first, so "later" means later in the list.
  const ordered = [...items].reverse();
  const out: DyadOutcome[] = [];
  ordered.forEach((e, i) => {
    const later = ordered.slice(i + 1);
    for (const o of e.outcomes) {
      let state: OutcomeState = 'recorded';
      if (o.kind === 'invitation' || o.kind === 'proposal') {
        state = later.some((x) => IN_PERSON.has(x.kind) && (x.date ?? x.first_reported ?? '') > (e.date ?? e.first_reported ?? '')) && o.kind === 'invitation' ? 'fulfilled' : 'open';
      } else if (o.kind === 'target') {
        const restated = later.some((x) => x.outcomes.some((y) => y.kind === 'target' && y.quantity && o.quantity && y.quantity.value === o.quantity.value && y.quantity.unit === o.quantity.unit));
        state = restated ? 'restated' : 'open';
      }
      out.push({ ...o, engagement_id: e.id, date: e.date, state });
    }
  });
  return out;
}

export async function dyad(store: Store, a: string, b: string, limit = 50): Promise<Dyad> {
  // The pair's own timeline (migration 0007) lists its engagements in order, however many each country has.
  const pair = a < b ? `${a}-${b}` : `${b}-${a}`;
  const rows = await sql<SummaryRow>`
    select e.id, e.kind, e.date, e.place, e.country, e.occasion, e.participants, e.topics, e.outcomes, e.evidence,
           e.confidence, e.num_sources, e.num_articles, e.first_reported, e.last_reported
    from engagement_timelines t join engagements e on e.id = t.engagement_id
    where t.scope = ${pair}
    order by t.sort_key desc, t.engagement_id desc`.execute(store.db);
  const items = rows.rows.map((r) => toSummary(store, r));
  const codes = await codesOf(store, items.map((e) => e.id));

  const months = new Map<string, { n: number; kinds: Record<string, number>; g: number[]; plover: Record<string, number> }>();
  for (const e of items) {
    const when = e.date ?? e.first_reported;
    if (!when) continue;
    const key = when.slice(0, 7);
    const m = months.get(key) ?? { n: 0, kinds: {}, g: [], plover: {} };
    m.n++;
    m.kinds[e.kind] = (m.kinds[e.kind] ?? 0) + 1;
    const c = codes.get(e.id);
    if (c?.goldstein !== null && c?.goldstein !== undefined) m.g.push(c.goldstein);
    if (c?.plover) m.plover[c.plover] = (m.plover[c.plover] ?? 0) + 1;
    months.set(key, m);
  }
  const all = [...codes.values()].map((c) => c.goldstein).filter((g): g is number => g !== null);
  return {
    a: { iso3: a, name: countryName(a) },
    b: { iso3: b, name: countryName(b) },
    engagements: items.length,
    timeline: [...months].sort(([x], [y]) => x.localeCompare(y)).map(([month, m]) => ({ month, engagements: m.n, kinds: m.kinds, goldstein: mean(m.g), plover: m.plover })),
    topics: topicCounts(items.map((e) => e.topics)),
    outcomes: outcomeStates(items),
    goldstein: mean(all),
    latest: items.slice(0, limit),
  };
}

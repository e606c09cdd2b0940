import type { Codes, EngagementRecord } from '../../model/engagement.ts';
import type { Readings } from './store.ts';
import { claimHighlights, type Highlight } from './highlights.ts';
import { SUMMARY_COLUMNS, toSummary, type EngagementSummary } from './engagement-row.ts';
import type { Store } from './store.ts';

export interface EngagementSourceDetail {
  article_id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  /** A copy re-publishes an earlier article and adds no independent evidence. */
  role: 'original' | 'copy';
  confidence: number;
  text: string;
  highlights: Highlight[];
  codes: Codes | null;
}

export interface EngagementDetail extends EngagementSummary {
  readings: Readings;
  /** The codes of the leading source (the earliest original). */
  codes: Codes | null;
  goldstein: number | null;
  sources: EngagementSourceDetail[];
}

/** Mean Goldstein value of an engagement's CAMEO events and its outcomes' events. */
export function meanGoldstein(codes: Codes | null | undefined): number | null {
  if (!codes) return null;
  const vals = [...(codes.cameo ?? []), ...(codes.outcomes ?? []).flatMap((o) => o.cameo ?? [])]
    .map((e) => e.goldstein)
    .filter((g): g is number => typeof g === 'number' && Number.isFinite(g));
  return vals.length ? Math.round((vals.reduce((a, b) => a + b, 0) / vals.length) * 100) / 100 : null;
}

export async function getEngagement(store: Store, id: string): Promise<EngagementDetail | null> {
  const row = await store.db.selectFrom('engagements').select(SUMMARY_COLUMNS).select('readings').where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const claims = await store.db
    .selectFrom('claims')
    .innerJoin('articles', 'articles.id', 'claims.article_id')
    .select([
      'claims.engagement', 'claims.confidence', 'articles.id as article_id', 'articles.url', 'articles.canonical_url',
      'articles.title', 'articles.published', 'articles.source', 'articles.near_duplicate_of', 'articles.text', 'articles.ingested_at',
    ])
    .where('claims.engagement_id', '=', id)
    .execute();
  // Originals first, then by publication and ingest order: the order fusion breaks ties in.
  claims.sort((a, b) =>
    Number(!!a.near_duplicate_of) - Number(!!b.near_duplicate_of)
    || (a.published ?? '9999').localeCompare(b.published ?? '9999')
    || a.ingested_at.localeCompare(b.ingested_at)
    || a.article_id.localeCompare(b.article_id));
  const sources: EngagementSourceDetail[] = [];
  for (const c of claims) {
    if (sources.some((s) => s.article_id === c.article_id)) continue;
    const rec = store.json.read<EngagementRecord>(c.engagement);
    sources.push({
      article_id: c.article_id,
      url: c.url ?? c.canonical_url,
      title: c.title,
      published: c.published,
      source: c.source,
      role: c.near_duplicate_of ? 'copy' : 'original',
      confidence: Number(c.confidence),
      text: c.text,
      highlights: claimHighlights(c.text, rec),
      codes: rec.codes ?? null,
    });
  }
  const codes = sources[0]?.codes ?? null;
  return {
    ...toSummary(store, row),
    readings: store.json.read<Readings>(row.readings),
    codes,
    goldstein: meanGoldstein(codes),
    sources,
  };
}

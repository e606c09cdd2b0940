import { UserError } from '../../model/errors.ts';
import type { Participant, Quantity } from '../../model/engagement.ts';
import type { Ctx } from '../context.ts';
import { commitmentDb } from './commitment-tables.ts';
import { count, iso3 } from './filters.ts';

export const COMMITMENT_STATUS_NAMES = ['proposed', 'agreed', 'accepted', 'fulfilled', 'lapsed'] as const;

export interface CommitmentFilters {
  country?: string;
  pair?: [string, string];
  status?: string;
  /** Commitments made at, or followed up by, this engagement. */
  engagement?: string;
  id?: string;
  limit?: number;
  offset?: number;
}

export interface CommitmentEngagementRef {
  engagement_id: string;
  date: string | null;
  kind: string;
  place: string | null;
  country: string | null;
}

export interface CommitmentLinkView extends CommitmentEngagementRef {
  id: string;
  relation: string;
  reason: string;
  confidence: number;
  auto: boolean;
  review: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  review_why: string | null;
  detail: Record<string, unknown>;
}

export interface CommitmentView {
  id: string;
  kind: string;
  subject: string;
  status: string;
  status_date: string | null;
  by: string | null;
  to: string | null;
  owed_by: string[];
  owed_to: string[];
  summary: string;
  quantity: Quantity | null;
  deadline: string | null;
  deadline_text: string | null;
  origin: CommitmentEngagementRef & { participants: Participant[]; evidence: string };
  sources: { article_id: string; url: string | null; title: string | null; published: string | null; source: string | null; role: 'original' | 'copy' }[];
  fulfilled_by: (CommitmentEngagementRef & { link_id: string; confidence: number; reason: string; review: string | null })[];
  links: CommitmentLinkView[];
  history: { status: string; date: string | null; reason: string; engagement_id: string | null; link_id: string | null }[];
  /** Fields an analyst set or confirmed; the rest is what the sources say. */
  verified: string[];
  detail: Record<string, unknown>;
}

const MAX = 1000;

/** Stored commitments with their origin, sources, follow-ups and history, oldest promise first. */
export async function listCommitments(ctx: Ctx, f: CommitmentFilters = {}): Promise<CommitmentView[]> {
  const db = commitmentDb(ctx);
  const limit = f.limit === undefined ? 200 : count(f.limit, 'limit', 1, MAX);
  const offset = f.offset === undefined ? 0 : count(f.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  let q = db.selectFrom('commitments').innerJoin('engagements', 'engagements.id', 'commitments.engagement_id')
    .selectAll('commitments')
    .select(['engagements.kind as e_kind', 'engagements.date as e_date', 'engagements.first_reported as e_first', 'engagements.place as e_place',
      'engagements.country as e_country', 'engagements.participants as e_participants', 'engagements.evidence as e_evidence']);
  const countries: string[] = [];
  if (f.country !== undefined) countries.push(iso3(f.country, 'country'));
  if (f.pair !== undefined) countries.push(iso3(f.pair[0], 'pair country'), iso3(f.pair[1], 'pair country'));
  for (const c of new Set(countries)) {
    q = q.where('commitments.engagement_id', 'in', (eb) => eb.selectFrom('engagement_countries').select('engagement_id').where('iso3', '=', c));
  }
  if (f.status !== undefined) {
    if (!(COMMITMENT_STATUS_NAMES as readonly string[]).includes(f.status)) {
      throw new UserError('bad-filter', `status "${f.status}" is not a commitment status`, `Use one of: ${COMMITMENT_STATUS_NAMES.join(', ')}`);
    }
    q = q.where('commitments.status', '=', f.status);
  }
  if (f.id !== undefined) q = q.where('commitments.id', '=', f.id);
  if (f.engagement !== undefined) {
    const e = f.engagement;
    q = q.where((eb) => eb.or([
      eb('commitments.engagement_id', '=', e),
      eb('commitments.id', 'in', eb.selectFrom('commitment_links').select('commitment_id').where('engagement_id', '=', e)),
    ]));
  }
  const rows = await q.orderBy('commitments.origin_date').orderBy('commitments.id').limit(limit).offset(offset).execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);

  const links = await db.selectFrom('commitment_links').innerJoin('engagements', 'engagements.id', 'commitment_links.engagement_id')
    .selectAll('commitment_links')
    .select(['engagements.kind as e_kind', 'engagements.date as e_date', 'engagements.first_reported as e_first', 'engagements.place as e_place', 'engagements.country as e_country'])
    .where('commitment_links.commitment_id', 'in', ids).execute();
  const events = await db.selectFrom('commitment_events').selectAll().where('commitment_id', 'in', ids).orderBy('commitment_id').orderBy('seq').execute();
  const sources = await db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id')
    .select(['claims.engagement_id', 'articles.id', 'articles.url', 'articles.canonical_url', 'articles.title', 'articles.published', 'articles.source', 'articles.near_duplicate_of'])
    .where('claims.engagement_id', 'in', [...new Set(rows.map((r) => r.engagement_id))])
    .orderBy('articles.published').orderBy('articles.id').execute();

  const group = <T, K>(items: T[], key: (x: T) => K) => {
    const m = new Map<K, T[]>();
    for (const x of items) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
    return m;
  };
  const linksBy = group(links, (l) => l.commitment_id);
  const eventsBy = group(events, (e) => e.commitment_id);
  const sourcesBy = group(sources, (s) => s.engagement_id);

  return rows.map((r) => {
    const linkViews: CommitmentLinkView[] = (linksBy.get(r.id) ?? []).map((l) => ({
      id: l.id, relation: l.relation, reason: l.reason, confidence: Number(l.confidence), auto: Number(l.auto) === 1,
      review: l.review, reviewed_by: l.reviewed_by, reviewed_at: l.reviewed_at, review_why: l.review_why,
      detail: ctx.json.read<Record<string, unknown>>(l.detail) ?? {},
      engagement_id: l.engagement_id, date: l.e_date ?? l.e_first, kind: l.e_kind, place: l.e_place, country: l.e_country,
    })).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
    const history = (eventsBy.get(r.id) ?? []).map((e) => ({ status: e.status, date: e.date, reason: e.reason, engagement_id: e.engagement_id, link_id: e.link_id }));
    const fulfilling = new Set(history.filter((h) => h.status === 'fulfilled' && h.link_id).map((h) => h.link_id));
    const seen = new Set<string>();
    return {
      id: r.id, kind: r.kind, subject: r.subject, status: r.status, status_date: r.status_date,
      by: r.by_country, to: r.to_country,
      owed_by: ctx.json.read<string[]>(r.owed_by) ?? [], owed_to: ctx.json.read<string[]>(r.owed_to) ?? [],
      summary: r.summary, quantity: ctx.json.read<Quantity | null>(r.quantity), deadline: r.deadline, deadline_text: r.deadline_text,
      origin: {
        engagement_id: r.engagement_id, date: r.e_date ?? r.e_first, kind: r.e_kind, place: r.e_place, country: r.e_country,
        participants: ctx.json.read<Participant[]>(r.e_participants) ?? [], evidence: r.e_evidence,
      },
      sources: (sourcesBy.get(r.engagement_id) ?? []).filter((s) => !seen.has(s.id) && seen.add(s.id)).map((s) => ({
        article_id: s.id, url: s.url ?? s.canonical_url, title: s.title, published: s.published, source: s.source,
        role: s.near_duplicate_of ? 'copy' as const : 'original' as const,
      })),
      fulfilled_by: linkViews.filter((l) => fulfilling.has(l.id)).map((l) => ({
        engagement_id: l.engagement_id, date: l.date, kind: l.kind, place: l.place, country: l.country,
        link_id: l.id, confidence: l.confidence, reason: l.reason, review: l.review,
      })),
      links: linkViews,
      history,
      verified: ctx.json.read<string[]>(r.verified) ?? [],
      detail: ctx.json.read<Record<string, unknown>>(r.detail) ?? {},
    };
  });
}

import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { StoredEngagement } from '../../store/queries/list-engagements.ts';

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function who(e: StoredEngagement): string {
  return e.participants.map((p) => `${p.name ?? '(unnamed)'}${p.role ? `, ${p.role}` : ''} (${p.country ?? p.org ?? '?'})`).join('\n');
}

/** A table for people: one row per fused engagement, with how many independent sources report it. */
export function engagementsTable(list: StoredEngagement[]): string {
  const t = new Table({
    head: ['date', 'kind', 'place', 'occasion', 'participants', 'topics', 'sources'],
    colWidths: [12, 11, 18, 18, 40, 22, 10],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const e of list) {
    t.push([
      e.date ?? `~${e.first_reported ?? '?'}`,
      e.kind,
      [e.location.place, e.location.country].filter(Boolean).join(', ') || '—',
      e.occasion ? cut(e.occasion, 40) : '—',
      who(e),
      e.topics.join(', '),
      `${e.num_sources}${e.num_articles > e.num_sources ? ` (+${e.num_articles - e.num_sources} copies)` : ''}`,
    ]);
  }
  return `${t.toString()}\n${list.length} engagement(s)`;
}

/** The SCHEMA.md record of each engagement with its id and the articles that report it. */
export function engagementsJson(list: StoredEngagement[]): string {
  const out = list.map((e) => ({
    id: e.id,
    kind: e.kind,
    date: e.date,
    location: e.location,
    occasion: e.occasion,
    participants: e.participants,
    topics: e.topics,
    outcomes: e.outcomes,
    evidence: e.evidence,
    confidence: e.confidence,
    num_sources: e.num_sources,
    num_articles: e.num_articles,
    first_reported: e.first_reported,
    last_reported: e.last_reported,
    readings: e.readings,
    sources: e.sources,
  }));
  return JSON.stringify(out, null, 2);
}

/** One row per engagement for spreadsheets; lists inside a cell are separated by "; ". */
export function engagementsCsv(list: StoredEngagement[]): string {
  const rows = list.map((e) => ({
    id: e.id,
    date: e.date ?? '',
    kind: e.kind,
    place: e.location.place ?? '',
    country: e.location.country ?? '',
    occasion: e.occasion ?? '',
    countries: [...new Set(e.participants.map((p) => p.country).filter(Boolean))].join('; '),
    participants: e.participants.map((p) => `${p.name ?? '(unnamed)'}${p.role ? ` (${p.role})` : ''}${p.country ? ` [${p.country}]` : p.org ? ` [${p.org}]` : ''}`).join('; '),
    topics: e.topics.join('; '),
    outcomes: e.outcomes.map((o) => `${o.kind}${o.by ? ` by ${o.by}` : ''}: ${o.summary}`).join('; '),
    num_sources: e.num_sources,
    num_articles: e.num_articles,
    source_urls: e.sources.map((s) => s.url ?? s.source ?? s.article_id).join('; '),
    evidence: e.evidence,
  }));
  return stringify(rows, {
    header: true,
    columns: ['id', 'date', 'kind', 'place', 'country', 'occasion', 'countries', 'participants', 'topics', 'outcomes', 'num_sources', 'num_articles', 'source_urls', 'evidence'],
  });
}

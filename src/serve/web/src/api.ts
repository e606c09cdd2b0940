import { useEffect, useState } from 'react';

export interface Participant { name: string | null; role: string | null; country: string | null; org: string | null }
export interface Outcome { kind: string; by: string | null; to: string | null; summary: string; quantity: { value: number; unit: string } | null }
export interface Engagement {
  id: string; kind: string; date: string | null; location: { place: string | null; country: string | null }; occasion: string | null;
  participants: Participant[]; countries: string[]; topics: string[]; outcomes: Outcome[]; evidence: string;
  confidence: number; num_sources: number; num_articles: number; first_reported: string | null; last_reported: string | null;
}
export interface Highlight { start: number; end: number; kind: string; label: string }
export interface Source { article_id: string; url: string | null; title: string | null; published: string | null; source: string | null; role: string; confidence: number; text: string; highlights: Highlight[] }
export interface Cameo { code: string; name: string; goldstein: number | null; source: string | null; target: string | null }
export interface EngagementDetail extends Engagement {
  codes: { cameo: Cameo[]; plover: { event: string; mode: string | null } } | null;
  goldstein: number | null;
  sources: Source[];
}
export interface MonthCount { month: string; engagements: number }

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ok'; data: T };

/** GETs an API path; an error answer's own message is shown, since the API writes them for people. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    let live = true;
    setResult({ state: 'loading' });
    fetch(path, { headers: { accept: 'application/json' } })
      .then(async (r) => {
        const body = await r.json().catch(() => null);
        if (!live) return;
        if (!r.ok) setResult({ state: 'error', message: body?.error?.message ?? `HTTP ${r.status}` });
        else setResult({ state: 'ok', data: body as T });
      })
      .catch((err: unknown) => live && setResult({ state: 'error', message: String(err) }));
    return () => { live = false; };
  }, [path]);
  return result;
}

import type { CameoEvent, Participant } from '../../model/engagement.ts';
import type { StoredEngagement } from '../../store/index.ts';
import { codeEngagement } from '../../extract/codes/index.ts';
import { countryByIso3, isIso3 } from '../../extract/gazetteer/index.ts';
import { globalEventId } from './event-id.ts';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, type GdeltEventRow, type GdeltMentionRow } from './gdelt-columns.ts';

// GDELT's geography columns use FIPS 10-4 country codes and GeoNames feature ids, which Readout does
// not hold; rather than put ISO codes where FIPS is expected, those cells stay empty and the place is
// given by name (ActionGeo_FullName). Tone is not measured, so AvgTone and MentionDocTone stay empty.
const GEO_COUNTRY = '1';
const GEO_WORLD_CITY = '4';

function blank<T extends string>(cols: readonly T[]): Record<T, string> {
  return Object.fromEntries(cols.map((c) => [c, ''])) as Record<T, string>;
}

const compact = (ymd: string) => ymd.replaceAll('-', '');

function fractionDate(ymd: string): string {
  const [y, m, d] = ymd.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  const day = (Date.UTC(y, m - 1, d) - start) / 86_400_000 + 1;
  return (y + day / days).toFixed(4);
}

function sideName(code: string, participants: Participant[]): string {
  const people = participants.filter((p) => (p.country ?? p.org) === code).map((p) => p.name).filter((n): n is string => !!n);
  if (people.length) return people.join('; ');
  return countryByIso3(code)?.name ?? code;
}

/** Actor1/Actor2 cells: a country acts through its government; an organisation is an IGO. */
function actorCells(prefix: 'Actor1' | 'Actor2', code: string | null, participants: Participant[]): Partial<GdeltEventRow> {
  if (!code) return {};
  const country = isIso3(code);
  return {
    [`${prefix}Code`]: country ? `${code}GOV` : `IGO${code}`,
    [`${prefix}Name`]: sideName(code, participants),
    [`${prefix}CountryCode`]: country ? code : '',
    [`${prefix}KnownGroupCode`]: country ? '' : code,
    [`${prefix}Type1Code`]: country ? 'GOV' : 'IGO',
  } as Partial<GdeltEventRow>;
}

/** The day an event is placed on: its own date, else the day it was first reported. */
export function eventDay(e: StoredEngagement): string | null {
  return e.date ?? e.first_reported?.slice(0, 10) ?? null;
}

export interface GdeltEvent {
  row: GdeltEventRow;
  event: CameoEvent;
}

/**
 * One row per directed CAMEO dyad: the engagement's own events (IsRootEvent 1), then each outcome's
 * (IsRootEvent 0). Codes stay strings with their leading zeros ("042", base "042", root "04").
 */
export function gdeltEvents(e: StoredEngagement): GdeltEvent[] {
  const codes = codeEngagement(e);
  const day = eventDay(e);
  const url = e.sources.find((s) => s.role === 'original' && s.url)?.url ?? e.sources.find((s) => s.url)?.url ?? '';
  const added = e.first_reported ? `${compact(e.first_reported.slice(0, 10))}000000` : '';
  const place = e.location.place;
  const country = e.location.country ? countryByIso3(e.location.country)?.name ?? e.location.country : null;
  const geoType = place ? GEO_WORLD_CITY : country ? GEO_COUNTRY : '';
  const all: { ev: CameoEvent; root: boolean }[] = [
    ...codes.cameo.map((ev) => ({ ev, root: true })),
    ...codes.outcomes.flatMap((o) => o.cameo.map((ev) => ({ ev, root: false }))),
  ];
  return all.map(({ ev, root }, i) => {
    const row: GdeltEventRow = {
      ...blank(GDELT_EVENT_COLUMNS),
      GlobalEventID: globalEventId(e.id, i),
      Day: day ? compact(day) : '',
      MonthYear: day ? compact(day).slice(0, 6) : '',
      Year: day ? day.slice(0, 4) : '',
      FractionDate: day ? fractionDate(day) : '',
      ...actorCells('Actor1', ev.source, e.participants),
      ...actorCells('Actor2', ev.target, e.participants),
      IsRootEvent: root ? '1' : '0',
      EventCode: ev.code,
      EventBaseCode: ev.code.slice(0, 3),
      EventRootCode: ev.code.slice(0, 2),
      QuadClass: ev.quadClass === null ? '' : String(ev.quadClass),
      GoldsteinScale: ev.goldstein === null ? '' : String(ev.goldstein),
      NumMentions: String(e.num_articles),
      NumSources: String(e.num_sources),
      NumArticles: String(e.num_articles),
      ActionGeo_Type: geoType,
      ActionGeo_FullName: [place, country].filter(Boolean).join(', '),
      DATEADDED: added,
      SOURCEURL: url,
    };
    return { row, event: ev };
  });
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** One mentions row per event and reporting article; offsets are unknown here and left empty. */
export function gdeltMentions(e: StoredEngagement, events: GdeltEvent[]): GdeltMentionRow[] {
  const out: GdeltMentionRow[] = [];
  for (const { row } of events) {
    for (const s of e.sources) {
      out.push({
        ...blank(GDELT_MENTION_COLUMNS),
        GlobalEventID: row.GlobalEventID,
        EventTimeDate: row.DATEADDED,
        MentionTimeDate: s.published ? `${compact(s.published.slice(0, 10))}000000` : '',
        // GDELT's type 1 is a web page; Readout's sources are articles read from files or the web.
        MentionType: '1',
        MentionSourceName: hostOf(s.url) || (s.source ?? ''),
        MentionIdentifier: s.url ?? s.article_id,
        InRawText: '1',
        Confidence: String(Math.round(Math.max(0, Math.min(1, e.confidence)) * 100)),
        Extras: s.role === 'copy' ? 'copy' : '',
      });
    }
  }
  return out;
}

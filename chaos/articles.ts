// The chaos corpus: many short, distinct, news-like reports of generated meetings, cheap to build so
// the time of a trial is spent in the real extractor and store, not here. Deterministic by index.
import type { Article } from '../src/model/article.ts';
import data from './data/parties.json' with { type: 'json' };

interface Party { iso3: string; country: string; adjective: string; capital: string; leader: string; role: string }

const PARTIES: Party[] = data.parties;
const TOPICS: string[] = data.topics;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** How many reports (differently worded, from different outlets) each meeting gets. */
export const REPORTS_PER_MEETING = 2;
const DAY_MS = 86_400_000;

export interface Meeting { index: number; host: Party; guest: Party; date: string }

const PAIRS: [Party, Party][] = PARTIES.flatMap((a, i) => PARTIES.slice(i + 1).map((b): [Party, Party] => [a, b]));
// Dates near the present, so every leader named holds office then; a pair meets again only after
// GAP_DAYS, far outside the days fusion treats as one event.
const BASE_DAY = Date.UTC(2025, 6, 1);
const GAP_DAYS = 5;

/** Meeting m: a distinct (pair, date) for every m, so two engagements with one key can only be a double. */
export function meeting(m: number): Meeting {
  const [a, b] = PAIRS[m % PAIRS.length];
  const round = Math.floor(m / PAIRS.length);
  const [host, guest] = round % 2 === 0 ? [a, b] : [b, a];
  const date = new Date(BASE_DAY + round * GAP_DAYS * DAY_MS).toISOString().slice(0, 10);
  return { index: m, host, guest, date };
}

function spoken(date: string): string {
  const [y, mo, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[mo - 1]} ${y}`;
}

/** Article i: report (i mod REPORTS_PER_MEETING) of meeting floor(i / REPORTS_PER_MEETING). */
export function chaosArticle(i: number): Article {
  const m = meeting(Math.floor(i / REPORTS_PER_MEETING));
  const outlet = i % REPORTS_PER_MEETING;
  const topicA = TOPICS[m.index % TOPICS.length];
  const topicB = TOPICS[(m.index * 7 + 3) % TOPICS.length];
  const when = spoken(m.date);
  const text = outlet === 0
    ? `${m.host.role} ${m.host.leader} of ${m.host.country} met ${m.guest.role} ${m.guest.leader} of ${m.guest.country} in ${m.host.capital} on ${when}.\n\n`
      + `The two leaders discussed ${topicA} and ${topicB}, and agreed to keep in close contact. `
      + `Wire report ${i} on meeting ${m.index}.`
    : `${m.guest.role} ${m.guest.leader} of ${m.guest.country} held talks with ${m.host.role} ${m.host.leader} of ${m.host.country} in ${m.host.capital} on ${when}.\n\n`
      + `They reviewed ${topicB} and cooperation between the ${m.host.adjective} and ${m.guest.adjective} governments. `
      + `Bulletin item ${i} about meeting ${m.index}.`;
  return {
    text,
    title: `chaos-${i}`,
    published: m.date,
    url: `https://outlet${outlet}.example/news/${m.index}/${i}`,
    language: 'en',
    source: `outlet${outlet}`,
  };
}

/** The title of article i, which is also the key the child acknowledges it by. */
export const articleKey = (i: number): string => `chaos-${i}`;

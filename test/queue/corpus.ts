// The generated feed of the queue tests: reports of known meetings and calls, worded three ways,
// read by the real extractor. Report i is a function of i alone, so any process can rebuild it.
import type { Article } from '../../src/model/article.ts';
import { addDays } from '../../src/fuse/dates.ts';

interface Country {
  iso3: string;
  name: string;
  demonym: string;
  capital: string;
  minister: string;
}

const COUNTRIES: Country[] = [
  { iso3: 'KAZ', name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana', minister: 'Arman Seitkali' },
  { iso3: 'MNG', name: 'Mongolia', demonym: 'Mongolian', capital: 'Ulaanbaatar', minister: 'Batbayar Tsogtoo' },
  { iso3: 'UZB', name: 'Uzbekistan', demonym: 'Uzbek', capital: 'Tashkent', minister: 'Dilshod Karimov' },
  { iso3: 'KGZ', name: 'Kyrgyzstan', demonym: 'Kyrgyz', capital: 'Bishkek', minister: 'Nurlan Abenov' },
  { iso3: 'TJK', name: 'Tajikistan', demonym: 'Tajik', capital: 'Dushanbe', minister: 'Rustam Usmonov' },
  { iso3: 'TKM', name: 'Turkmenistan', demonym: 'Turkmen', capital: 'Ashgabat', minister: 'Merdan Nazarov' },
  { iso3: 'AZE', name: 'Azerbaijan', demonym: 'Azerbaijani', capital: 'Baku', minister: 'Elnur Huseynli' },
  { iso3: 'NOR', name: 'Norway', demonym: 'Norwegian', capital: 'Oslo', minister: 'Lars Haugen' },
  { iso3: 'ARM', name: 'Armenia', demonym: 'Armenian', capital: 'Yerevan', minister: 'Ararat Vardanyan' },
  { iso3: 'TUR', name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', minister: 'Kemal Aydin' },
  { iso3: 'JPN', name: 'Japan', demonym: 'Japanese', capital: 'Tokyo', minister: 'Hiroshi Tanabe' },
  { iso3: 'KOR', name: 'South Korea', demonym: 'South Korean', capital: 'Seoul', minister: 'Min-jun Park' },
  { iso3: 'IND', name: 'India', demonym: 'Indian', capital: 'New Delhi', minister: 'Arvind Mehra' },
  { iso3: 'POL', name: 'Poland', demonym: 'Polish', capital: 'Warsaw', minister: 'Tomasz Wilk' },
  { iso3: 'HUN', name: 'Hungary', demonym: 'Hungarian', capital: 'Budapest', minister: 'Gabor Nemeth' },
  { iso3: 'EGY', name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', minister: 'Karim Mansour' },
  { iso3: 'BRA', name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia', minister: 'Paulo Ferreira' },
  { iso3: 'IDN', name: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta', minister: 'Budi Santoso' },
  { iso3: 'VNM', name: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi', minister: 'Tran Van Long' },
  { iso3: 'FIN', name: 'Finland', demonym: 'Finnish', capital: 'Helsinki', minister: 'Mikko Laine' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['trade and investment', 'energy and transport', 'agriculture and water management', 'education and tourism', 'health and culture'];
const WEATHER = ['clear', 'cloudy', 'windy', 'rainy', 'foggy', 'mild', 'cold', 'warm'];

/** Every unordered pair of the countries, in a fixed order. */
const PAIRS: [Country, Country][] = COUNTRIES.flatMap((a, i) => COUNTRIES.slice(i + 1).map((b): [Country, Country] => [a, b]));

export interface Event {
  n: number;
  kind: 'meeting' | 'phone_call';
  date: string;
  countries: [string, string];
  reports: number;
}

/** Event n: a pair's events are PAIRS.length days apart, so no two of them are within fusion's reach. */
export function event(n: number): Event {
  const [a, b] = PAIRS[n % PAIRS.length];
  return { n, kind: n % 4 === 3 ? 'phone_call' : 'meeting', date: addDays('2023-01-02', n), countries: [a.iso3, b.iso3], reports: 1 + (n % 3) };
}

/** Which event report i belongs to, and which of its reports it is: events of 1, 2, 3 reports in turn. */
export function reportOf(i: number): { event: Event; nth: number } {
  const block = Math.floor(i / 6);
  const r = i % 6;
  // Each block of six reports covers three events: 1 + 2 + 3 reports.
  const n = block * 3 + (r === 0 ? 0 : r < 3 ? 1 : 2);
  const nth = r === 0 ? 0 : r < 3 ? r - 1 : r - 3;
  return { event: event(n), nth };
}

/** The events the first `count` reports cover, `reports` counting only the reports among them. */
export function eventsOf(count: number): Event[] {
  const out = new Map<number, Event>();
  for (let i = 0; i < count; i++) {
    const { event: e } = reportOf(i);
    const seen = out.get(e.n);
    out.set(e.n, { ...e, reports: (seen?.reports ?? 0) + 1 });
  }
  return [...out.values()];
}

function spoken(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function filler(i: number): string {
  const w = WEATHER[i % WEATHER.length];
  return `Elsewhere, the weather service said the day would stay ${w} with temperatures near ${(i % 23) + 3} degrees, according to bulletin ${i.toString(36)}.`;
}

export function report(i: number): Article {
  const { event: e, nth } = reportOf(i);
  const [a, b] = PAIRS[e.n % PAIRS.length];
  const when = spoken(e.date);
  const topic = TOPICS[e.n % TOPICS.length];
  let body: string;
  if (e.kind === 'phone_call') {
    body = nth === 0
      ? `${a.demonym} Foreign Minister ${a.minister} held a telephone conversation with ${b.demonym} Foreign Minister ${b.minister} on ${when}. They discussed ${topic}.`
      : `Foreign Minister ${b.minister} of ${b.name} spoke by phone with Foreign Minister ${a.minister} of ${a.name} on ${when} about ${topic}.`;
  } else if (nth === 0) {
    body = `${a.demonym} Foreign Minister ${a.minister} met his ${b.demonym} counterpart ${b.minister} in ${a.capital} on ${when}. The ministers discussed ${topic}.`;
  } else if (nth === 1) {
    body = `Foreign Minister ${b.minister} of ${b.name} held talks with Foreign Minister ${a.minister} of ${a.name} in ${a.capital} on ${when}, focusing on ${topic}.`;
  } else {
    body = `${a.name}'s Foreign Minister ${a.minister} received ${b.name}'s Foreign Minister ${b.minister} in ${a.capital} on ${when}. The two sides reviewed ${topic}.`;
  }
  return {
    text: `${body}\n${filler(i)}`,
    title: `${a.name} and ${b.name}: report ${i}`,
    published: addDays(e.date, nth === 2 ? 1 : 0),
    url: `https://wire${nth}.example/${e.n}/${i}?utm_source=feed`,
    language: 'en',
    source: `wire${nth}`,
  };
}

export function reports(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => report(i));
}

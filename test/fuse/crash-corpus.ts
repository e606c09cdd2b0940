// The generated corpus of the crash test: 3 differently worded reports of each of N/3 meetings.
import type { Article } from '../../src/model/article.ts';
import type { ExtractionResult } from '../../src/model/result.ts';
import { addDays } from '../../src/fuse/dates.ts';
import { person, prose, record, result } from '../store/helpers.ts';

const PAIRS: [string, string, string, string][] = [
  ['MNG', 'Ukhnaagiin Khurelsukh', 'KAZ', 'Kassym-Jomart Tokayev'],
  ['CHN', 'Wang Yi', 'UZB', 'Bakhtiyor Saidov'],
  ['RUS', 'Sergei Lavrov', 'ARM', 'Ararat Mirzoyan'],
  ['TUR', 'Hakan Fidan', 'AZE', 'Jeyhun Bayramov'],
];

function shortened(name: string, style: number): string {
  const parts = name.split(' ');
  const last = parts[parts.length - 1];
  if (style === 1) return last;
  if (style === 2) return `${parts[0][0]}. ${last}`;
  return name;
}

export function crashCorpus(n: number): Article[] {
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const meeting = Math.floor(i / 3);
    const date = addDays('2024-01-01', meeting * 5);
    out.push({
      text: `${prose(10_000 + i, 90)} Report ${i} of meeting ${meeting}.`,
      title: `crash-${i}`,
      published: addDays(date, i % 3 === 2 ? 1 : 0),
      url: `https://wire${i % 3}.example/${meeting}/${i}?utm_source=feed`,
      language: 'en',
      source: `wire${i % 3}`,
    });
  }
  return out;
}

/** What the fake extractor finds in report i: the meeting, with the names worded as that outlet does. */
export function crashExtract(a: Article): ExtractionResult {
  const i = Number(a.title!.slice('crash-'.length));
  const meeting = Math.floor(i / 3);
  const [c1, n1, c2, n2] = PAIRS[meeting % PAIRS.length];
  const style = i % 3;
  return result(a, [
    record({
      participants: [person(shortened(n1, style), c1, 'Foreign Minister'), person(shortened(n2, (style + 1) % 3), c2, 'Foreign Minister')],
      // The third outlet gives no date; fusion must place it by publication date.
      date: style === 2 ? null : addDays('2024-01-01', meeting * 5),
      topics: style === 0 ? ['trade'] : ['energy'],
    }),
  ]);
}

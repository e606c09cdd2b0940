// The articles bench:ingest stores: the example corpus with names, dates and places varied per
// article, so stored people, places and dates spread the way a real feed's do. Deterministic.
import type { Article } from '../src/model/article.ts';
import { readArticles } from '../src/ingest/read.ts';
import { walkDirectory } from '../src/ingest/sources/walk.ts';

const PLACES = ['Astana', 'Ulaanbaatar', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Almaty', 'Samarkand', 'Beijing', 'Moscow', 'Ankara', 'Baku', 'Tbilisi', 'Yerevan', 'New Delhi', 'Tokyo', 'Seoul', 'Brussels'];
const GIVEN = ['Aibek', 'Nurlan', 'Batbayar', 'Dilshod', 'Erlan', 'Gulnara', 'Saule', 'Timur', 'Oyuun', 'Bakyt', 'Rustam', 'Zarina', 'Marat', 'Aigerim', 'Daniyar', 'Nodira'];
const FAMILY = ['Seitkali', 'Tsogt', 'Karimov', 'Abenov', 'Dorj', 'Usmonov', 'Bekov', 'Sarsen', 'Ganbold', 'Rahimov', 'Omarov', 'Tulegen', 'Enkhbat', 'Nazarov', 'Zhunus', 'Yusupov'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_RE = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g');

function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 2 ** 32;
  };
}
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

export async function templates(): Promise<Article[]> {
  const out: Article[] = [];
  for await (const p of walkDirectory(new URL('../examples/corpus/', import.meta.url).pathname)) out.push(...(await readArticles(p, {})));
  return out;
}

/** Article i of the generated stream: a function of i alone, so any slice can be rebuilt anywhere. */
export function generated(base: Article[], i: number): Article {
  const r = rng(i + 1);
  const t = base[i % base.length];
  const year = 2015 + Math.floor(r() * 11);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const place = pick(r, PLACES);
  const envoy = `${pick(r, GIVEN)} ${pick(r, FAMILY)}`;
  let text = t.text
    .replace(/\b20(2[3-6])\b/g, String(year))
    .replace(MONTH_RE, () => MONTHS[(month + Math.floor(r() * 2)) % 12])
    .replace(/\b(Astana|Ulaanbaatar|Tashkent|Bishkek|Samarkand|Tianjin|Tokyo|New Delhi)\b/g, place);
  // A differently worded closing paragraph per article: outlets add their own colour, so generated
  // articles are related but not copies of each other.
  text += `\n${envoy}, the ambassador, told reporters in ${place} that ${day} ${MONTHS[month]} would be remembered as a working day of note; bulletin ${i.toString(36)}, desk ${pick(r, FAMILY).toLowerCase()} ${Math.floor(r() * 1e9).toString(36)}.`;
  return {
    text,
    title: `${t.title ?? 'Report'} (${i})`,
    published: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    url: `https://bench.example/${i % 7}/${i}`,
    language: 'en',
    source: `bench-${i % 7}`,
  };
}

export function* generate(base: Article[], n: number): Generator<Article> {
  for (let i = 0; i < n; i++) yield generated(base, i);
}

// Builds a stream of news-like articles by recombining the example articles (and the shared dev set
// when it is beside the repository) with other names, countries, dates and amounts. Deterministic.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export interface BenchArticle { text: string; published: string }

function templates(): BenchArticle[] {
  const out: BenchArticle[] = [];
  const dirs = [join(root, 'examples', 'corpus'), resolve(root, '..', 'shared', 'eval', 'dev')];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.json'))) {
      const j = JSON.parse(readFileSync(join(d, f), 'utf8'));
      if (typeof j.text === 'string' && j.text.length > 200) out.push({ text: j.text, published: j.published ?? '2024-07-05' });
    }
  }
  if (!out.length) throw new Error('no template articles found under examples/corpus');
  return out;
}

// Pairs swapped consistently inside one article, so sentences stay grammatical.
const SWAPS: [string, string, string, string][] = [
  ['Mongolia', 'Mongolian', 'Uzbekistan', 'Uzbek'], ['India', 'Indian', 'Vietnam', 'Vietnamese'],
  ['Turkmenistan', 'Turkmen', 'Kyrgyzstan', 'Kyrgyz'], ['China', 'Chinese', 'Indonesia', 'Indonesian'],
  ['Russia', 'Russian', 'Brazil', 'Brazilian'], ['Japan', 'Japanese', 'South Korea', 'South Korean'],
  ['Azerbaijan', 'Azerbaijani', 'Georgia', 'Georgian'], ['Kenya', 'Kenyan', 'Ghana', 'Ghanaian'],
  ['Pakistan', 'Pakistani', 'Bangladesh', 'Bangladeshi'], ['Italy', 'Italian', 'Spain', 'Spanish'],
];
const SURNAMES = ['Karimov', 'Nazarbayeva', 'Okonkwo', 'Haddad', 'Lindqvist', 'Moreau', 'Tanaka', 'Ferreira', 'Novak', 'Abdullaev', 'Sato', 'Mensah'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 2 ** 32; };
}

/** Yields articles until `bytes` of text have been produced; memory stays flat (one article at a time). */
export function* benchCorpus(bytes: number, seed = 42): Generator<BenchArticle> {
  const t = templates();
  const r = rng(seed);
  let produced = 0;
  let i = 0;
  while (produced < bytes) {
    const base = t[i++ % t.length];
    let text = base.text;
    for (const [a, ad, b, bd] of SWAPS) {
      if (r() < 0.5) continue;
      text = text.split(a).join('\u0001').split(b).join(a).split('\u0001').join(b);
      text = text.split(ad).join('\u0002').split(bd).join(ad).split('\u0002').join(bd);
    }
    text = text.replace(/\b(Khurelsukh|Berdimuhamedov|Jaishankar|Meloni|Starmer|Sharif|Aliyev|Iwaya|Adeang|Muizzu)\b/g, () => SURNAMES[Math.floor(r() * SURNAMES.length)]);
    text = text.replace(/\$(\d+)/g, (_m, n: string) => `$${Math.max(1, Math.round(Number(n) * (0.5 + r())))}`);
    text = text.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})\b/g, () => `${MONTHS[Math.floor(r() * 12)]} ${1 + Math.floor(r() * 28)}`);
    produced += Buffer.byteLength(text);
    yield { text, published: base.published };
  }
}

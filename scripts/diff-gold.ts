// Developer aid: prints gold and predicted engagements side by side for one annotated article.
//   node --import tsx scripts/diff-gold.ts ../shared/eval/dev/d03.json [more.json]
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/index.ts';

const show = (e: any) => {
  const ps = e.participants.map((p: any) => `${p.name ?? '-'}|${p.role ?? '-'}|${p.country ?? p.org}`).join('; ');
  const os = e.outcomes.map((o: any) => `${o.kind}:${o.by ?? '-'}>${o.to ?? '-'}${o.quantity ? `[${o.quantity.value} ${o.quantity.unit}]` : ''}`).join(' ');
  return `  ${e.kind} ${e.date} ${e.location.place ?? '-'}/${e.location.country ?? '-'} occ=${e.occasion ?? '-'}\n    P: ${ps}\n    T: ${e.topics.join(',')}\n    O: ${os}\n    E: ${e.evidence.slice(0, 110)}`;
};
for (const f of process.argv.slice(2)) {
  const g = JSON.parse(readFileSync(f, 'utf8'));
  const r = extractArticle({ text: g.text, title: g.title, published: g.published, url: null, language: null });
  console.log(`##### ${f}`);
  console.log('GOLD'); for (const e of g.engagements) console.log(show(e));
  console.log('PRED'); for (const e of r.engagements) console.log(show(e));
}

// The process the chaos harness kills: ingests the generated corpus through the real extractor and
// store, and prints "ack <key>" only once an article's transaction has committed, so the parent
// knows exactly what the store promised to keep. Writes to a pipe are synchronous on Linux, so a
// printed ack is never lost with the process.
import { extractArticle } from '../src/extract/index.ts';
import { ingestArticles } from '../src/fuse/ingest.ts';
import { openStore } from '../src/store/db.ts';
import type { Article } from '../src/model/article.ts';
import { articleKey, chaosArticle } from './articles.ts';

const [target, count] = process.argv.slice(2);
const total = Number(count);
if (!target || !Number.isSafeInteger(total) || total <= 0) {
  process.stderr.write('usage: ingest-child.ts <store> <article count>\n');
  process.exit(2);
}

const store = await openStore(target);
process.stdout.write('ready\n');

function* corpus(): Generator<Article> {
  for (let i = 0; i < total; i++) yield chaosArticle(i);
}

let last = { new: 0, duplicates: 0, failed: 0 };
const summary = await ingestArticles(store, corpus(), (a) => extractArticle(a), {
  onProgress: (p) => {
    // Progress comes once per article, in input order, after the transaction holding it has
    // committed: a rise in `new` is a commit, in `duplicates` a key the store already held; a
    // failure acknowledges nothing.
    const key = articleKey(p.read - 1);
    if (p.new > last.new) process.stdout.write(`ack new ${key}\n`);
    else if (p.duplicates > last.duplicates) process.stdout.write(`ack dup ${key}\n`);
    else if (p.failed > last.failed) process.stdout.write(`fail ${key}\n`);
    last = { new: p.new, duplicates: p.duplicates, failed: p.failed };
  },
});
await store.close();
process.stdout.write(`done ${JSON.stringify({ ...summary, failures: summary.failures.slice(0, 5) })}\n`);

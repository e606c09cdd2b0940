// Child process of the crash test: ingests the generated corpus and prints one line per stored article,
// so the parent can kill it at a chosen point of progress. Small batches put most kills inside an open
// batch, with committed ones behind it.
import { openStore } from '../../src/store/db.ts';
import { ingestArticles } from '../../src/fuse/ingest.ts';
import { crashCorpus, crashExtract } from './crash-corpus.ts';

const [path, count] = process.argv.slice(2);
const store = await openStore(path);
const summary = await ingestArticles(store, crashCorpus(Number(count)), crashExtract, {
  batchSize: 7,
  onProgress: (p) => process.stdout.write(`${p.read}\n`),
});
await store.close();
process.stdout.write(`done ${JSON.stringify(summary)}\n`);

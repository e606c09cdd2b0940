// A worker thread of ExtractPool: extracts the articles its parent posts and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import type { DictionaryEntry } from '../model/actor.ts';
import type { Article } from '../model/article.ts';
import { extractArticle } from '../extract/index.ts';
import { openBucketReader, type BucketReader } from '../store/queries/band-buckets.ts';
import { PER_BAND } from './find-near-duplicate.ts';
import { leanResult } from './lean-result.ts';
import { workerExtras } from './worker-extras.ts';

const dictionary = (workerData?.dictionary ?? null) as readonly DictionaryEntry[] | null;
const bucketStore = (workerData?.bucketStore ?? null) as string | null;

// Opened at the first article rather than at start: the pool may be made before the store file is.
// A reader that cannot open or read leaves the lookups to the storing thread, which makes them anyway
// when an article comes back without them.
let reader: BucketReader | null | undefined = bucketStore ? undefined : null;
function bucketsOf(bands: readonly number[]): (string | null)[] | undefined {
  if (reader === undefined) {
    try {
      reader = openBucketReader(bucketStore!, PER_BAND);
    } catch {
      reader = null;
    }
  }
  if (!reader || !bands.length) return undefined;
  try {
    return reader.read(bands);
  } catch {
    return undefined;
  }
}

parentPort!.on('message', (msg: { id: number; article: Article }) => {
  try {
    const result = extractArticle(msg.article, { dictionary });
    // Hashing the text and serialising the claims here takes that work off the thread that stores,
    // which is the busier one.
    const extras = typeof msg.article.text === 'string' ? workerExtras(msg.article.text, result) : undefined;
    if (extras && bucketStore) {
      const buckets = bucketsOf(extras.print.bands);
      if (buckets) extras.buckets = buckets;
    }
    // With the engagements' JSON on its way, their spans and codes need not be copied twice.
    const sent = extras ? leanResult(result) : result;
    parentPort!.postMessage({ id: msg.id, ok: true, result: sent, extras, lean: !!extras }, extras ? [extras.print.shingles.buffer as ArrayBuffer] : []);
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: err instanceof Error ? err.message || err.name : String(err) });
  }
});

// A worker thread of ExtractPool: extracts the articles its parent posts and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import type { DictionaryEntry } from '../model/actor.ts';
import type { Article } from '../model/article.ts';
import { extractArticle } from '../extract/index.ts';
import { workerExtras } from './worker-extras.ts';

const dictionary = (workerData?.dictionary ?? null) as readonly DictionaryEntry[] | null;

parentPort!.on('message', (msg: { id: number; article: Article }) => {
  try {
    const result = extractArticle(msg.article, { dictionary });
    // Hashing the text and serialising the claims here takes that work off the thread that stores,
    // which is the busier one.
    const extras = typeof msg.article.text === 'string' ? workerExtras(msg.article.text, result) : undefined;
    parentPort!.postMessage({ id: msg.id, ok: true, result, extras }, extras ? [extras.print.shingles.buffer as ArrayBuffer] : []);
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: err instanceof Error ? err.message || err.name : String(err) });
  }
});

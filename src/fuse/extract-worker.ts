// A worker thread of ExtractPool: extracts the articles its parent posts and posts the results back.
import { parentPort, workerData } from 'node:worker_threads';
import type { DictionaryEntry } from '../model/actor.ts';
import type { Article } from '../model/article.ts';
import { extractArticle } from '../extract/index.ts';

const dictionary = (workerData?.dictionary ?? null) as readonly DictionaryEntry[] | null;

parentPort!.on('message', (msg: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: msg.id, ok: true, result: extractArticle(msg.article, { dictionary }) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: err instanceof Error ? err.message || err.name : String(err) });
  }
});

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DictionaryEntry } from '../model/actor.ts';
import type { Article } from '../model/article.ts';
import type { ExtractionResult } from '../model/result.ts';
import { extractArticle } from '../extract/index.ts';
import { restoreLazily } from './lean-result.ts';
import { attachExtras, type WorkerExtras } from './worker-extras.ts';

export interface ExtractPoolOptions {
  /** Worker threads (default: one per core beyond the first, at least one). */
  size?: number;
  /** The user's actor dictionary, as extractArticle takes it. */
  dictionary?: readonly DictionaryEntry[] | null;
  /**
   * The SQLite store file an ingest writes to: each worker also reads the new article's band buckets
   * there (see WorkerExtras.buckets), a lookup the storing thread, the busier one, would otherwise make.
   */
  bucketStore?: string | null;
}

interface Job {
  id: number;
  article: Article;
  resolve: (r: ExtractionResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
}

// Jobs posted to one worker at a time: enough that it does not run dry while the storing thread commits
// a batch (with 4 it idled 16% of bench:ingest), few enough that the rest of the read-ahead stays where
// assist() can take it.
const IN_FLIGHT = 12;

// The worker is TypeScript: it registers tsx itself, so the pool works whether or not the parent was
// started with `--import tsx` (the CLI registers it through the API, which workers do not inherit).
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((m) => { m.register(); return import(workerData.entry); });
`;

/**
 * Extraction on other threads, so a store on the main thread and extraction on the other cores work
 * at once. Results come back as promises; ingestArticles (with readAhead) still stores them in input
 * order, so fusion is the same as with the extractor called in place.
 */
export class ExtractPool {
  private readonly slots: Slot[] = [];
  /** Jobs handed in but not yet posted to a worker: the ones assist() may take. */
  private readonly waiting: Job[] = [];
  private readonly dictionary: readonly DictionaryEntry[] | null;
  private nextId = 0;
  private broken: Error | null = null;

  constructor(opts: ExtractPoolOptions = {}) {
    const size = opts.size ?? Math.max(1, availableParallelism() - 1);
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`an extract pool needs at least one worker, got ${size}`);
    this.dictionary = opts.dictionary ?? null;
    const workerData = {
      tsx: import.meta.resolve('tsx/esm/api'),
      entry: new URL('./extract-worker.ts', import.meta.url).href,
      dictionary: opts.dictionary ?? null,
      bucketStore: opts.bucketStore ?? null,
    };
    for (let i = 0; i < size; i++) {
      const slot: Slot = { worker: new Worker(BOOTSTRAP, { eval: true, workerData, execArgv: [] }), jobs: new Map() };
      slot.worker.on('message', (m: { id: number; ok: boolean; result?: ExtractionResult; extras?: WorkerExtras; lean?: boolean; error?: string }) => {
        const job = slot.jobs.get(m.id);
        if (!job) return;
        slot.jobs.delete(m.id);
        if (m.ok) {
          if (m.extras && m.lean) restoreLazily(m.result!, m.extras);
          if (m.extras) attachExtras(m.result!, job.article.text, m.extras);
          job.resolve(m.result!);
        } else job.reject(new Error(m.error));
        const next = this.waiting.shift();
        if (next) this.post(slot, next);
      });
      const die = (err: Error) => {
        this.broken ??= err;
        for (const job of slot.jobs.values()) job.reject(err);
        slot.jobs.clear();
        for (const job of this.waiting.splice(0)) job.reject(err);
      };
      slot.worker.on('error', (err) => die(new Error(`an extraction worker failed: ${err.message}`)));
      slot.worker.on('exit', (code) => die(new Error(`an extraction worker stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Articles to keep in flight for ingest (its readAhead) so the workers rarely wait: the storing
   * thread stops taking results while it commits a batch, and with 8 per worker the worker had
   * soon filled them and idled. bench:ingest, 30,000 articles, runs alternating: 8 a worker 47.6 and
   * 48.8 s (main thread 93–94% busy), 32 a worker 46.2 and 44.6 s (96%); 64 no better than 32.
   */
  get readAhead(): number {
    return this.slots.length * 32;
  }

  /** The share of its time each worker has spent extracting since it started (0 to 1). */
  utilization(): number[] {
    return this.slots.map((s) => s.worker.performance.eventLoopUtilization().utilization);
  }

  /** Extracts one article on the least busy worker, or queues it until a worker has room. */
  extract(article: Article): Promise<ExtractionResult> {
    if (this.broken) return Promise.reject(this.broken);
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.nextId++, article, resolve, reject };
      let slot = this.slots[0];
      for (const s of this.slots) if (s.jobs.size < slot.jobs.size) slot = s;
      if (slot.jobs.size < IN_FLIGHT) this.post(slot, job);
      else this.waiting.push(job);
    });
  }

  /**
   * Extracts, on the calling thread, the queued article a worker would reach last; false when none
   * waits. For a caller that would otherwise sit idle until a worker's result comes back: on two
   * cores the storing thread is idle about half the time while the one worker sets the pace.
   */
  assist(): boolean {
    const job = this.waiting.pop();
    if (!job) return false;
    try {
      job.resolve(extractArticle(job.article, { dictionary: this.dictionary }));
    } catch (err) {
      // Worded as a worker's failure is, so a caller cannot tell which thread extracted.
      job.reject(new Error(err instanceof Error ? err.message || err.name : String(err)));
    }
    return true;
  }

  private post(slot: Slot, job: Job): void {
    slot.jobs.set(job.id, job);
    slot.worker.postMessage({ id: job.id, article: job.article });
  }

  async close(): Promise<void> {
    this.broken ??= new Error('the extract pool is closed');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
